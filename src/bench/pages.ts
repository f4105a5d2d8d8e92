/**
 * A plan's text as a page of a bureau's site would carry it: navigation, a breadcrumb, a
 * publish line, share buttons, previous/next links, a 推荐阅读 list, a footer; optionally GBK and
 * in the markup of Word's "Save as HTML" (digits in <span lang=EN-US>, soft line breaks in the
 * source). Each line of the text is a paragraph. For the format tests and the bench.
 */
import iconv from 'iconv-lite';
import { escapeHtml } from '../text/html.ts';

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

