/**
 * The named pattern catalogue: how Chinese plans number their items, and what scraped page
 * chrome looks like. Every pattern has a name and table-driven tests in tests/patterns.test.ts.
 */
import type { NumberingStyle } from '../schemas/plan.ts';
import type { RuleId } from '../schemas/rules.ts';

// ───────────────────────────── numbering ─────────────────────────────

/** Numbering styles, outermost first in the usual hierarchy of 党政机关公文 (GB/T 9704 §7.3.3): 第一部分 一、 （一） 1. （1） 1） ① 一是 第一， 第一阶段 第一条. */
export type { NumberingStyle };

export interface Numbering {
  style: NumberingStyle;
  /** The numeral as printed, without punctuation: "二", "4". */
  number: string;
  /** Its value, for sequence checks. */
  value: number;
  /** The whole marker as printed, punctuation included: "二、", "（一）", "4.". */
  marker: string;
  /** What follows the marker. */
  rest: string;
}

const CN_NUMERAL = '[一二三四五六七八九十]{1,3}';
// Up to five digits for very long plans; from 1000 on a number must continue the sequence exactly (a year is not an item).
const DIGITS = '[0-9０-９]{1,5}';
/** A part of a decimal outline number: 2024.3 is a month, not an item. */
const DECIMAL_PART = '[0-9０-９]{1,2}';

const NUMBERING_PATTERNS: ReadonlyArray<{ style: NumberingStyle; re: RegExp }> = [
  // Decimal outlines (1.1 深化…, 2.3.1 推进…), as universities and Word number their items. A space
  // must follow, since 2.5亿元 opens a sentence. Their top level (1 加强…) is a bare number that
  // only the outline can read as one, from the 1.1 below it (decimalTopLevel).
  { style: 'decimal-3', re: new RegExp(`^(${DECIMAL_PART}[.．]${DECIMAL_PART}[.．]${DECIMAL_PART})[ \\u3000]+`) },
  { style: 'decimal-2', re: new RegExp(`^(${DECIMAL_PART}[.．]${DECIMAL_PART})[ \\u3000]+`) },
  { style: 'cn-part', re: new RegExp(`^第(${CN_NUMERAL})(?:部分|章)[、，,：:\\s]*`) },
  { style: 'cn-article', re: new RegExp(`^第(${CN_NUMERAL})条[、，,：:\\s]*`) },
  // A space may stand inside a marker where a PDF set its glyphs apart: 一 、 （ 一 ）.
  { style: 'cn-dun', re: new RegExp(`^(${CN_NUMERAL})[ \\u3000]?[、，,．.]\\s*`) },
  { style: 'cn-paren', re: new RegExp(`^[（(][ \\u3000]?(${CN_NUMERAL})[ \\u3000]?[)）][、，,．.]?\\s*`) },
  // A digit right after the dot is a decimal (1.5倍), not a marker.
  { style: 'arabic', re: new RegExp(`^(${DIGITS})(?:[.．]|、)(?![0-9０-９])\\s*`) },
  { style: 'arabic-paren', re: new RegExp(`^[（(][ \\u3000]?(${DIGITS})[ \\u3000]?[)）][、，,．.]?\\s*`) },
  // 【一】 【1】 〔二〕 ［3］: numbers in square or lenticular brackets, as posts and some CMS editors
  // set their headings; a level of their own, since a plan may use them over （一）.
  { style: 'cn-bracket', re: new RegExp(`^[【〔［[][ \\u3000]?(${CN_NUMERAL})[ \\u3000]?[】〕］\\]]\\s*`) },
  { style: 'arabic-bracket', re: new RegExp(`^[【〔［][ \\u3000]?(${DIGITS})[ \\u3000]?[】〕］]\\s*`) },
  // 1） without its opening bracket: school plans number their innermost items so.
  { style: 'arabic-half-paren', re: new RegExp(`^(${DIGITS})[)）]\\s*`) },
  { style: 'circled', re: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])[、，,．.]?\s*/ },
  { style: 'cn-shi', re: new RegExp(`^(${CN_NUMERAL})是(?=[^是])`) },
  { style: 'cn-stage', re: new RegExp(`^第(${CN_NUMERAL})(?:阶段|階段|步)(?=[（(：:，,\\s])`) },
  // 第一，…第二，… : an enumeration opening paragraphs, as 一是 is.
  { style: 'cn-ordinal', re: new RegExp(`^第(${CN_NUMERAL})[，,、：:]\\s*`) },
];

/** Numerals enclosed in one character by Word and some fonts: ⑴ ⒈ ㈠, read as the (1) 1. (一) they stand for (NFKC). */
const ENCLOSED_NUMERAL = /^[\u2474-\u249b\u3220-\u3229]/;

/** The numbering a text opens with, if any. Requires text after the marker. */
export function matchNumbering(text: string): Numbering | null {
  if (ENCLOSED_NUMERAL.test(text)) {
    const spelled = text[0]!.normalize('NFKC');
    const read = matchNumbering(spelled + text.slice(1));
    // The marker stays as printed: ⑴, not (1).
    return read && { ...read, marker: text[0]! + read.marker.slice(spelled.length) };
  }
  for (const { style, re } of NUMBERING_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    if (rest.trim().length === 0) return null;
    const number = toHalfWidthDigits(m[1]!).replace(/．/g, '.');
    // A decimal number's value is its last part: 2.3 is the third item under 2.
    const value = numeralValue(number.split('.').at(-1)!);
    if (value === null || value === 0) return null;
    // A decimal marker keeps one space after it, as it is read: 1.1 深化…, not 1.1深化….
    const marker = style.startsWith('decimal') ? `${m[1]!} ` : m[0].trimEnd();
    return { style, number, value, marker, rest };
  }
  return null;
}

