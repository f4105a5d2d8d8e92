/**
 * Re-scrapes of one text, as another scraper or a later visit would give them: other line
 * endings, doubled blank lines, other page chrome around the article, a typo fixed in the
 * body. A plan's anchors must not change under any of them. Deterministic.
 */
export interface Rescrape {
  name: string;
  text: string;
}

/** Chrome that another site would wrap around the same article. */
const OTHER_CHROME_ABOVE = ['网站首页 > 通知公告 > 正文', '发布时间：2024-05-06 09:12:33  来源：本站  浏览次数：1024', ''];
const OTHER_CHROME_BELOW = ['', '上一篇：关于做好暑期安全工作的通知', '下一篇：关于开展读书节活动的通知', '版权所有：某某市教育局  ICP备12345678号'];

export function rescrapes(text: string): Rescrape[] {
  const lines = text.split(/\r\n|\r|\n/);
  return [
    { name: 'CRLF line endings', text: lines.join('\r\n') },
    { name: 'doubled blank lines', text: lines.flatMap((l) => (l.trim() === '' ? [l, ''] : [l])).join('\n') },
    { name: 'other page chrome', text: [...OTHER_CHROME_ABOVE, ...lines, ...OTHER_CHROME_BELOW].join('\n') },
    { name: 'a typo fixed', text: fixTypo(lines).join('\n') },
  ];
}

/** Changes one Han character in the middle of the longest line, as a corrected re-scrape would. */
function fixTypo(lines: string[]): string[] {
  let longest = 0;
  lines.forEach((l, i) => {
    if (l.length > lines[longest]!.length) longest = i;
  });
  const line = lines[longest]!;
  const at = [...line.matchAll(/[\u4e00-\u9fff]/g)]
    .filter((m) => !'〇一二三四五六七八九十是'.includes(m[0])).map((m) => m.index).at(Math.floor(line.length / 4)) ?? -1;
  if (at < 0) return lines;
  const copy = [...lines];
  copy[longest] = `${line.slice(0, at)}${line[at] === '的' ? '地' : '的'}${line.slice(at + 1)}`;
  return copy;
}
