/**
 * A deterministic corpus of generated plans for benchmarks: items of the bundled plans
 * recombined under other issuers and years, with varied numbering, page chrome around them,
 * some in Traditional script. Pure: the same seed gives the same corpus.
 */
import * as OpenCC from 'opencc-js';
import type { Plan, PlanNode } from '../schemas/plan.ts';

export interface GeneratedPlan {
  slug: string;
  text: string;
}

interface Item {
  title: string;
  body: string;
}

const REGIONS = ['江南市', '河东省', '北湖区', '西山县', '东海市', '南岭县', '青川区', '云台市', '临江县', '白沙区'];
const ISSUER_SUFFIX = ['教育局', '教育体育局', '教育厅', '教育委员会'];
const SECTION_TITLES = [
  '坚持党的全面领导，筑牢立德树人根基', '巩固提高学校双减水平', '推进基础教育优质均衡发展', '深化教育教学改革',
  '加强教师队伍建设', '提升教育治理能力', '促进学前教育普及普惠', '守牢校园安全底线',
];
const HEADERS = [
  ['首页', '机构概况', '政务公开', '教育要闻', '通知公告', '当前位置：首页 > 政务公开 > 规划计划'],
  ['欢迎访问本站！今天是：', '| 繁体 | 无障碍 |'],
  ['当前位置:首页 > 范文大全 > 工作计划 >', '时间:2023-01-15 11:35:04 来源:网友投稿'],
];
const FOOTERS = [
  ['上一篇：关于做好招生入学工作的通知', '下一篇：关于开展教学视导的通知', '版权所有：本站 ICP备00000000号'],
  ['评论', '还能输入140', '用户评论', '版权所有©教育信息中心 技术支持：某某科技'],
  ['猜你喜欢', '2019年教育工作总结', '2021年教育工作要点', '主站蜘蛛池模板: 久久精品| 国产在线'],
];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Items of the bundled plans, the pool the corpus draws from. */
export function itemPool(plans: readonly Plan[]): Item[] {
  const items: Item[] = [];
  const visit = (node: PlanNode) => {
    if (node.title && node.paragraphs.length > 0 && node.children.length === 0) items.push({ title: node.title, body: node.paragraphs.join('') });
    node.children.forEach(visit);
  };
  for (const plan of plans) plan.sections.forEach(visit);
  return items;
}

/** mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(pool: readonly Item[], count: number, seed = 2022): GeneratedPlan[] {
  if (pool.length === 0) throw new Error('the item pool is empty');
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  const plans: GeneratedPlan[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2015 + (i % 10);
    const region = pick(REGIONS);
    const issuer = `${region}${pick(ISSUER_SUFFIX)}`;
    const style = i % 3; // 0: 一、/1. running on; 1: 一、/（一）/1. restarting; 2: 一、/（一）
    const lines: string[] = [...pick(HEADERS), `${issuer}${year}年工作要点`, `发布时间：${year}-0${1 + (i % 9)}-1${i % 10} 点击量：${100 + i}`, ''];
    lines.push(`${year}年，全${region.slice(-1)}教育工作要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，加快建设高质量教育体系。`, '');
    let run = 0;
    const sections = 3 + Math.floor(rand() * 4);
    for (let s = 0; s < sections; s++) {
      lines.push(`${CN[s]}、${pick(SECTION_TITLES)}`, '');
      const groups = style === 1 ? 2 : 1;
      for (let g = 0; g < groups; g++) {
        if (style === 1) lines.push(`（${CN[g]}）${pick(SECTION_TITLES)}`, '');
        const items = 2 + Math.floor(rand() * 3);
        for (let k = 0; k < items; k++) {
          const item = pick(pool);
          const marker = style === 2 ? `（${CN[run % 10]}）` : style === 1 ? `${k + 1}.` : `${run + 1}、`;
          run++;
          lines.push(`${marker}${item.title}。${item.body}`, '');
        }
      }
    }
    lines.push(...pick(FOOTERS));
    let text = lines.join('\n');
    if (i % 7 === 3) text = toTraditional(text);
    plans.push({ slug: `${year}-gen-${String(i).padStart(5, '0')}`, text });
  }
  return plans;
}