/**
 * The top level of a decimal outline: a line opening with a bare number and a space (1 加强党的全面
 * 领导), read as a heading only where a decimal item of that number follows it (1.1 …) — on its
 * own, 3 条评论 or 2 人 opens an ordinary line.
 */
const BARE_NUMBER = new RegExp(`^(${DECIMAL_PART})[ \\u3000]+(?=[\\u4e00-\\u9fff])`);

export function decimalTopLevel(text: string, next: string | undefined): Numbering | null {
  const m = BARE_NUMBER.exec(text);
  if (!m || next === undefined) return null;
  const number = toHalfWidthDigits(m[1]!);
  const below = matchNumbering(next);
  if (below?.style !== 'decimal-2' || below.number !== `${number}.1`) return null;
  const rest = text.slice(m[0].length);
  // A heading, not a sentence: short, and no sentence ends inside it.
  if (rest.length > 40 || /[。；;！？!?]./.test(rest)) return null;
  return { style: 'decimal-1', number, value: Number(number), marker: `${m[1]!} `, rest };
}

/** Value of a Chinese (一…九十九) or Arabic numeral, or null. */
export function numeralValue(numeral: string): number | null {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(numeral);
  if (circled >= 0) return circled + 1;
  const digit = (c: string | undefined): number | null => {
    const i = '〇一二三四五六七八九'.indexOf(c ?? '');
    return i >= 0 ? i : null;
  };
  if (numeral.length === 1) return numeral === '十' ? 10 : digit(numeral);
  const ten = numeral.indexOf('十');
  if (ten < 0) return null;
  const tens = ten === 0 ? 1 : digit(numeral.slice(0, ten));
  const units = ten === numeral.length - 1 ? 0 : digit(numeral.slice(ten + 1));
  if (tens === null || units === null || numeral.length > 3) return null;
  return tens * 10 + units;
}

export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Where an inline heading may start inside a line: after whitespace, before a marker that is
 * followed by text ("…发展。 二、整体工作 (一)推进…"). The outline accepts a split only when the
 * number continues the document's sequence.
 */
export const INLINE_MARKER = new RegExp(
  `(?<=[\\s。；;！？!?，,])(?=(?:${CN_NUMERAL}[、]|[（(]${CN_NUMERAL}[)）]|${DIGITS}[.．、](?![0-9０-９])|[（(]${DIGITS}[)）]|[①-⑳])\\S)`,
  'g',
);

// ───────────────────────────── titles ─────────────────────────────

/** A paragraph of running text, as opposed to a title, a label or a table cell. */
export const isParagraph = (text: string): boolean => text.length >= 40 && /[，,。；]/.test(text);

/** Sentence-final punctuation: a page break after one of these is not mid-sentence. */
export const SENTENCE_END = /[。！？!?；;…”’」』）)]$/;

/**
 * Words a heading often ends with, and words the body after a glued heading often opens with
 * (1.提高作业设计水平在坚持做好… → 提高作业设计水平 | 在坚持做好…). Used only when the source has
 * no punctuation or space between title and body.
 */
export const TITLE_ENDINGS = [
  '改革', '实效', '教育', '水平', '融合', '普惠', '提升', '发展', '建设', '工作', '机制', '体系', '质量', '管理', '能力', '服务', '保障', '治理',
  '均衡', '作用', '领导', '队伍', '环境', '安全', '评价', '课程', '教学', '衔接', '行为', '任务', '要求', '格局', '方向', '基础', '体制', '制度',
  '成果', '活动', '培训', '合力', '短板', '资源', '条件', '品质', '特色', '素养', '健康', '氛围', '生态', '阵地', '效能', '实施', '覆盖', '落实',
  '引领', '協同', '實效', '發展', '建設', '質量', '體系', '機制', '服務',
];

export const BODY_OPENERS = [
  '落实', '以', '在', '指导', '推动', '出台', '会同', '研究', '加强', '坚持', '深入', '全面', '认真', '进一步',
  '继续', '按照', '围绕', '聚焦', '贯彻', '积极', '制定', '制订', '开展', '完善', '健全', '建立', '推进',
  '持续', '强化', '严格', '依托', '结合', '根据', '通过', '把', '将', '要', '召开', '组织', '做好', '实施',
  '总结', '支持', '鼓励', '督促', '充分', '切实', '着力', '大力', '不断', '探索', '优化', '扎实', '统筹',
  '印发', '启动', '启用', '举办', '各地', '各校', '各级', '我市', '我区', '我县', '全市', '全区', '全县',
];

// ───────────────────────────── noise ─────────────────────────────

export interface NoiseRule {
  /** Stable rule id, shown in reports and warnings (src/schemas/rules.ts). */
  id: RuleId;
  /** Why such a line is not part of the plan, in the words of the report. */
  reason: string;
  /**
   * Where the rule acts: `anywhere` for what is unmistakably page furniture (a template
   * directive, a page command, spam); `outside` for what only the page around the document
   * holds (footers, publish lines, navigation) — inside the document, from its first
   * paragraph or numbered line to its signature, such a line is body text (一、主办单位).
   */
  scope: 'anywhere' | 'outside';
  test: (line: string) => boolean;
}

