/**
 * The catalogue of rule ids: every removal, warning and error the converter can report, with
 * what it does and, for the report page, its reason in Chinese. The English reasons stay in the
 * model (`removed[].reason`) and the CLI; readers of the site see these.
 */
export type RuleEffect = 'remove-line' | 'remove-fragment' | 'keep-elsewhere' | 'warning' | 'error';

export interface RuleInfo {
  effect: RuleEffect;
  /** Why, in the words of the report page. */
  zh: string;
}

export const RULES = {
  // page chrome, anywhere or outside the document
  spam: { effect: 'remove-line', zh: '垃圾广告关键词' },
  'excerpt-marker': { effect: 'remove-fragment', zh: '博客导出的摘要分隔标记' },
  'reading-wall': { effect: 'remove-line', zh: '文库网站的预览截断提示（还剩几页未读）' },
  'tool-stamp': { effect: 'remove-line', zh: '文档转换工具的水印或 Word 域代码' },
  'template-directive': { effect: 'remove-line', zh: '残留的网页模板指令或标签' },
  'page-command': { effect: 'remove-line', zh: '方括号页面命令（打印本页、关闭窗口）' },
  'page-note': { effect: 'remove-line', zh: '印刷文件的页面说明（此页无正文）' },
  toc: { effect: 'remove-line', zh: '印刷文件的目录（标题……页码）' },
  pagination: { effect: 'remove-line', zh: '分页文章的翻页链接（上一页 1 2 下一页）' },
  'markdown-link': { effect: 'remove-line', zh: '指向原文的 Markdown 链接' },
  'page-number': { effect: 'remove-line', zh: 'PDF 转成文本时留下的页码（— 3 —）' },
  breadcrumb: { effect: 'remove-line', zh: '网站导航或面包屑' },
  'disclosure-box': { effect: 'remove-line', zh: '政府信息公开目录的信息栏（索引号、发布机构、文号……）' },
  'site-name': { effect: 'remove-line', zh: '网站名称' },
  'welcome-banner': { effect: 'remove-line', zh: '网站欢迎横幅' },
  'pkulaw-header': { effect: 'remove-line', zh: '法规数据库的题头（北大法宝）' },
  'publish-info': { effect: 'remove-line', zh: '发布时间、来源或点击数' },
  timestamp: { effect: 'remove-line', zh: '发布时间戳' },
  'journal-issue': { effect: 'remove-line', zh: '期刊名和期号' },
  keywords: { effect: 'remove-line', zh: '关键词列表' },
  byline: { effect: 'remove-line', zh: '署名行' },
  footer: { effect: 'remove-line', zh: '网站页脚（版权、备案、联系方式）' },
  'comment-box': { effect: 'remove-line', zh: '评论框' },
  'site-promo': { effect: 'remove-line', zh: '文库或范文网站的推广语' },
  'file-link': { effect: 'remove-line', zh: '网页上附件文件的下载链接（….docx、….pdf）' },
  'share-bar': { effect: 'remove-line', zh: '分享或打印按钮' },
  'page-button': { effect: 'remove-line', zh: '页面按钮或链接（我要报名、下载、上一篇）' },
  tail: { effect: 'remove-line', zh: '正文结束之后的页面内容' },
  'front-matter': { effect: 'remove-line', zh: '博客或内容管理系统导出的元数据' },
  'page-header': { effect: 'remove-line', zh: '标题之上的页面标题或导航' },
  'page-marker': { effect: 'remove-fragment', zh: '文库网站的分页页码' },
  teaser: { effect: 'remove-fragment', zh: '插入正文的诱导点击文字' },
  'page-counter': { effect: 'remove-fragment', zh: '页码计数' },
  'glued-chrome': { effect: 'remove-fragment', zh: '粘连在行首的网站控件' },
  'markdown-bold': { effect: 'remove-fragment', zh: 'Markdown 加粗标记（标记，不是文字）' },
  'html-tag': { effect: 'remove-fragment', zh: '残留在文本中的网页排版标签（<p>、<br/>、<span>）' },
  'markdown-image': { effect: 'remove-fragment', zh: 'Markdown 图片（![…](…)），不是文字' },
  'markdown-markup': { effect: 'remove-fragment', zh: 'Markdown 标记（标题井号、引用符、列表符号、分隔线），不是文字' },
  'download-link': { effect: 'remove-fragment', zh: '粘连在行内的下载链接' },
  ornament: { effect: 'remove-fragment', zh: '标题前的装饰符号（▍ ◆ ★ ■）' },
  // markup of web pages, Word files and PDFs
  'outside-main': { effect: 'remove-line', zh: '网页正文区域之外的内容（导航、侧栏、页脚）' },
  navigation: { effect: 'remove-line', zh: '链接列表（导航、推荐阅读、相关文章）' },
  hidden: { effect: 'remove-line', zh: '网页上隐藏、读者看不到的文字' },
  'running-header': { effect: 'remove-line', zh: 'PDF 每页重复的页眉或页脚' },
  // parts of the document kept elsewhere in the model
  title: { effect: 'keep-elsewhere', zh: '计划标题，保存为元数据中的标题' },
  'attachment-label': { effect: 'keep-elsewhere', zh: '附件说明的标签，附件名保存在附件列表中' },
  'attachment-number': { effect: 'keep-elsewhere', zh: '附件说明的序号，顺序保存在附件列表中' },
  'cover-notice': { effect: 'keep-elsewhere', zh: '印发计划的通知' },
  // warnings
  'glued-title': { effect: 'warning', zh: '条目标题与正文粘连，未能分开' },
  'out-of-sequence': { effect: 'warning', zh: '编号不连续' },
  'numbering-restart': { effect: 'warning', zh: '同一标题下编号从 1 重新开始，按正文文字处理' },
  'control-characters': { effect: 'warning', zh: '删除了不可见字符或控制字符' },
  'no-title': { effect: 'warning', zh: '未找到标题' },
  'anchor-vanished': { effect: 'warning', zh: '已发布的锚点找不到对应条目' },
  'doubt-no-items': { effect: 'warning', zh: '存疑：十个以上的部分却没有条目' },
  'doubt-sections-unseen': { effect: 'warning', zh: '存疑：条目连续编号，却有像一级标题的行未被识别' },
  'doubt-title-incomplete': { effect: 'warning', zh: '存疑：标题不完整' },
  'doubt-title-continues': { effect: 'warning', zh: '存疑：标题可能在下一行继续' },
  'doubt-heading-in-paragraph': { effect: 'warning', zh: '存疑：段落中似乎夹着一个标题' },
  // errors: the plan is not converted
  'empty-file': { effect: 'error', zh: '文件为空' },
  'binary-file': { effect: 'error', zh: '不是文本文件' },
  'no-chinese': { effect: 'error', zh: '没有中文文字' },
  undecodable: { effect: 'error', zh: '无法识别的编码' },
  'no-structure': { effect: 'error', zh: '未找到编号条目' },
  'bad-slug': { effect: 'error', zh: '文件名不符合要求' },
  'outside-link': { effect: 'error', zh: '链接指向 plans/ 之外的文件' },
  'not-a-file': { effect: 'error', zh: '不是普通文件' },
  'too-large': { effect: 'error', zh: '文件过大' },
  'sidecar-yaml': { effect: 'error', zh: '附加设置文件不是有效的 YAML' },
  'sidecar-invalid': { effect: 'error', zh: '附加设置文件的键或值有误' },
  'sidecar-titles': { effect: 'error', zh: '附加设置文件的标题切分有误' },
  'registry-conflict': { effect: 'error', zh: '锚点登记文件有合并冲突' },
  'registry-json': { effect: 'error', zh: '锚点登记文件不是有效的 JSON' },
  'registry-entry': { effect: 'error', zh: '锚点登记文件的条目有误' },
  'unsupported-format': { effect: 'error', zh: '不支持的文件格式（.doc、.wps 请另存为 .docx）' },
  'broken-file': { effect: 'error', zh: '文件已损坏或不是它的扩展名所说的格式' },
  'unsafe-file': { effect: 'error', zh: '文件展开后过大或含有实体声明，拒绝读取' },
  'encrypted-pdf': { effect: 'error', zh: 'PDF 已加密' },
  'no-text-layer': { effect: 'error', zh: 'PDF 没有文字层（扫描件）' },
  'too-many-pages': { effect: 'error', zh: 'PDF 页数过多' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** The Chinese reason of a rule id, or null for an id the catalogue does not know. */
export function ruleReason(id: string): string | null {
  return (RULES as Record<string, RuleInfo>)[id]?.zh ?? null;
}
