/**
 * When unsure, say so: conversions unlike the genre carry a warning naming the line and what to
 * check; good conversions of real documents carry none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertText } from '../src/converter/convert.ts';
import { convertString, seeds } from './helpers.ts';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const read = (name: string) => readFileSync(join(CORPUS, name), 'utf8');
const doubtsOf = (text: string) => convertString(text).warnings.filter((w) => w.rule.startsWith('doubt-'));

describe('a doubtful outline is flagged', () => {
  test('a national document whose bold headings are in a markup the converter does not read', () => {
    // 13 as another exporter writes it: __一、…__ instead of **一、…**.
    const text = read('13_moe-shuangyiliu-ruogan-yijian-2022-hrbeu.txt').replace(/\*\*/g, '__');
    const warnings = doubtsOf(text);
    expect(warnings).toMatchObject([{ rule: 'doubt-sections-unseen', line: 26 }]);
    expect(warnings[0]!.message).toContain('一、准确把握');
  });
  test('ten sections and no items: the items carry markers that were not seen', () => {
    const sections = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
      .map((n) => `${n}、第${n}方面工作\nA.加强统筹协调，落实工作责任。\nB.完善制度机制，提升治理效能。`)
      .join('\n');
    expect(doubtsOf(`2023年某县教育工作要点\n${sections}`)).toMatchObject([{ rule: 'doubt-no-items', line: 2 }]);
  });
  test('a title that ends mid-phrase', () => {
    const text = '教育部 财政部 国家发展改革委关于深入推进\n建设世界一流大学和一流学科是党中央、国务院作出的重大战略部署，意义重大，影响深远。\n一、总体要求\n1.指导思想。坚持立德树人。';
    expect(doubtsOf(text)).toMatchObject([{ rule: 'doubt-title-incomplete', line: 1 }]);
  });
  test('a title that is only the kind of document, its beginning on the line above', () => {
    const text = '2023年全县教育\n工作要点\n一、总体要求\n1.指导思想。坚持立德树人。';
    expect(doubtsOf(text)).toMatchObject([{ rule: 'doubt-title-incomplete', line: 2 }]);
  });
  test('a title followed by its own continuation', () => {
    const text = '江南市教育局关于进一步加强中小学\n课后服务工作的实施意见\n一、总体要求\n1.指导思想。坚持立德树人。';
    const plan = convertString(text);
    // Joined, because the first line opens the title's subject (关于…); no doubt left.
    expect(plan.meta.title).toBe('江南市教育局关于进一步加强中小学课后服务工作的实施意见');
    expect(plan.warnings.filter((w) => w.rule.startsWith('doubt-'))).toEqual([]);
    const unjoined = doubtsOf('2023年全县教育工作\n要点\n一、总体要求\n1.指导思想。坚持立德树人。');
    expect(unjoined).toMatchObject([{ rule: 'doubt-title-continues', line: 2 }]);
  });
  test('a section heading inside a paragraph', () => {
    const text = '2023年某县教育工作要点\n一、总体要求\n全面贯彻党的教育方针，落实立德树人根本任务。三、主要任务 推进教育优质均衡发展。';
    expect(doubtsOf(text)).toMatchObject([{ rule: 'doubt-heading-in-paragraph', line: 2 }]);
  });
});

describe('good conversions carry no doubt', () => {
  test.each(corpus)('corpus: %s', (name) => {
    expect(doubtsOf(read(name))).toEqual([]);
  });
  test.each(seeds.map((s) => s.slug))('bundled: %s', (slug) => {
    const s = seeds.find((x) => x.slug === slug)!;
    const plan = convertText(new TextDecoder().decode(s.bytes), { file: s.file, slug });
    expect(plan.warnings.filter((w) => w.rule.startsWith('doubt-'))).toEqual([]);
  });
});