const short = (max: number) => (line: string) => line.length <= max;
/** One regular expression from alternatives listed one a line, so a diff shows which one changed. */
const anyOf = (alternatives: readonly string[], flags = '') => new RegExp(alternatives.join('|'), flags);
const has = (re: RegExp) => (line: string) => re.test(line);
const both = (...tests: Array<(line: string) => boolean>) => (line: string) => tests.every((t) => t(line));

/** Words of pornography/gambling spam blocks injected into hacked pages. */
const SPAM_WORDS = /无码|成人|午夜|人妻|毛片|av|AV|国产|精品|日韩|欧美|亚洲|久久|在线观看|在线视频|视频|蜘蛛池|色综合|福利|高潮|麻豆|黄色|彩票|博彩|娱乐城|棋牌/g;

/** The fields of 政府信息公开目录 a portal prints over a disclosed document. */
const DISCLOSURE_LABELS = [
  '索引号', '索引號', '主题分类', '主題分類', '组配分类', '組配分類', '体裁分类', '體裁分類', '服务对象', '服務對象', '信息分类', '信息分類',
  '发布机构', '發布機構', '发文机关', '發文機關', '发文机构', '發文機構', '公开方式', '公開方式', '公开范围', '公開範圍', '公开时限', '公開時限',
  '成文日期', '发文日期', '發文日期', '公开日期', '公開日期', '生效日期', '废止日期', '廢止日期', '有效性', '时效性', '時效性',
  '文号', '文號', '发文字号', '發文字號', '主题词', '主題詞', '标题', '標題', '名称', '名稱', '统一编号', '統一編號', '登记号', '登記號',
];
/** A label as a box prints it, its characters perhaps spaced out to fill the cell: 标　　题. */
const spacedOut = (label: string) => [...label].join('[\\s\\u3000]*');

