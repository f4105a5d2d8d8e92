/**
 * Metadata from the text: the plan's own title (the body wins over page chrome), year, issuer,
 * date, level, region and script. Pure functions over lines and removed chrome.
 */
import type { PlanLevel, RemovedLine } from '../schemas/plan.ts';
import type { RuleId } from '../schemas/rules.ts';
import type { Line } from './normalize.ts';
import { numeralValue } from './patterns.ts';
import { COVER_NOTICE, INLINE_MARKER, namedByNotice, isParagraph, NEWS_HEADLINE, PUBLISHED_HEADLINE, PUBLISHER_HEADLINE, SCHOOL_SHORT_ENDING, SELF_REFERENCE, SIGNATURE_LINE, TITLE_END, WRITTEN_DATE, matchNumbering } from './patterns.ts';

export interface TitleLocation {
  title: string | null;
  titleSource: 'text' | 'built' | null;
  /** Lines of the body, from the first line after the title. */
  body: Line[];
  /** Chrome above the title and the title line itself, to record as removed. */
  removed: RemovedLine[];
}

const TITLE_MAX = 80;
const TITLE_WORDS = /要点|要點|计划|計劃|工作|教育/;


/**
 * The title is the last title-like line before the body starts (the first numbered heading or
 * the first real paragraph): page headings above it ("2023教育工作要点" on a page holding the
 * 2020 plan, recommended titles, navigation) are chrome. Under a cover notice (关于印发《X》的通知),
 * the title is X; the notice is recorded as removed with its own rule, and gives the date.
 */
export function locateTitle(lines: readonly Line[], titledElsewhere = false): TitleLocation {
  const start = bodyStart(lines);
  const head: Line[] = lines.slice(0, start.index);
  if (start.prefix) head.push({ no: lines[start.index]!.no, text: start.prefix });
  const rest: Line[] = lines.slice(start.index);
  if (start.prefix) rest[0] = { no: rest[0]!.no, text: lines[start.index]!.text.slice(start.prefix.length).trim() };

  const candidates = head
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => isTitleLike(line.text));
  // A title ends with the kind of document (要点, 方案, 通知…); page headings and labels seldom do.
  const byKind = candidates.filter(({ line }) => TITLE_END.test(titleOf(line.text).title));
  const preferred = byKind.length ? byKind : candidates.filter(({ line }) => TITLE_WORDS.test(line.text));
  const notice = head.findIndex((l) => COVER_NOTICE.test(l.text));
  // Under a cover notice, the plan's title is the one the notice names in 《》.
  const named = notice >= 0 ? namedByNotice(head[notice]!.text) : undefined;
  // Any title-like line will do only when nothing else names the document (a front matter does).
  const fallback = titledElsewhere ? [] : candidates;
  const chosen =
    (named && candidates.find(({ line, i }) => i > notice && titleOf(line.text).title === named)) ||
    (preferred.length ? preferred : fallback).at(-1);

  const removed: RemovedLine[] = [];
  if (!chosen) return { title: null, titleSource: null, body: head.concat(rest), removed };
  let { title, duplicated } = titleOf(chosen.line.text);
  // A title set over two lines (…关于深入推进 / 世界一流大学…的若干意见): the line above ends mid-phrase.
  let first = chosen.i;
  const above = head[chosen.i - 1];
  if (above && !duplicated && continuesInto(above.text, title)) {
    removed.push({ line: above.no, text: above.text, rule: 'title', reason: 'first line of the plan title, set over two lines; kept as meta.title' });
    title = `${above.text}${title}`;
    first = chosen.i - 1;
  }
  removed.push({
    line: chosen.line.no,
    text: chosen.line.text,
    rule: 'title',
    reason: duplicated ? 'the plan title printed twice, kept once as meta.title' : 'the plan title, kept as meta.title',
  });
  head.slice(0, first).forEach((line, i) => {
    removed.push(
      notice >= 0 && i >= notice
        ? { line: line.no, text: line.text, rule: 'cover-notice', reason: 'cover notice that publishes the plan (关于印发…的通知)' }
        : { line: line.no, text: line.text, rule: 'page-header', reason: 'page heading or chrome above the plan title' },
    );
  });
  return { title, titleSource: 'text', body: head.slice(chosen.i + 1).concat(rest), removed };
}

