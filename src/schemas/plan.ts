/**
 * The plan model: one schema for the converter, the content collection and the tests.
 * `z` comes from zod directly so the converter runs outside Astro; `astro/zod` re-exports the same zod.
 */
import { z } from 'zod';
import { RULES, type RuleId } from './rules.ts';

/** A rule id of the catalogue. */
const ruleId = z.enum(Object.keys(RULES) as [RuleId, ...RuleId[]]);

/** Anchor ids are ASCII, lowercase, hyphen-separated: `s2-4`, `s3-1-2`, `s3-p1`, `preamble`. */
export const anchorId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'anchor ids are lowercase ASCII letters, digits and hyphens');

/** How a document numbers a level, outermost first (src/converter/patterns.ts). */
export const numberingStyle = z.enum([
  'cn-part',
  'cn-dun',
  'cn-paren',
  'arabic',
  'arabic-paren',
  'arabic-half-paren',
  'circled',
  'cn-shi',
  'cn-ordinal',
  'cn-stage',
  'cn-article',
  // 【一】 and 【1】, as posts and some CMS editors set their headings.
  'cn-bracket',
  'arabic-bracket',
  // Decimal outlines (1 / 1.1 / 1.1.1), by the count of their parts.
  'decimal-1',
  'decimal-2',
  'decimal-3',
]);
export type NumberingStyle = z.infer<typeof numberingStyle>;

/** Administrative level of the issuer, used for filtering. */
export const planLevel = z.enum(['national', 'provincial', 'city', 'district', 'school']);

/** How a level reads in the interface and in search filters. */
export const LEVEL_NAMES: Record<z.infer<typeof planLevel>, string> = { national: '国家', provincial: '省级', city: '市级', district: '区县', school: '学校' };

export interface PlanNode {
  /** Stable anchor, derived from the numbering path, e.g. `s2-4`. */
  id: string;
  /** The document's own numeral without punctuation ("二", "4"), or null for an unnumbered block. */
  number: string | null;
  /** The numbering exactly as printed ("二、", "（一）", "4.", "一是"), or null. */
  marker: string | null;
  /** The numbering style (一、 is `cn-dun`, （一） `cn-paren`, 1. `arabic` …), or null for an unnumbered block. */
  style: NumberingStyle | null;
  /** The item's heading, or null when it has none. */
  title: string | null;
  /** What separated the title from the body in the source: "。", " ", "" (glued) or "\n" (the heading had its own line). */
  delimiter: string;
  /** The rest of the item's own text, in order. */
  paragraphs: string[];
  children: PlanNode[];
  /** Published anchors of earlier versions that now land on this item (registry). */
  aliases?: string[];
}

export const planNode: z.ZodType<PlanNode> = z.lazy(() =>
  z.object({
    id: anchorId,
    number: z.string().nullable(),
    marker: z.string().nullable(),
    style: numberingStyle.nullable(),
    title: z.string().nullable(),
    delimiter: z.string(),
    paragraphs: z.array(z.string()),
    children: z.array(planNode),
    aliases: z.array(anchorId).optional(),
  }),
);

export const planMeta = z.object({
  /** The plan's own title, e.g. 教育部基础教育司2022年工作要点. */
  title: z.string().min(1),
  /** Where the title came from: a line of the text, the front matter of an export, built from the text, or the sidecar. */
  titleSource: z.enum(['text', 'front-matter', 'built', 'sidecar']),
  /**
   * Where the issuer came from: the document's signature (落款), its 版头 (X文件), its title (X关于… / X2022年…),
   * the cover notice's signature, a legal database's header, an article's byline, the site that
   * published it, the sidecar; null when there is no issuer.
   */
  issuerSource: z.enum(['signature', 'masthead', 'title', 'wrapper', 'database', 'byline', 'site', 'sidecar']).nullable().default(null),
  /** Where the date came from: the signature's 成文日期, the cover notice, the page's publish line, the sidecar. */
  dateSource: z.enum(['signature', 'wrapper', 'page', 'sidecar']).nullable().default(null),
  /** Year the plan is for, e.g. 2022. */
  year: z.number().int().min(1949).max(2100).nullable(),
  /** Issuing body, e.g. 教育部基础教育司, or null when the text does not say. */
  issuer: z.string().nullable(),
  /** Publication date as YYYY-MM-DD, or null. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** zh-Hans or zh-Hant, detected from the characters of the body. */
  language: z.enum(['zh-Hans', 'zh-Hant']),
  level: planLevel.nullable(),
  /** Region named by the issuer or title, e.g. 平顶山市. */
  region: z.string().nullable(),
  /** Source encoding of the raw file, e.g. utf-8, utf-16le, gb18030. */
  encoding: z.string(),
  /** Path of the raw file relative to the project, e.g. plans/2022-moe-basic-education.txt. */
  source: z.string(),
  /** The format the plan was read from: text, a saved web page, a Word file, a PDF. */
  format: z.enum(['text', 'html', 'docx', 'pdf']).default('text'),
  /** How the text was taken out of the file, in order (main content found, numbering drawn, pages joined). */
  steps: z.array(z.string()).default([]),
  /** The sidecar's series key, joining the years of a renamed or merged issuer; absent when the issuer says it. */
  series: z.string().optional(),
});