/** Whole lines that are page chrome; unmistakable furniture first, so it wins over a rule of the page around the document. */
export const LINE_NOISE: readonly NoiseRule[] = [
  {
    id: 'excerpt-marker',
    reason: 'excerpt marker of a blog export',
    scope: 'anywhere',
    test: has(/^<!--\s*more\s*-->$|^\[?(…|\.\.\.)\]?$|^阅读全文$|^展开全文$/),
  },
  {
    id: 'spam',
    reason: 'spam keyword block',
    scope: 'anywhere',
    test: (line) => (line.match(SPAM_WORDS)?.length ?? 0) >= 4 && !/。/.test(line),
  },
  {
    // A sharing site shows the first pages and walls off the rest; the wall stands between two halves of the text.
    id: 'reading-wall',
    reason: 'the preview wall of a document-sharing site (还剩2页未读，继续阅读)',
    scope: 'anywhere',
    test: both(
      short(60),
      has(
        anyOf([
          '^还剩\\s*\\d+\\s*页未读',
          '^還剩\\s*\\d+\\s*頁未讀',
          '^(?:免费|免費)(?:阅读|閱讀|预览|預覽)已结束',
          '超出(?:免费|免費)(?:预览|預覽)范围',
          '^(?:点击|點擊)?下载(?:阅读|閱讀)?(?:编辑)?剩下',
          '^展开阅读全文$',
          '^继续阅读$',
          '^繼續閱讀$',
          '^下载文档到电脑',
        ]),
      ),
    ),
  },
  {
    // Converters' evaluation stamps and Word's field codes left in a text saved from a document.
    id: 'tool-stamp',
    reason: "a document converter's stamp or a Word field code left in the text",
    scope: 'anywhere',
    test: has(/^Evaluation Warning\s*:|Created with (?:an evaluation copy of )?(?:Spire\.|Aspose\.)|^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\s*\\\*\s*(?:MERGEFORMAT|Arabic)\s*$|^(?:HYPERLINK|TOC\s+\\o)\s/i),
  },
  {
    id: 'template-directive',
    reason: 'a server template directive or markup tag left in the text',
    scope: 'anywhere',
    test: has(/^<[#@%/][^>]*>$|^<\/?[a-zA-Z][\w:-]*(?:\s[^>]*)?\/?>$|^\{[%{#].*[%}#]\}$|^<!--.*-->$/),
  },
  {
    id: 'page-command',
    reason: 'page commands in brackets (【打印本页】【关闭窗口】)',
    scope: 'anywhere',
    test: has(/^(?:[【[［〖]\s*[^【】[\]［］〖〗，。；]{1,8}\s*[】\]］〗][\s|｜/]*)+$/),
  },
  {
    // GB/T 9704 prints page numbers as "— 3 —"; a text dump of a PDF keeps them between paragraphs.
    id: 'page-number',
    reason: 'a printed page number (— 3 —) of a PDF dumped to text',
    scope: 'anywhere',
    test: has(/^[-—－–]{1,2}\s*[0-9０-９]{1,3}\s*[-—－–]{1,2}$|^第\s*[0-9０-９]{1,3}\s*页$/),
  },
  {
    // A CMS splits a long article over pages: 首页 上一页 1 2 下一页 尾页, between the pages or under the last.
    id: 'pagination',
    reason: 'the page links of an article split over pages (上一页 1 2 下一页)',
    scope: 'anywhere',
    test: (line) =>
      line.length <= 80 &&
      (line.match(/首页|首頁|上一页|上一頁|下一页|下一頁|尾页|尾頁|末页|末頁/g)?.length ?? 0) >= 2 &&
      /^(?:[\s|｜,，]*(?:首页|首頁|上一页|上一頁|下一页|下一頁|尾页|尾頁|末页|末頁|[0-9]{1,3}|\.{3}|…|共\s*[0-9]{1,3}\s*页|第\s*[0-9]{1,3}\s*页|跳转|跳轉|转到|GO|Go|go|[<>«»‹›]))+[\s|｜]*$/.test(line),
  },
  {
    // A printed document's table of contents: an entry, leaders, its page (一、总体要求……3), and the label 目录.
    id: 'toc',
    reason: 'the table of contents of a printed document (一、总体要求……3)',
    scope: 'anywhere',
    test: has(/^目\s*[录錄]$|^.{2,60}?(?:[.．·•…⋯_]{3,}|…{2,}|-{4,}|—{3,})\s*[0-9０-９]{1,3}$/),
  },
  {
    // GB/T 9704 prints 此页无正文 on a page that holds only the signature; a dump keeps it.
    id: 'page-note',
    reason: 'a printed page note (此页无正文)',
    scope: 'anywhere',
    test: has(/^[（(]\s*(?:此页无正文|此頁無正文|本页无正文|本頁無正文)\s*[)）]$/),
  },
  {
    id: 'markdown-link',
    reason: 'a link back to the original article (Markdown)',
    scope: 'anywhere',
    test: has(/^(?:\[[^\]]{1,40}\]\((?:https?:|\/|www\.)[^)\s]*\)\s*)+$/),
  },
  {
    id: 'breadcrumb',
    reason: 'navigation or breadcrumb',
    scope: 'outside',
    test: both(
      short(200),
      has(
        anyOf([
          '当前位置',
          '您的位置',
          '你的位置',
          '所在位置',
          '当前的位置',
          '首页\\s*[>›»＞]',
          '首頁\\s*[>›»＞]',
          '^首页$',
          '^返回首页',
          '^网站首页',
          // a menu bar: 首页 政务公开 政务服务 互动交流
          '^(?:网站)?(?:首页|首頁)(?:[\\s|｜·•/]+[\\u4e00-\\u9fff]{2,8}){3,}$',
        ]),
      ),
    ),
  },
  {
    id: 'welcome-banner',
    reason: 'site welcome banner',
    scope: 'outside',
    test: both(short(80), has(/^欢迎(光临|访问|来到)|今天是[:：]?\s*$|^设为首页|^加入收藏/)),
  },
  {
    id: 'pkulaw-header',
    reason: 'legal database header (北大法宝)',
    scope: 'outside',
    test: both(short(200), has(/法宝引证码|原文链接|^【?(发布部门|发文字号|文号|公布日期|施行日期|效力级别|时效性|法规类别)】?[:：]/)),
  },
  {
    // 政府信息公开: a portal prints the catalogue's fields over a disclosed document (索引号, 主题分类,
    // 发布机构, 成文日期, 文号, 标题 …), two or three to a line, labels often spaced out (标　　题).
    id: 'disclosure-box',
    reason: "the fields of a government portal's disclosure catalogue (索引号, 发布机构, 文号 …)",
    scope: 'outside',
    test: both(short(300), has(new RegExp(`^(?:${DISCLOSURE_LABELS.map(spacedOut).join('|')})[\\s\\u3000]*[:：]`))),
  },
  {
    id: 'publish-info',
    reason: 'publish date, source or click count',
    scope: 'outside',
    test: both(
      short(200),
      has(
        anyOf([
          '发布时间',
          '發布時間',
          '发布日期',
          '发布单位',
          '发文单位',
          '点击量',
          '点击数',
          '点击率',
          '點擊',
          '浏览次数',
          '浏览量',
          '阅读量',
          '阅读次数',
          '访问量',
          '来源[:：]',
          '來源[:：]',
          '作者[:：]',
          '编辑[:：]',
          '责任编辑',
          '責任編輯',
          '栏目[:：]',
          '字号',
          '【字体',
          // the page's reading controls: 浏览字体：大 中 小, 背景色：, 视力保护色
          '^(?:浏览|瀏覽|文字|字体|字體)?(?:字体|字體|大小)[:：]?\\s*[【\\[]?\\s*大\\s*中\\s*小',
          '^(?:背景色|背景顏色|背景颜色|视力保护色|視力保護色|保护视力色)[:：]?',
          '打印本页',
          '关闭窗口',
          '^时间[:：]',
          '^時間[:：]',
          '分享到[:：]?',
          '^分享至',
          // a repost's note of where it came from: 本文转自…官网, 转载自…
          '^(?:本文|此文|原文)?(?:转自|轉自|转载自|轉載自|转载于|轉載於)',
          // a post's header: 西湾区教育局 西湾教育 2024-03-08 18:30 发表于广东
          '发表于',
          '發表於',
          '下载次数',
          '下載次數',
          // a post's credits, set off by a colon or a bar as WeChat articles print them (来源 | 某某教育局, 一审：张三)
          '^(来源|來源|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|审核|審核|审校|審校|校对|校對|初审|初審|终审|終審|一审|一審|二审|二審|三审|三審|撰稿|供稿|摄影|攝影|图片|圖片|文字|文案|排版|美编|美編|监制|監製|出品)\\s*[:：|｜丨]',
        ]),
      ),
    ),
  },
  {
    id: 'site-name',
    reason: "the site's name",
    scope: 'outside',
    test: has(/^[\u4e00-\u9fffA-Za-z0-9（）()]{2,24}(?:门户网站|門戶網站|政府网站|政府網站|官方网站|官方網站|门户网|門戶網|网站|網站|官网|官網|信息网|信息網|教育网|教育網)$/),
  },
  {
    id: 'timestamp',
    reason: 'publish timestamp',
    scope: 'outside',
    test: both(short(80), has(/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(:\d{2})?/)),
  },
  {
    id: 'journal-issue',
    reason: 'journal name and issue',
    scope: 'outside',
    test: both(short(40), has(/\d{4}年(第)?\d{1,2}期\s*$/)),
  },
  {
    id: 'keywords',
    reason: 'keyword list',
    scope: 'outside',
    test: both(short(120), has(/^(关键词|關鍵詞|关键字|關鍵字|标签|標簽)[:：]/)),
  },
  {
    id: 'byline',
    reason: 'byline',
    scope: 'outside',
    // 文/张三, 记者：李四, and a news report's closing credit in brackets: （记者 李明 通讯员 王芳）
    test: both(short(60), has(/^[□■◎●]\s*\S|^(文|作者|撰稿|记者|通讯员)\s*[:：/|]|^[（(](?:本报|本台)?(?:记者|記者|通讯员|通訊員|撰稿|供稿)[^（）()]{1,40}[)）]$/)),
  },
  {
    id: 'footer',
    reason: 'site footer (copyright, registration, contact)',
    scope: 'outside',
    test: both(
      short(300),
      has(
        anyOf(
          [
            '版权所有',
            '版權所有',
            'Copyright',
            '©',
            'ICP备',
            'ICP証',
            'ICP证',
            '公网安备',
            '公網安備',
            '网安备',
            '技术支持',
            '技術支持',
            '网站标识码',
            '網站標識碼',
            '联系电话',
            '联系地址',
            '联系邮箱',
            '联系我们',
            '主办单位',
            '承办单位',
            '^主办[:：]',
            '^主辦[:：]',
            '承办[:：]',
            '承辦[:：]',
            '网站地图',
            '客户服务热线',
            '邮编[:：]',
            '地址[:：].{2,40}(路|街|号)',
            '电话[:：]\\s*\\d',
            'E-?mail[:：]',
          ],
          'i',
        ),
      ),
    ),
  },
  {
    id: 'comment-box',
    reason: 'comment box',
    scope: 'outside',
    test: both(short(60), has(/^(评论|評論|用户评论|网友评论|发表评论|我要评论|全部评论|最新评论)$|还能输入\d*|還能輸入\d*|^限制\d+(字)?(以)?内$|字数限制|^验证码|^提交$|^登录$|^注册$|^匿名$/)),
  },
  {
    id: 'site-promo',
    reason: 'document-sharing or essay-site promotion',
    scope: 'outside',
    test: both(
      short(200),
      has(
        anyOf([
          '为您提供',
          '為您提供',
          '小编',
          '小編',
          '供大家参考',
          '供大家參考',
          '由会员分享',
          '由會員分享',
          '页珍藏版',
          '頁珍藏版',
          '分享文档',
          '下载文档',
          '免费下载',
          '文档下载',
          '在线阅读',
          '原创力文档',
          '道客巴巴',
          '豆丁',
          '淘文阁',
          '文库',
          '范文大全',
          '范文网',
          '文秘网',
          // the upload and takedown notices of sharing sites and reposts
          '用户上传',
          '用戶上傳',
          '如有侵权',
          '如有侵權',
          '侵权请联系',
          '侵權請聯繫',
          '版权归原作者',
          '版權歸原作者',
          // a sharing site's record of the upload, where it follows the text
          '下载积分',
          '下載積分',
          '下载券',
          '^内容提示[:：]',
          '^內容提示[:：]',
          '^上传人[:：]',
          '^上傳人[:：]',
          '^上传时间[:：]',
          '^上傳時間[:：]',
          '^贡献者[:：]',
          '^貢獻者[:：]',
          'VIP(?:免费|专享|專享)?(?:下载|下載)',
        ]),
      ),
    ),
  },
  {
    // A CMS lists the files attached to an article by name: 附件下载：石桥县2024年工作要点.docx (36KB)
    id: 'file-link',
    reason: 'a link to a file attached to the page (….docx, ….pdf)',
    scope: 'outside',
    test: both(short(120), has(/^(?:(?:相关)?附\s*件(?:下载|下載)?\s*(?:[0-9０-９]{1,2})?\s*[:：]?\s*)?[^，。；：:]{1,80}\.(?:docx?|DOCX?|pdf|PDF|wps|WPS|xlsx?|XLSX?|et|ofd|OFD|zip|ZIP|rar|RAR|7z)(?:\s*[（(]\s*[0-9.]+\s*[KMG]B?\s*[)）])?$/)),
  },
  {
    id: 'share-bar',
    reason: 'share or print controls',
    scope: 'outside',
    test: both(short(60), has(/^(分享|分享到|打印|收藏|纠错|【打印】|【关闭】|\[打印\]|\[关闭\])([\s|｜]|$)|^(扫一扫|扫一扫在手机|微信扫一扫|用手机扫描|手机扫码|掃一掃|扫码|掃碼|用微信扫|用微信掃|微信扫描|微信掃描)|^(?:点击|點擊)(?:上方|上面)?(?:蓝字|藍字)|(?:关注我们|關注我們)$/)),
  },
  {
    id: 'page-button',
    reason: 'a button or link of the page (我要报名, 下载Word版本, 上一篇)',
    scope: 'outside',
    test: both(
      short(16),
      has(/^(?:我要|点击|點擊|立即|马上|馬上)?(?:报名|報名|下载|下載|打印|关闭|關閉|返回|分享|收藏|保存|登录|登錄|注册|註冊|评论|評論|投稿|订阅|訂閱|咨询|諮詢|上一篇|下一篇|上一条|下一条|上一條|下一條|阅读原文|閱讀原文)[^，,。；;：:]{0,10}$|^(?:相关附件|相關附件|附件下载|附件下載|相关链接|相關鏈接|相关文件|相關文件)[:：]?$|^(?:TOP|Top|top|↑|▲)$/),
    ),
  },
];