function bodyStart(lines: readonly Line[]): { index: number; prefix: string } {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (COVER_NOTICE.test(text)) {
      // The notice's own sentences are not the plan's body: skip to the title it names.
      const named = namedByNotice(text);
      const titleAt = named ? lines.findIndex((l, j) => j > i && titleOf(l.text).title === named) : -1;
      if (titleAt > i) {
        i = titleAt;
        continue;
      }
    }
    if (matchNumbering(text)) return { index: i, prefix: '' };
    for (const m of text.matchAll(INLINE_MARKER)) {
      const n = matchNumbering(text.slice(m.index));
      if (n && n.value === 1 && n.style !== 'cn-shi') return { index: i, prefix: text.slice(0, m.index).trim() };
    }
    if (isParagraph(text)) return { index: i, prefix: '' };
  }
  return { index: lines.length, prefix: '' };
}

function isTitleLike(text: string): boolean {
  return text.length >= 4 && text.length <= TITLE_MAX && !/[。；;：:，,]$/.test(text) && !matchNumbering(text) && /[\u4e00-\u9fff]/.test(text);
}

/**
 * Whether a line is the first half of a title set over two lines: it opens the title's 事由
 * (…关于深入推进) or the second half continues a phrase (…的通知), and only the second ends
 * with the kind of document. A site's column name above a title (党建之窗) does neither.
 */
function continuesInto(upper: string, lower: string): boolean {
  if (!isTitleLike(upper) || TITLE_END.test(upper) || !TITLE_END.test(lower)) return false;
  // The second line only the kind of document (…2024年 / 工作要点): the first holds the rest.
  if (lower.length <= 6 && /(?:年|年度|学年|學年|学期|學期)$/.test(upper)) return true;
  // 标题 = 发文机关 + 事由 + 文种: joint issuers often stand on a line of their own above 关于….
  if (SIGNATURE_LINE.test(upper) && /^(?:关于|關於)/.test(lower)) return true;
  if (upper.length + lower.length > TITLE_MAX || /[，,]/.test(upper)) return false;
  return /(?:关于|關於)/.test(upper) || /^(?:的|和|与|與|及|暨)/.test(lower);
}

/**
 * A title line as a page dresses it: in 《》 (《南江市2024年教育工作要点》), or with an editor's
 * note after it (（全文）, 【全文】, （附全文）). The title is what they hold; the line is logged whole.
 */
export function undress(text: string): string {
  const t = text.trim().replace(/[（(【[](?:全文|附全文|全文发布|全文發布|全文公布|图文|圖文|图解|圖解)[)）】\]]$/, '');
  const quoted = /^《([^《》]+)》$/.exec(t);
  return quoted ? quoted[1]! : t;
}

/** The title a line holds, undressed; printed twice ("…工作要点…工作要点"), kept once. */
export function titleOf(text: string): { title: string; duplicated: boolean } {
  return undouble(undress(text));
}

/** "2021年基础教育工作要点2021年基础教育工作要点" → printed twice, kept once. */
export function undouble(text: string): { title: string; duplicated: boolean } {
  const t = text.trim();
  if (t.length % 2 === 0) {
    const half = t.slice(0, t.length / 2);
    if (half === t.slice(t.length / 2)) return { title: half, duplicated: true };
  }
  return { title: t, duplicated: false };
}

