/**
 * The same document as other kinds of site print it: a WeChat post, a government portal's
 * article page, a newspaper's report that prints it in full, a document-sharing site's preview,
 * a PDF dumped to text (every paragraph cut at GB/T 9704's 28 characters a line). Lines of
 * chrome are of the genre (what such pages hold), not of one site; a sharing site's preview wall
 * stands between two lines a third of the way down, as its first pages end.
 */
import { emWidth } from '../src/converter/unwrap.ts';

export type Shape = 'wechat' | 'portal' | 'share' | 'news' | 'pdf';

const CHROME: Record<Exclude<Shape, 'pdf'>, { above: string[]; below: string[] }> = {
  wechat: {
    above: ['原创 南江教育 南江教育 2024-03-08 18:30 发表于广东', '点击蓝字 关注我们', ''],
    below: ['', '来源：南江教育', '编辑：小南', '审核：王明', '预览时标签不可点', '微信扫一扫', '关注该公众号', '继续滑动看下一个', '轻触阅读原文', '南江教育', '向上滑动看下一个', '知道了', '微信扫一扫使用小程序', '取消 允许', '分享 留言 收藏', '在看', '写留言'],
  },
  portal: {
    above: ['网站首页 | 设为首页 | 加入收藏', '当前位置：首页 > 政务公开 > 规划计划', '发布时间：2024-03-05 10:20 来源：办公室 浏览次数：1523', '【字体：大 中 小】 【打印本页】 【关闭窗口】', ''],
    below: ['', '附件下载：{title}.docx', '分享到：微信 微博 QQ空间', '返回顶部', '上一篇：关于做好2024年寒假安全工作的通知', '下一篇：南江市2024年中小学招生工作意见', '主办：南江教育网 承办：南江信息中心', '地址：南江路100号 电话：0571-12345678', '浙ICP备12345678号 浙公网安备33010202000123号'],
  },
  news: {
    above: ['南江召开2024年教育工作会议', '2024-02-20 10:35 来源：南江日报', '2月19日，全市教育工作会议召开，部署全年重点工作。会议印发了《{title}》，全文如下：'],
    below: ['（记者 李明 通讯员 王芳）', '责任编辑：张华'],
  },
  share: {
    above: ['{title} - 百度文库', '登录 | 注册 | 下载文档 | 收藏 | 举报', '上传人：user2024 上传时间：2024-03-02 格式：docx 页数：6 大小：42KB', ''],
    below: ['免费阅读已结束，点击下载阅读编辑剩下 ...', '本文档由用户上传，仅供学习交流，如有侵权请联系删除。', '下载积分：800  内容提示：{title}', 'VIP免费下载  立即下载', '相关文档', '{title}（精选）', '2023年工作计划范文'],
  },
};

/** Paragraphs set as a PDF sets them, `measure` characters a line, the first line indented two (an indent a dump drops). */
export function dumpedFromPdf(paragraphs: readonly string[], measure = 28): string {
  return paragraphs
    .flatMap((paragraph) => {
      const lines: string[] = [];
      let line = '';
      let width = 2;
      for (const ch of paragraph.trim()) {
        if (width + emWidth(ch) > measure) {
          lines.push(line);
          line = '';
          width = 0;
        }
        line += ch;
        width += emWidth(ch);
      }
      return [...lines, line];
    })
    .join('\n');
}

export function printAs(shape: Shape, text: string, title: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (shape === 'pdf') return dumpedFromPdf(lines);
  const fill = (chrome: string[]) => chrome.map((l) => l.replaceAll('{title}', title));
  const { above, below } = CHROME[shape];
  if (shape !== 'share') return [...fill(above), ...lines, ...fill(below)].join('\n');
  const at = Math.floor(lines.length / 3);
  return [...fill(above), ...lines.slice(0, at), '还剩5页未读，继续阅读', ...lines.slice(at), ...fill(below)].join('\n');
}