/**
 * A line that ends the article: whatever follows it on the page (recommended titles, comment
 * boxes, footers) is not part of the plan.
 */
export const TAIL_MARKER: NoiseRule = {
  id: 'tail',
  reason: 'after the end of the article',
  scope: 'outside',
  test: has(
    anyOf([
      // lists of other articles
      '^(猜你喜欢|猜你喜歡|推荐访问|推薦訪問|推荐阅读|推薦閱讀|相关阅读|相關閱讀|相关文章|相關文章)',
      '^(相关推荐|相關推薦|热门推荐|熱門推薦|延伸阅读|延伸閱讀|相关链接|相關鏈接|主站蜘蛛池模板)',
      '^(相关稿件|相關稿件|相关新闻|相關新聞|相关信息|相關信息|相关内容|相關內容|其他新闻|其他新聞|更多新闻|更多新聞|往期回顾|往期回顧|往期推荐|往期推薦|热点文章|熱點文章|热门文章|熱門文章|最新文章)(?:[:：]|$)',
      // a sharing site's list of other documents
      '^(相关文档|相關文檔|相似文档|相似文檔|热门文档|熱門文檔|更多相关文档|更多相關文檔|相关范文|相關範文)',
      // links to the neighbouring articles
      '^(上一篇|下一篇|上一条|下一条|上一條|下一條)(?:文章|新闻|新聞|信息|資訊|资讯)?(?:[:：\\s]|$)',
      // the end of a WeChat article: what follows is the app's own controls and recommendations
      '^(预览时标签不可点|預覽時標簽不可點|微信扫一扫关注该公众号|微信掃一掃關注該公眾號|喜欢此内容的人还喜欢|喜歡此內容的人還喜歡|继续滑动看下一个|繼續滑動看下一個|向上滑动看下一个)$',
      // the ornament a post ends its text with: END, - END -, THE END
      '^[-—–─=~·•_\\s]*(?:THE\\s*)?(?:END|End|end)[-—–─=~·•_\\s]*$',
      // the comment box
      '^(评论|評論|用户评论|网友评论|发表评论|我要评论|全部评论)$',
    ]),
  ),
};