/** A title built from the plan's own words when it has no title line: 2020年平顶山市基础教育工作要点. */
export function buildTitle(preamble: readonly string[]): string | null {
  for (const paragraph of preamble.slice(0, 3)) {
    const m = /((?:19|20)\d{2})年[,，]?\s*([^，,。；、“”"]{0,24}?(?:教育|教体|教育体育)[^，,。；、“”"]{0,8}?工作)/.exec(paragraph);
    if (m) return `${m[1]}年${m[2]!.replace(/^(全市|全区|全县|全省)/, '')}要点`;
  }
  return null;
}

/**
 * The first year of a five-year plan a title names (“十四五”教育发展规划 → 2021): the third plan
 * began in 1966 and each runs five years.
 */
export function fiveYearPlanYear(title: string | null | undefined): number | null {
  const m = /(十[一二三四五六七八九]|[三四五六七八九])五(?:规划|規劃|时期|時期|期间|期間|”|"|』|」|\s|$)/.exec(title ?? '');
  const n = m ? numeralValue(m[1]!) : null;
  return n !== null && n >= 3 ? 1966 + 5 * (n - 3) : null;
}

/**
 * The calendar year of a school year's second term (2024—2025学年度第二学期 runs from February
 * 2025): the later year of the range. Null for a first term or a whole school year.
 */
export function secondTermYear(title: string | null | undefined): number | null {
  const m = /((?:19|20)\d{2})\s*[-—–－～~至]\s*((?:19|20)?\d{2})\s*(?:学年|學年)(?:度)?\s*(?:第二学期|第二學期|下学期|下學期|春季学期|春季學期)/.exec(title ?? '');
  if (!m) return null;
  const later = m[2]!.length === 2 ? Number(m[1]!.slice(0, 2) + m[2]) : Number(m[2]);
  return later === Number(m[1]) + 1 ? later : null;
}

export function yearOf(text: string | null | undefined): number | null {
  const m = /((?:19|20)\d{2})(?:年|[-/.]\d|$|[^\d])/.exec(text ?? '');
  return m ? Number(m[1]) : null;
}

const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?/;

/** 二〇一七年九月十三日 → 2017年9月13日: digits of a written date, with 〇 ○ 零 O for zero. */
export function arabicDate(text: string): string {
  const digit = (c: string) => String('〇一二三四五六七八九'.indexOf(c));
  return text
    .normalize('NFKC')
    .replace(/[○◯零O]/g, '〇')
    .replace(/([〇一二三四五六七八九]{4})(?=\s*年)/, (y) => [...y].map(digit).join(''))
    .replace(/[一二三四五六七八九十]{1,3}(?=\s*[月日])/g, (n) => String(numeralValue(n) ?? n));
}

export function parseDate(text: string): string | null {
  const m = DATE.exec(WRITTEN_DATE.test(text) ? arabicDate(text) : text);
  if (!m && WRITTEN_DATE.test(text)) {
    // A signature dated by month only (2023年3月): the first of the month stands for it.
    const month = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/.exec(arabicDate(text));
    if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2]!.padStart(2, '0')}-01`;
  }
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['cover-notice', 'pkulaw-header', 'disclosure-box', 'front-matter', 'publish-info', 'timestamp']);

/**
 * The plan's date: from publish lines of the page, unless it is more than a year after the
 * plan's year (then it is the date a copy was reposted, not the plan's).
 */
export function planDate(removed: readonly RemovedLine[], year: number | null): string | null {
  for (const r of removed) {
    if (!DATE_RULES.has(r.rule)) continue;
    const date = parseDate(r.text);
    if (!date) continue;
    const y = Number(date.slice(0, 4));
    if (year === null || (y >= year - 1 && y <= year + 1)) return date;
  }
  return null;
}

/** Year from chrome when the title has none: publish dates, journal issue. */
export function chromeYear(removed: readonly RemovedLine[]): number | null {
  for (const r of removed) {
    if (DATE_RULES.has(r.rule) || r.rule === 'journal-issue') {
      const y = yearOf(r.text);
      if (y) return y;
    }
  }
  return null;
}

const SCHOOL_SHORT = `(?:${SCHOOL_SHORT_ENDING})`;
const ISSUER_END = `(?:部|司|厅|廳|局|委员会|委員會|教委|工委|党委|黨委|党组|黨組|教育局|办公室|辦公室|政府|中心|学校|學校|中学|中學|小学|小學|幼儿园|幼兒園|学院|學院|大学|大學|小组|小組|集团|集團|${SCHOOL_SHORT})`;
const PLACE = '[\\u4e00-\\u9fff]{2,10}?(?:省|自治区|自治區|市|州|盟|区|區|县|縣|旗)';
/**
 * A division or institute of the education system (基础教育处, 教研室, 教育科学研究院, 电化教育馆,
 * 招生考试院, 教育学会) issues its own plans. Its ending alone names no body (语文学科, 学校网站), so
 * such a name is taken only in full, opening with its place, as GB/T 9704 wants an issuer named.
 */
const DIVISION = `(?:中共)?${PLACE}[\\u4e00-\\u9fff（）()]{0,24}?(?:处|處|科|室|院|馆|館|站|所|会|會)`;
// A second name in brackets may follow the body's: 南江市教育局（南江市语言文字工作委员会）2024年….
const ISSUER_BEFORE_YEAR = new RegExp(`^((?:.{2,30}?${ISSUER_END}|${DIVISION})(?:[（(][^（）()]{2,30}[)）])?)\\s*(?:19|20)\\d{2}`);
/** A place named after the year (2020年平顶山市…) or before the education body or year (平顶山市教育局…, 杭州市2023年…). */
/** A year opening a title, in digits or in Chinese numerals (二〇二四年度). */
const YEAR_OPENING = '(?:(?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})\\s*年(?:度)?';
const REGION_AFTER_YEAR = new RegExp(`^${YEAR_OPENING}(${PLACE})`);
/** The body named after the year: 2024年南江市教育局工作要点. */
const ISSUER_AFTER_YEAR = new RegExp(`^${YEAR_OPENING}([\\u4e00-\\u9fff（）()]{2,30}?${ISSUER_END}|${DIVISION})(?=工作|重点|重點|要点|要點|计划|計劃|规划|規劃|方案)`);
const REGION_LEADING = new RegExp(`^(?:中共|中國共產黨|中国共产党)?(${PLACE})(?=教育|教體|教体|人民政府|政府|委|(?:19|20)\\d{2}|[“"「『]?十?[一二三四五六七八九]五)`);
const ISSUER_LINE = new RegExp(`^(?:[\\u4e00-\\u9fff（）()]{2,30}${ISSUER_END}|${DIVISION})$`);
/** The place an issuer's full name opens with: 南江区教师发展中心 is of 南江区. */
const PLACE_OF_BODY = new RegExp(`^(?:中共|中國共產黨|中国共产党)?(${PLACE})`);
/** The body a footer names before its rights: Copyright 2024 南江市实验小学 版权所有. */
const CHROME_ISSUER_BEFORE = new RegExp(`([\\u4e00-\\u9fff]{2,30}?${ISSUER_END})\\s*(?:版权所有|版權所有)`);
/** An institution: a school, a college, a university, a kindergarten. */
const SCHOOL = new RegExp(`(?:学校|學校|中学|中學|小学|小學|幼儿园|幼兒園|学院|學院|大学|大學|${SCHOOL_SHORT})$`);
const CHROME_ISSUER = new RegExp(`(?:版权所有|版權所有|主办单位|主辦單位|主办|欢迎光临|欢迎访问|歡迎光臨|^来源[:：|｜丨]|^來源[:：|｜丨]|^信息来源[:：])[:：]?\\s*([\\u4e00-\\u9fff]{2,30}?${ISSUER_END})`);

/** 教育部 财政部 国家发展改革委关于…: the bodies before 关于 (发文机关 + 事由 + 文种). */
const ISSUER_BEFORE_ABOUT = new RegExp(`^((?:[\\u4e00-\\u9fff（）()]{2,30}?(?:${ISSUER_END}|委)[\\s\\u3000]*)+?)(?:关于|關於)`);

export function issuerFromTitle(title: string): string | null {
  const found = ISSUER_BEFORE_ABOUT.exec(title)?.[1]?.trim() ?? ISSUER_BEFORE_YEAR.exec(title)?.[1] ?? ISSUER_AFTER_YEAR.exec(title)?.[1] ?? null;
  // 学校2022年工作要点: a body naming itself is not a name.
  if (found && SELF_REFERENCE.test(found) && found.length <= 4) return null;
  return found?.replace(/[\s\u3000]+/g, ' ') ?? null;
}

/** 江北市教育局印发《2023年全市教育工作要点》: a headline that names the document and the body that published it. */
export function readPublishedHeadline(title: string): { title: string; issuer: string } | null {
  const m = PUBLISHED_HEADLINE.exec(title) ?? PUBLISHER_HEADLINE.exec(title);
  const named = m?.[2] && documentOfHeadline(m[2]);
  return m && named && TITLE_END.test(named) ? { issuer: m[1]!, title: named } : null;
}

/**
 * The document a news headline announces, undressed of what news puts around its name: a
 * column's tag (【权威发布】), an exclamation (重磅！), the news itself (…出台, …出炉, …来了！).
 * 学校2022年工作要点出台 → 学校2022年工作要点. A headline that does not then end with the kind of
 * document stays as it is.
 */
export function documentOfHeadline(title: string): string {
  const bare = title
    .trim()
    .replace(/^[【[][^【】[\]]{1,10}[】\]]\s*/, '')
    .replace(/^[\u4e00-\u9fff]{1,4}[！!｜|]\s*/, '')
    .replace(/[！!]+$/, '');
  const named = NEWS_HEADLINE.exec(bare)?.[1] ?? bare;
  return named !== title && TITLE_END.test(named) ? named : title;
}

export function regionOf(title: string, issuer: string | null): string | null {
  for (const source of [issuer, title]) {
    if (!source) continue;
    const m = REGION_AFTER_YEAR.exec(source) ?? REGION_LEADING.exec(source) ?? (source === issuer ? PLACE_OF_BODY.exec(source) : null);
    if (m) return m[1]!;
  }
  return null;
}

/** An issuer named by the site's chrome, accepted only when it belongs to the plan's region. */
/**
 * The body of the plan's own region that the text around it names (东江市教育局召开…会议，印发了
 * 《东江市2024年教育工作要点》): a report or post that carries a plan names who made it.
 */
export function issuerFromText(paragraphs: readonly string[], region: string | null): string | null {
  if (!region) return null;
  const body = new RegExp(`${region}[\\u4e00-\\u9fff]{0,12}?${ISSUER_END}`);
  for (const paragraph of paragraphs) {
    const m = body.exec(paragraph);
    if (m) return m[0];
  }
  return null;
}

/** The body a portal's metadata names as the publisher: 发布机构：临川县教育局 (in a publish line or a 信息公开 box). */
const PUBLISHER = new RegExp(`(?:^|[\\s|｜])(?:发布机构|發布機構|发布单位|發布單位|发文机关|發文機關|发文单位|發文單位)[:：]\\s*(?:[|｜]\\s*)?([\\u4e00-\\u9fff（）()]{2,30}?${ISSUER_END})(?=$|[\\s|｜])`);

export function publisherOf(text: string): string | undefined {
  return PUBLISHER.exec(text)?.[1];
}

/**
 * A body that signs by its level alone (市教育局, 区教体局) named in full by the page or the notice
 * around the plan (南江市教育局): the full name, else the name as signed.
 */
export function fullNameOf(signed: string, removed: readonly RemovedLine[], elsewhere: readonly string[]): string {
  if (!/^(?:省|市|区|區|县|縣)\S{2,8}$/.test(signed)) return signed;
  const names = [
    ...removed.flatMap((r) => [CHROME_ISSUER.exec(r.text)?.[1], CHROME_ISSUER_BEFORE.exec(r.text)?.[1], publisherOf(r.text), ISSUER_LINE.test(r.text) ? r.text : undefined]),
    ...elsewhere,
  ];
  return names.find((name): name is string => name !== undefined && name.length > signed.length && name.endsWith(signed) && REGION_LEADING.test(name)) ?? signed;
}

export function issuerFromChrome(removed: readonly RemovedLine[], title: string): string | null {
  // The signature of a cover notice names the issuer outright, and so does its title (X关于印发…的通知).
  const signature = removed.find((r) => r.rule === 'cover-notice' && ISSUER_LINE.test(r.text));
  if (signature) return signature.text;
  const noticeTitle = removed.find((r) => r.rule === 'cover-notice' && COVER_NOTICE.test(r.text));
  const fromNotice = noticeTitle ? issuerFromTitle(noticeTitle.text) : null;
  if (fromNotice) return fromNotice;
  // The site's own body: named by the footer (主办：…), the post's credit (来源：…) or the site's name above the title.
  const region = regionOf(title, null);
  // A plan of the whole jurisdiction (2024年全省教育工作要点) is the plan of the body whose site holds it.
  const scope = region ? null : /全(省|市|区|區|县|縣|州|盟|旗)/.exec(title)?.[1];
  // A school's plan that names no school (学校2024年工作要点, 2024学年第一学期学校工作计划) is the plan of the school whose site holds it.
  const schoolPlan = !region && !scope && (SELF_REFERENCE.test(title) || /学校|學校|我校|本校|学期|學期|学年|學年/.test(title));
  const fits = (name: string) =>
    region ? name.startsWith(region) : scope ? name.includes(scope) : schoolPlan && SCHOOL.test(name);
  for (const r of removed) {
    const named = CHROME_ISSUER.exec(r.text)?.[1] ?? CHROME_ISSUER_BEFORE.exec(r.text)?.[1] ?? (r.rule === 'page-header' && ISSUER_LINE.test(r.text) ? r.text : undefined);
    if (named && fits(named)) return named;
  }
  // A title that names neither body nor place (2024年工作要点) under a line that is a body's name alone:
  // the title's first line, 发文机关, set apart (西山市教育局 / 2024年工作要点).
  const titleLine = removed.find((r) => r.rule === 'title')?.line;
  if (!region && !scope && titleLine !== undefined) {
    const above = removed.find((r) => r.rule === 'page-header' && r.line === titleLine - 1 && ISSUER_LINE.test(r.text));
    if (above) return above.text;
  }
  return null;
}

export function levelOf(issuer: string | null, title: string): PlanLevel | null {
  const s = issuer ?? title;
  if (/教育部|国务院|國務院|中共中央/.test(s)) return 'national';
  if ((/学校|學校|中学|中學|小学|小學|幼儿园|幼兒園|大学|大學|学院|學院/.test(s) || SCHOOL.test(s)) && issuer) return 'school';
  const region = regionOf(title, issuer);
  // A plan of the whole jurisdiction that names no place (2024年全市教育工作要点) is of that level.
  const scope = region ?? /全(省|市|州|盟|区|區|县|縣|旗)/.exec(title)?.[1];
  if (!scope) return null;
  return levelOfPlace(scope);
}

function levelOfPlace(region: string): PlanLevel | null {
  if (/(省|自治区|自治區)$/.test(region)) return 'provincial';
  if (/(市|州|盟)$/.test(region)) return 'city';
  if (/(区|區|县|縣|旗)$/.test(region)) return 'district';
  return null;
}