export const removedLine = z.object({
  /** 1-based line of the raw file. */
  line: z.number().int().min(1),
  text: z.string(),
  /** Stable rule id of the pattern that removed it, e.g. `footer` (src/schemas/rules.ts). */
  rule: ruleId,
  reason: z.string(),
});

export const warning = z.object({
  line: z.number().int().min(1).nullable(),
  rule: ruleId,
  message: z.string(),
});

/** 发文机关署名 and 成文日期 (落款): who signed the document and when, as printed and as data. */
export const signature = z.object({
  /** The signing bodies as printed, e.g. 教育部 财政部 国家发展改革委; null when only a date is printed. */
  issuer: z.string().nullable(),
  /** 成文日期 as YYYY-MM-DD, or null. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** The signature's lines exactly as printed, e.g. ["上海市浦东新区教育局", "2016年3月30日"]. */
  lines: z.array(z.string()),
});

/** The parts of an official document around its body (GB/T 9704-2012 §7), as found in the text. */
const documentParts = {
  /** 发文机关标志 of the 版头, e.g. 江北区教育局文件. */
  masthead: z.string().nullable().default(null),
  /** 发文字号, e.g. 教研〔2022〕1号. */
  docNumber: z.string().nullable().default(null),
  /** 主送机关, as printed without the closing colon, e.g. 各省、自治区、直辖市人民政府. */
  addressees: z.string().nullable().default(null),
  signature: signature.nullable().default(null),
  /** 附件说明: the attachments' names, in order, without their numbers. */
  attachments: z.array(z.string()).default([]),
  /** 附注 and 版记 (抄送, 印发机关和印发日期), as printed. */
  colophon: z.array(z.string()).default([]),
};

/** A notice that publishes, forwards or wraps the plan (关于印发《…》的通知): kept, shown collapsed above it. */
export const wrapper = z.object({
  title: z.string().nullable(),
  /** What carries the notice and is printed before it (a report's lead, a notice forwarding it), its text in order. */
  carrier: z.array(z.string()).default([]),
  ...documentParts,
  /** The notice's own text, in order (its headings included, as printed). */
  paragraphs: z.array(z.string()),
});

/**
 * A table of the document (a task table: 序号 / 工作任务 / 责任部门 / 完成时间), as rows of cells.
 * It stands inside a node after `at` of its paragraphs, in the preamble, in the wrapping notice,
 * or after the plan as its attachment (`appendix`), under its caption (附件1 …分解表).
 */
export const planTable = z.object({
  /** Stable anchor: t1, t2 … in the order of the document. */
  id: anchorId,
  /** Anchor of the node holding it, or preamble, wrapper, appendix. */
  within: anchorId,
  /** How many of the holder's paragraphs come before it. */
  at: z.number().int().min(0),
  /** The lines printed above an attached table (附件1, its title), joined by a space; null inside the text. */
  caption: z.string().nullable(),
  rows: z.array(z.array(z.string())).min(1),
});

export const plan = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  meta: planMeta,
  preamble: z.array(z.string()),
  sections: z.array(planNode),
  ...documentParts,
  wrapper: wrapper.nullable().default(null),
  /** Tables of the document (read from a web page, a Word file): never items, shown as tables. */
  tables: z.array(planTable).default([]),
  removed: z.array(removedLine),
  warnings: z.array(warning),
  /** Published anchors whose items were removed in a revision, with the editor's note. */
  retired: z.array(z.object({ id: anchorId, title: z.string(), note: z.string() })).optional(),
  /** Pages of cited documents published before (registry): normalised citation → slug, kept for good. */
  citedSlugs: z.record(z.string(), z.string()).optional(),
});

export type Plan = z.infer<typeof plan>;
export type Signature = z.infer<typeof signature>;
export type PlanTable = z.infer<typeof planTable>;
export type Wrapper = z.infer<typeof wrapper>;
export type PlanMeta = z.infer<typeof planMeta>;
export type RemovedLine = z.infer<typeof removedLine>;
export type Warning = z.infer<typeof warning>;
export type PlanLevel = z.infer<typeof planLevel>;