/** A numbering marker ahead, for the rules that act only before one. */
const MARKER_AHEAD = `第?${CN_NUMERAL}(?:部分|章)?[、．.，]|[（(【〔][ \\u3000]?(?:${CN_NUMERAL}|${DIGITS})[ \\u3000]?[)）】〕]|${DIGITS}[.．、)）](?![0-9０-９])|${DIGITS}(?:[.．]${DIGITS})+[ \\u3000]|[①-⑳]`;

/** Fragments removed from inside a line, leaving the rest of it. */
export const INLINE_NOISE: ReadonlyArray<{ id: RuleId; reason: string; re: RegExp }> = [
  { id: 'teaser', reason: 'teaser injected into the text', re: /\s*(当前隐藏内容免费查看|當前隱藏內容免費查看|隐藏内容免费查看|点击查看全文|展开全文|阅读全文|登录后查看)\s*/g },
  { id: 'page-counter', reason: 'page counter', re: /\s*第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页\s*/g },
  {
    id: 'glued-chrome',
    reason: 'site controls glued to the start of a line',
    re: /^(?:\s*[|｜]?\s*(?:繁体|繁體|简体|簡體|English|无障碍|無障礙|适老化|长者模式|网站已支持\s*IPv6|網站已支持\s*IPv6|网站支持\s*IPv6)\s*)+[|｜]?\s*/gi,
  },
  // Inside a line only; a marker on a line of its own is a LINE_NOISE rule, which also rejoins the word it cut.
  { id: 'excerpt-marker', reason: 'excerpt marker of a blog export', re: /(?<=\S)\s*<!--\s*more\s*-->|<!--\s*more\s*-->\s*(?=\S)/g },
  // Formatting tags a text kept from its page (<p style="text-align:right">, <br/>, </span>); a tag that
  // could run or load something (<script>, <img>, <iframe>, <a>) is not markup of the text and stays, literally.
  {
    id: 'html-tag',
    reason: 'a formatting tag of the page left in the text (<p>, <br/>, <span>)',
    re: /<\/?(?:p|br|span|div|strong|b|em|i|u|font|sup|sub|center|section|article|h[1-6]|hr|o:p)(?:\s[^<>]{0,300})?\s*\/?>/gi,
  },
  { id: 'markdown-image', reason: 'a Markdown image (![…](…)): a picture of the page, not text', re: /!\[[^\]\n]{0,100}\]\([^()\s]{0,300}(?:\s+"[^"]*")?\)/g },
  { id: 'download-link', reason: 'a download link glued into a line (附件(下载Word版本)：…)', re: /[（(](?:点击)?下载[^（）()]{0,12}[)）]/g },
  // Post editors set a glyph before a heading (▍一、 ◆（一） ★1. 📌二、): decoration, not text; taken
  // only before a numbering marker, so a line the glyph opens as text (□教育部…) keeps it.
  { id: 'ornament', reason: 'a decorative glyph before a heading (▍ ◆ ★ ■)', re: new RegExp(`^[\\u2580-\\u27bf\\u2b00-\\u2bff\\u{1f300}-\\u{1faff}\\ufe0f\\u200d]{1,3}[ \\u3000]*(?=${MARKER_AHEAD})`, 'gu') },
];

/**
 * Markdown strong emphasis, **一、…**: markup, not text. Its content opens with a letter, a digit
 * or an opening bracket and holds no star, so a name masked as *** or ** (党的***四中***,
 * 组织**、**, 人口**%) is text, not markup.
 */
export const MARKDOWN_BOLD = /(?<!\*)\*\*(?!\*)([\p{L}\p{N}（(《“][^*\n]*?)(?<![\s*])\*\*(?!\*)/gu;

/** A document-sharing page marker opening a line: "3、进其社会化应用共享…". */
export const PAGE_MARKER = /^([0-9]{1,3})、/;

/** Signals that a text came from a document-sharing site that paginates and numbers pages. */
export const PAGINATED_SOURCE = /由会员分享|由會員分享|页珍藏版|頁珍藏版|第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页/;

// ───────────────────────────── metadata ─────────────────────────────



/** A numbered line of an attachment list: 2.江南市2023年民生实事项目表 */
export const ATTACHMENT_ITEM = /^[0-9０-９]{1,2}[.．、]\S.{0,58}$/;

// ───────────────────────── parts of an official document (GB/T 9704-2012 §7) ─────────────────────────

/** Builds one alternation from a list, one alternative a line in the source, longest first. */
const oneOf = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * 文种: the kind of document, with which its title ends (标题 = 发文机关 + 事由 + 文种), in both
 * scripts. The kinds of 党政机关公文 (§8 of the 2012 regulations) and the planning documents of
 * education bureaus and schools.
 */
export const DOC_KINDS = [
  '要点', '要點',
  '计划', '計劃',
  '规划', '規劃',
  '方案',
  '意见', '意見',
  '通知',
  '通报', '通報',
  '办法', '辦法',
  '细则', '細則',
  '规定', '規定',
  '决定', '決定',
  '决议', '決議',
  '报告', '報告',
  '安排',
  '纲要', '綱要',
  '指南',
  '规则', '規則',
  '条例', '條例',
  '公告',
  '通告',
  '批复', '批覆',
  '纪要', '紀要',
  '总结', '總結',
  '措施',
  '标准', '標準',
  '章程',
  '清单', '清單',
  '函',
];

/** A draft or trial mark after the kind: （试行） （征求意见稿）. */
const KIND_SUFFIX = '(?:[（(](?:试行|試行|征求意见稿|徵求意見稿|草案|修订稿|修訂稿|暂行|暫行)[)）])?';

/** A title line ends with the kind of document. */
export const TITLE_END = new RegExp(`(?:${oneOf(DOC_KINDS)})${KIND_SUFFIX}$`);

/** A news headline about a document: 学校2022年工作要点出台 → the document is 学校2022年工作要点. */
export const NEWS_HEADLINE = new RegExp(`^(.{4,}?(?:${oneOf(DOC_KINDS)})${KIND_SUFFIX})(?:正式)?(?:出台|印发|印發|发布|發布|公布|出炉|出爐|面世|亮相|实施|實施|来|來)(?:了|啦)?$`);

/** A notice that publishes or forwards another document: 关于印发《…》的通知. */
export const COVER_NOTICE = /(关于|關於)(印发|印發|转发|轉發|公布|发布|發布|颁布|頒布)[^，。]*的通知$/;

/** The document a cover notice's title names: in 《》, or, where the notice leaves them out, the words between the verb and 的通知. */
export function namedByNotice(title: string): string | undefined {
  const quoted = /《(.+?)》/.exec(title)?.[1];
  if (quoted) return quoted;
  const bare = /(?:关于|關於)(?:印发|印發|转发|轉發|公布|发布|發布|颁布|頒布)(.{4,60}?)的通知$/.exec(title)?.[1];
  return bare && TITLE_END.test(bare) ? bare : undefined;
}

const CN_DATE_DIGIT = '[〇○◯零O０0一二三四五六七八九]';
const YEAR = `(?:(?:19|20|１９|２０)[0-9０-９]{2}|${CN_DATE_DIGIT}{4})`;
const MONTH_DAY = '(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})';
/** A date written out: 2016年3月30日, 二〇一七年九月十三日 (with 〇 U+3007, ○ U+25CB or 零), or only its month: 2023年3月. */
export const WRITTEN_DATE = new RegExp(`${YEAR}\\s*年\\s*${MONTH_DAY}\\s*月(?:\\s*${MONTH_DAY}\\s*日)?`);
/** 成文日期: a line that is only a date. */
export const DATE_LINE = new RegExp(`^${WRITTEN_DATE.source}$`);

/**
 * How the name of an issuing body ends: ministries, departments, bureaus, commissions, offices,
 * governments, Party committees, centres and schools.
 */
export const BODY_ENDINGS = [
  '部', '司', '厅', '廳', '局', '委', '委员会', '委員會', '办', '辦', '办公室', '辦公室', '政府', '党委', '黨委', '党组', '黨組',
  '支部', '总支', '總支', '中心', '学校', '學校', '中学', '中學', '小学', '小學', '幼儿园', '幼兒園', '学院', '學院', '大学', '大學',
  '研究院', '研究所', '教育署', '处', '處', '科', '室', '院', '会', '會', '馆', '館', '站', '所', '小组', '小組', '集团', '集團',
];
/**
 * A school's short name ends so (南江一中, 实验二小, 第一高中, 南山镇中心校, 城关完小, 师大附中): an
 * ordinal before 中 or 小 is always a school; 初中 and 高中 alone name a stage of schooling, not a body.
 */
export const SCHOOL_SHORT_ENDING = '第?[一二三四五六七八九十]{1,3}(?:高中|初中|中|小)|实验(?:初中|高中)|實驗(?:初中|高中)|中心校|完小|附中|附小|职中|職中|职高|職高|中专|中專';
const BODY_NAME = `[\\u4e00-\\u9fff（）()]{2,30}?(?:${oneOf(BODY_ENDINGS)}|${SCHOOL_SHORT_ENDING})`;
/** 发文机关署名: one issuing body, or several separated by spaces (联合行文). */
export const SIGNATURE_LINE = new RegExp(`^${BODY_NAME}(?:[\\s\\u3000]+${BODY_NAME}){0,5}$`);
/** A body that signs and dates on one line: 上海市浦东新区教育局 2016年3月30日. */
export const SIGNATURE_WITH_DATE = new RegExp(`^(${BODY_NAME}(?:[\\s\\u3000]+${BODY_NAME}){0,5})[\\s\\u3000]+(${WRITTEN_DATE.source})$`);

/** 发文字号: 教研〔2022〕1号, 沪教委基〔2020〕3号, 浦教德2017【10号】. */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}\s*[〔［[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*第?\s*\d{1,4}\s*号|[\u4e00-\u9fff]{1,12}(?:19|20)\d{2}\s*[【[]\s*\d{1,4}\s*号\s*[】\]]/;
/** A line that is only a document number. */
export const DOC_NUMBER_LINE = new RegExp(`^(?:${DOC_NUMBER.source})$`);

/** 发文机关标志 of a 版头: the issuing body's name followed by 文件 (江北区教育局文件). */
export const MASTHEAD_LINE = new RegExp(`^(${BODY_NAME}(?:[\\s\\u3000]+${BODY_NAME}){0,5})[\\s\\u3000]*文件$`);

/** A news headline that a body published a document: 江北市教育局印发《2023年全市教育工作要点》. */
export const PUBLISHED_HEADLINE = new RegExp(`^(${BODY_NAME})(?:正式)?(?:印发|印發|发布|發布|出台|公布|颁布|頒布)了?《(.{4,}?)》$`);
/** 南江市教育局：2024年全市教育工作要点, 南江一中｜2024年春季学期工作计划 — the body that publishes, a colon or bar, the document's name. */
export const PUBLISHER_HEADLINE = new RegExp(`^(${BODY_NAME})\\s*[：:｜|丨]\\s*《?(.{4,}?)》?$`);

/** 主送机关: a short line ending with a colon that names bodies (各…、…：). */
export const ADDRESSEE_LINE = /^(?=.*(?:各|全体|所属|局属|直属|有关|相关|[、，,]))[^。；;！？]{2,150}[：:]$/;

/** 附件说明: 附件：…, 附件1：…, 附件 or an attachment's own header 附件1   title (附件1关于… where a dump closed the space up). */
export const ATTACHMENT_LABEL = /^附\s*件\s*(?:([0-9０-９]{1,2})?(?:\s*[:：]\s*|\s+|$)|[0-9０-９]{1,2}(?=[\u4e00-\u9fff《“][^，,。；;]{2,80}$))/;

/** 版记 and 附注: 抄送：…, …印发 (with the date), （此件公开发布）. */
export const COLOPHON_LINE = new RegExp(
  [
    '^抄\\s*送[:：]',
    '^主\\s*题\\s*词[:：]',
    `^.{2,40}${WRITTEN_DATE.source}\\s*印发$`,
    '^[（(](?:此件|本件)[^）)]{1,20}[)）]$',
    // 附注 after the date: （联系人：张明，电话：…）
    '^[（(]\\s*(?:联系人|聯繫人|联系方式|聯繫方式)[:：][^（）()]{1,80}[)）]$',
  ].join('|'),
);

/** Words by which a body names itself instead of its name (学校2022年工作要点): resolved from the site that published it. */
export const SELF_REFERENCE = /^(?:学校|我校|本校|全校|學校|我局|本局|我委|本委|我厅|本厅|我院|本院|我中心|本中心)/;
