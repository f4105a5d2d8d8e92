/**
 * A plan's text as it is published elsewhere: a web page on a bureau's site (navigation, a
 * breadcrumb, a 推荐阅读 list, a footer; optionally GBK and in the markup of Word's "Save as
 * HTML"), a Word file written by the `docx` package with Word's own numbering for the items, and
 * the print page Chromium turns into a PDF. Each line of the text is a paragraph, as an editor
 * would have typed it.
 */
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { decode } from '../../src/converter/decode.ts';
import { matchNumbering, type Numbering } from '../../src/converter/patterns.ts';

import type { Plan, PlanNode } from '../../src/schemas/plan.ts';

export function linesOf(bytes: Uint8Array): string[] {
  return decode(bytes)
    .text.split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A Word "Save as HTML" paragraph: digits in <span lang=EN-US>, no-break padding, soft line breaks in the source. */
function wordParagraph(line: string): string {
  const body = escapeHtml(line)
    .replace(/(\d+)/g, '<span lang=EN-US>$1</span>')
    .replace(/^(.{12})(.)/u, '$1\n$2');
  return `<p class=MsoNormal style='text-indent:28.0pt;mso-char-indent-count:2.0'><span style='font-family:仿宋_GB2312'>${body}<o:p></o:p></span></p>`;
}

export function pageOf(lines: readonly string[], options: { title: string; site?: string; gbk?: boolean; word?: boolean }): Uint8Array {
  const site = options.site ?? '江北区教育局';
  const charset = options.gbk ? 'gb2312' : 'utf-8';
  const nav = ['首页', '机构概况', '政务公开', '通知公告', '教育动态', '办事服务', '互动交流'].map((n, i) => `<li><a href="/c${i}/">${n}</a></li>`).join('');
  const related = ['关于做好2023年春季学期开学工作的通知', '全市中小学校长培训班开班', '区教育局召开安全工作会议', '关于公布优秀教学成果奖名单的通知']
    .map((t, i) => `<li><a href="/a/${i}.html">${t}</a><span>2023-0${i + 1}-1${i}</span></li>`)
    .join('');
  const paragraphs = options.word ? lines.map(wordParagraph).join('\n') : lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escapeHtml(options.title)}_通知公告_${escapeHtml(site)}</title>
<script>var _hmt = _hmt || []; document.write('<p>统计代码</p>');</script>
<style>.nav li{float:left}</style></head>
<body onload="init()">
<div class="top"><div class="logo"><a href="/"><img src="/logo.png" alt="江北区教育局"></a></div>
<ul class="nav">${nav}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; 正文</div>
<div class="main"><div class="left">
<div class="article">
<div class="info">发布时间：2023-03-01　来源：江北区教育局　浏览次数：1024</div>
<div class="content">
${paragraphs}
</div>
<div class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a></div>
<div class="prev-next"><p>上一篇：<a href="/a/1.html">关于做好2023年春季学期开学工作的通知</a></p><p>下一篇：<a href="/a/2.html">全市中小学校长培训班开班</a></p></div>
</div></div>
<div class="right"><h3>推荐阅读</h3><ul class="list">${related}</ul></div></div>
<div class="footer"><p>版权所有：江北区教育局　地址：江北区人民路1号　电话：0000-12345678</p><p>备案号：某ICP备12345678号</p></div>
</body></html>`;
  return options.gbk ? new Uint8Array(iconv.encode(html, 'gbk')) : new TextEncoder().encode(html);
}

/** Numbering Word can draw: the style's numeral in the marker's own punctuation. */
const WORD_FORMATS: Partial<Record<Numbering['style'], (typeof LevelFormat)[keyof typeof LevelFormat]>> = {
  'cn-dun': LevelFormat.CHINESE_COUNTING,
  'cn-paren': LevelFormat.CHINESE_COUNTING,
  arabic: LevelFormat.DECIMAL,
  'arabic-paren': LevelFormat.DECIMAL,
  circled: LevelFormat.DECIMAL_ENCLOSED_CIRCLE,
};

/**
 * A Word file of the lines. A line opening with a marker of a style Word can number is a
 * paragraph of a Word list drawing that marker — one list per marker shape, a new instance where
 * the printed number starts again at 1; a number Word would not draw (out of sequence) stays text.
 */
export async function docxOf(lines: readonly string[], title: string): Promise<{ bytes: Uint8Array; numbered: number }> {
  const shapes = new Map<string, { format: (typeof LevelFormat)[keyof typeof LevelFormat]; last: number; instance: number }>();
  let numbered = 0;
  const paragraphs = lines.map((line, i) => {
    const n = matchNumbering(line);
    const format = n && !/[０-９]/.test(n.marker) ? WORD_FORMATS[n.style] : undefined;
    if (n && format) {
      const shape = n.marker.replace(n.number, '%1');
      const seen = shapes.get(shape) ?? { format, last: 0, instance: 0 };
      shapes.set(shape, seen);
      if (n.value === 1 || n.value === seen.last + 1) {
        if (n.value === 1) seen.instance++;
        seen.last = n.value;
        numbered++;
        return new Paragraph({
          numbering: { reference: `list-${[...shapes.keys()].indexOf(shape)}`, level: 0, instance: seen.instance },
          children: [new TextRun(line.slice(n.marker.length))],
        });
      }
    }
    return new Paragraph({ alignment: i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun(line)] });
  });
  const config = [...shapes.entries()].map(([shape, { format }], index) => ({
    reference: `list-${index}`,
    levels: [{ level: 0, format, text: shape, start: 1, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT }],
  }));
  const doc = new Document({ title, creator: 'yaodian tests', numbering: { config }, sections: [{ children: paragraphs }] });
  return { bytes: new Uint8Array(await Packer.toBuffer(doc)), numbered };
}

/**
 * The document a plan was printed from, paragraph by paragraph: title, preamble, each item's
 * marker and heading (on its own line when the source set it apart), its paragraphs, the
 * signature. A PDF is printed from the document, not from a scrape of it: no site chrome, no
 * page markers of a document-sharing site.
 */
export function documentLinesOf(plan: Plan): string[] {
  const lines = [plan.meta.title, ...plan.preamble];
  const visit = (node: PlanNode) => {
    const [first, ...rest] = node.paragraphs;
    const heading = `${node.marker ?? ''}${node.title ?? ''}`;
    if (heading && node.delimiter !== '\n' && node.delimiter.trim() !== '' && first !== undefined) lines.push(`${heading}${node.delimiter}${first}`);
    else if (heading && node.delimiter === '' && first !== undefined) lines.push(`${heading}${first}`);
    else {
      if (heading) lines.push(heading);
      if (first !== undefined) lines.push(first);
    }
    lines.push(...rest);
    node.children.forEach(visit);
  };
  plan.sections.forEach(visit);
  lines.push(...(plan.signature?.lines ?? []));
  return lines.filter((l) => l.trim() !== '');
}

/** The page Chromium prints: the paragraphs, first lines indented two characters as in an official document. */
export function printPageOf(lines: readonly string[], fontCss: readonly string[]): string {
  const links = fontCss.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${links}<style>
@page { size: A4; margin: 25mm 26mm 30mm 28mm; }
body { font-family: 'Noto Serif SC', serif; font-size: 16pt; line-height: 1.6; }
p { margin: 0; text-indent: 2em; text-align: left; }
</style></head><body>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`;
}
