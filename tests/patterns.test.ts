/**
 * The pattern catalogue, case by case, on lines from real plans: full-width and half-width
 * forms, and the look-alikes that must not match.
 */
import { describe, expect, test } from 'vitest';
import { buildTitle, fiveYearPlanYear, levelOf, parseDate, secondTermYear, undouble, undress } from '../src/converter/meta.ts';
import { detectScript } from '../src/text/script.ts';
import { decimalTopLevel, INLINE_NOISE, LINE_NOISE, matchNumbering, numeralValue, TAIL_MARKER } from '../src/converter/patterns.ts';
import { gluedSplit, splitTitle } from '../src/converter/title-split.ts';

describe('numbering', () => {
  test.each([
    ['一、强化引领,始终坚持正确方向', 'cn-dun', '一', '一、'],
    ['十二、加强党的建设', 'cn-dun', '十二', '十二、'],
    ['（一）完善教育行政治理体系', 'cn-paren', '一', '（一）'],
    ['(九)做好学籍管理工作', 'cn-paren', '九', '(九)'],
    ['1.稳妥实施中小学领导体制改革', 'arabic', '1', '1.'],
    ['14.深化学生安全管理改革', 'arabic', '14', '14.'],
    ['2、加快课堂教学深度转型', 'arabic', '2', '2、'],
    ['3．提升“放管服”改革层级', 'arabic', '3', '3．'],
    ['１２．全角数字', 'arabic', '12', '１２．'],
    ['（1）开展主题教育', 'arabic-paren', '1', '（1）'],
    ['(2) 规范办学行为', 'arabic-paren', '2', '(2)'],
    ['1）加强养成教育', 'arabic-half-paren', '1', '1）'],
    ['12) 做好毕业班工作', 'arabic-half-paren', '12', '12)'],
    ['⑴落实全面从严治党责任', 'arabic-paren', '1', '⑴'],
    ['（ 一 ）落实全面从严治党责任', 'cn-paren', '一', '（ 一 ）'],
    ['二 、加强师德师风建设', 'cn-dun', '二', '二 、'],
    ['( 3 )规范办学行为', 'arabic-paren', '3', '( 3 )'],
    ['⒉加强师德师风建设', 'arabic', '2', '⒉'],
    ['㈢重点任务', 'cn-paren', '三', '㈢'],
    ['第二，加强师德师风建设', 'cn-ordinal', '二', '第二，'],
    ['①加强统筹', 'circled', '①', '①'],
    ['一是黨委政府高度重視。', 'cn-shi', '一', '一是'],
    ['第一部分 总体要求', 'cn-part', '一', '第一部分'],
    ['第三条 学校应当', 'cn-article', '三', '第三条'],
    ['第一阶段（2016年4月中旬）：各校开展活动、署级报名阶段。', 'cn-stage', '一', '第一阶段'],
    ['第四阶段（2016年12月）：区级总结表彰阶段。', 'cn-stage', '四', '第四阶段'],
    ['【一】加强党的全面领导', 'cn-bracket', '一', '【一】'],
    ['〔二〕提高教育教学质量', 'cn-bracket', '二', '〔二〕'],
    ['【3】完善集体备课制度', 'arabic-bracket', '3', '【3】'],
    ['1.1 深入学习贯彻党的二十大精神', 'decimal-2', '1.1', '1.1 '],
    ['2.3.1　优化干部选拔任用机制', 'decimal-3', '2.3.1', '2.3.1 '],
  ])('%s → %s', (line, style, number, marker) => {
    expect(matchNumbering(line)).toMatchObject({ style, number, marker });
  });

  test.each([
    ['1.5倍的增长', 'a decimal'],
    ['2020.1月', 'a date'],
    ['2022年是党的二十大召开之年', 'a year'],
    ['一月份召开全体教师大会', 'a month'],
    ['二月份', 'a month label'],
    ['一、', 'a bare marker'],
    ['1', 'a bare table row number'],
    ['一是', 'a bare enumeration'],
    ['是一是二', 'not paragraph-initial'],
    ['2.5亿元专项经费用于实验室改造', 'an amount'],
    ['2024.3 召开全市教育工作会议', 'a month'],
    ['【一图读懂】2024年工作要点', 'a label in brackets'],
    ['【十九大精神】学习辅导', 'a label in brackets'],
    ['1 加强党的全面领导', 'a bare number, read only from the outline below it'],
  ])('%s is not numbering (%s)', (line) => {
    expect(matchNumbering(line)).toBeNull();
  });

  test.each([
    ['1 加强党的全面领导', '1.1 深入学习贯彻党的二十大精神', '1'],
    ['12　提高人才培养质量', '12.1 深化本科教育教学改革', '12'],
    ['1 加强党的全面领导', '2.1 深化本科教育教学改革', null],
    ['3 条评论', '用户留言', null],
    ['2 加强领导。全面落实从严治党主体责任，健全工作机制。', '2.1 深化改革', null],
  ])("a decimal outline's top level: %s over %s → %s", (line, next, number) => {
    expect(decimalTopLevel(line, next)?.number ?? null).toBe(number);
  });

  test.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['④', 4], ['12', 12],
  ])('%s = %i', (numeral, value) => {
    expect(numeralValue(numeral)).toBe(value);
  });
});

describe('title and body', () => {
  test.each([
    ['筑牢疫情防线,守护师生安全健康', '筑牢疫情防线,守护师生安全健康', '', ''],
    ['指导思想 认真贯彻党的十九大、全国教育大会精神和市教委基础教育工作要点工作精神,深入实施新一轮', '指导思想', ' ', '认真贯彻'],
    ['积极主动履职作为。落实教育优先发展战略地位,以推动全国义务教育优质均衡县(区)和全省教育现代化达标区创建工作为抓手', '积极主动履职作为', '。', '落实教育'],
    ['稳妥实施中小学领导体制改革落实中办《关于建立中小学校党组织领导的校长负责制的意见(试行)》,推动各地认真分析研判', '稳妥实施中小学领导体制改革', '', '落实中办'],
    ['提高优质均衡发展水平出台构建优质均衡的基本公共教育服务体系的意见,指导各省制订实施方案,大力推进义务教育优质均衡发展。', '提高优质均衡发展水平', '', '出台构建'],
    ['深入推进中小学劳动教育指导各地各校制订劳动教育清单,落实劳动教育指导纲要,切实保障劳动教育时间,创新劳动教育载体。', '深入推进中小学劳动教育', '', '指导各地'],
    ['设立专场：校园集体舞展演专场和表演舞展演专场。两个专场均设小学组、初中组、高中组（含中等职业学校）。', '设立专场', '：', '校园集体'],
    ['电脑动漫：（1）电脑漫画作品以光盘形式递交，光盘中应包含有JPG格式文件', '电脑动漫', '：', '（1）电脑'],
    ['加强重视，广泛发动。各单位加强对学生艺术节活动的领导，建立相应工作班子', '加强重视，广泛发动', '。', '各单位'],
  ])('%s', (rest, title, delimiter, bodyStart) => {
    const split = splitTitle(rest);
    expect(split).toMatchObject({ title, delimiter, unsplit: false });
    expect(split.body.startsWith(bodyStart)).toBe(true);
  });

  test('a colon after a long or comma-separated lead is not a heading\'s end', () => {
    expect(splitTitle('各参赛单位须在4月25日—28日期间登录网站报名：点击首页底端的链接').title).not.toBe('各参赛单位须在4月25日—28日期间登录网站报名');
    expect(splitTitle('区级活动，主要包括：舞蹈讲座、作品展演').delimiter).not.toBe('：');
  });

  test('a long glued text with no known boundary stays whole, flagged', () => {
    const text = '各地要结合实际研究制定具体办法，切实把各项任务落到实处，确保取得实效，并按时报送工作进展情况和典型经验材料，以便及时总结推广各地的好经验好做法。';
    expect(gluedSplit(text)).toBe(-1);
    expect(splitTitle(text)).toMatchObject({ title: null, unsplit: true, body: text });
  });
});

describe('noise lines', () => {
  const ruleOf = (line: string) => LINE_NOISE.find((r) => r.test(line))?.id ?? null;
  test.each([
    ['当前位置:首页 > 范文大全 > 教育整顿 >', 'breadcrumb'],
    ['您的位置：首页 > 政务公开', 'breadcrumb'],
    ['欢迎光临平顶山市教育体育局!今天是:', 'welcome-banner'],
    ['发布时间:2022-06-10 09:50 栏目:政治学习 发布单位:固原市第七中学 点击量:2651 【公开】', 'publish-info'],
    ['时间:2023-01-15 11:35:04 来源:网友投稿', 'publish-info'],
    ['2022-11-17 04:13:58教育部基礎教育司司長呂玉剛', 'timestamp'],
    ['中小學校長 2022年9期', 'journal-issue'],
    ['關鍵詞:育人改革學校', 'keywords'],
    ['□教育部基礎教育司司長 呂玉剛', 'byline'],
    ['Copyright© 2020 nxeduyun.com. All rights reserved   宁ICP备16000125号', 'footer'],
    ['版权所有:平顶山市教育体育局 联系地址:平顶山市新城区和谐路中段', 'footer'],
    ['网站标识码 4104000017 联系电话:0375-2629911', 'footer'],
    ['学校地址:宁夏回族自治区固原市原州区北京东路64号     联系邮箱:601786308@qq.com', 'footer'],
    ['还能输入140', 'comment-box'],
    ['限制150内', 'comment-box'],
    ['正兴文秘网为您提供优质参考范文! 工作汇报 思想汇报 发言稿', 'site-promo'],
    ['下面是小编为大家整理的2022教育工作要点,供大家参考。', 'site-promo'],
    ['《2021年基础教育工作要点.doc》由会员分享,可在线阅读,更多相关《2021年基础教育工作要点.doc(11页珍藏版)》', 'site-promo'],
    ['999精品在线视频,手机成人午夜在线视频,久久不卡国产精品无码,中日无码在线观看', 'spam'],
    ['【法宝引证码】CLI.12.345678', 'pkulaw-header'],
    ['发文字号：江教发〔2023〕1号', 'pkulaw-header'],
    ['索引号： 11410400MB1234567X/2024-00012 主题分类： 教育', 'disclosure-box'],
    ['标　　题： 南江市教育局关于印发2024年全市教育工作要点的通知', 'disclosure-box'],
    ['文　　号： 南教〔2024〕5号 发布日期： 2024-02-22', 'disclosure-box'],
    ['发布机构：南江市教育局  成文日期：2024-02-20', 'disclosure-box'],
    ['南江市人民政府门户网站', 'site-name'],
    ['南江教育网', 'site-name'],
    ['首页 政务公开 政务服务 互动交流 走进南江', 'breadcrumb'],
    ['本文转自北辰区教育局官网', 'publish-info'],
    ['<#assign base = request.contextPath/>', 'template-directive'],
    ['【打印正文】【打印本页】【关闭窗口】', 'page-command'],
    ['[打印本页] [关闭窗口]', 'page-command'],
    ['[转入文章首发地址](http://gongxue.cn/info/1141/69766.htm)', 'markdown-link'],
    ['我要报名', 'page-button'],
    ['下载Word版本', 'page-button'],
    ['上一篇', 'page-button'],
    ['扫一扫在手机打开当前页', 'share-bar'],
    ['— 3 —', 'page-number'],
    ['- 12 -', 'page-number'],
    ['－ ２ －', 'page-number'],
    ['第2页', 'page-number'],
    ['微信扫一扫分享', 'share-bar'],
    ['<!--more-->', 'excerpt-marker'],
  ])('%s → %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });

  test.each([
    '2022年是党的二十大召开之年,基础教育工作要围绕中心、服务大局,积极作出应有贡献。',
    '落实控辍保学联控联保长效机制,推进控辍保学从动态清零转向常态清零。',
    '加强心理健康教育,推进全市心理健康示范校评比工作。',
    '召开全国基础教育十四五重大项目计划实施部署视频会,全面推动各项发展提升行动计划的落实。',
    '二月份',
    '序号',
    '持续宣传一批课后服务典型经验,推广优质在线视频课程资源。',
    '1—1',
    '2022—2023',
    '3',
    'Endnote 与 EndNote 文献管理培训',
    '首页设计要简洁美观，栏目设置合理。',
    '标题党现象仍需治理。',
  ])('body text stays: %s', (line) => {
    expect(ruleOf(line)).toBeNull();
    expect(TAIL_MARKER.test(line)).toBe(false);
  });

  test.each(['上一篇 关于做好2023年寒假安全工作的通知', '猜你喜歡', '推荐访问:工作要点 教育 2020年教育工作要点', '评论', '上一篇：江南市教育局2020年工作要点', '相关阅读', '主站蜘蛛池模板: 91人妻', 'END', '- END -', '—THE END—'])(
    '%s ends the article',
    (line) => expect(TAIL_MARKER.test(line)).toBe(true),
  );
});

describe('noise inside a line', () => {
  const clean = (line: string) => INLINE_NOISE.reduce((text, { re }) => text.replace(re, ''), line);
  test.each([
    ['1.加快补齐学前教育发展短板。 当前隐藏内容免费查看全力推行X城区', '1.加快补齐学前教育发展短板。全力推行X城区'],
    ['促进学生身心健康成长。 第 11 页 共 11 页', '促进学生身心健康成长。'],
    ['| 繁体 | 网站已支持ipv62020年平顶山市基础教育工作', '2020年平顶山市基础教育工作'],
    ['深入推<!--more-->进教育综合改革', '深入推进教育综合改革'],
    ['▍一、加强党的全面领导', '一、加强党的全面领导'],
    ['◆（二）加强基层党建', '（二）加强基层党建'],
    ['📌 三、加强教师队伍建设', '三、加强教师队伍建设'],
    ['★1.加强师德师风建设', '1.加强师德师风建设'],
    ['■【一】提高质量', '【一】提高质量'],
    ['□教育部基础教育司司长 吕玉刚', '□教育部基础教育司司长 吕玉刚'],
    ['★★★★★ 五星好评', '★★★★★ 五星好评'],
  ])('%s', (line, expected) => {
    expect(clean(line)).toBe(expected);
  });
});

describe('metadata helpers', () => {
  test.each([
    ['2021年基础教育工作要点2021年基础教育工作要点', '2021年基础教育工作要点', true],
    ['2020年教育工作要点', '2020年教育工作要点', false],
  ])('undouble %s', (text, title, duplicated) => expect(undouble(text)).toEqual({ title, duplicated }));

  test.each([
    ['2020年平顶山市基础教育工作的总体要求是:以习近平新时代中国特色社会主义思想为指导', '2020年平顶山市基础教育工作要点'],
    ['2023年，全县教育工作的总体思路是：', '2023年教育工作要点'],
    ['认真贯彻党的十九大精神。', null],
  ])('build a title from %s', (text, title) => expect(buildTitle([text])).toBe(title));

  test.each([
    ['发布时间:2022-06-10 09:50', '2022-06-10'],
    ['公布日期：2023.03.29', '2023-03-29'],
    ['2023年2月10日', '2023-02-10'],
    ['2023年13月10日', null],
    ['二〇一七年九月十三日', '2017-09-13'],
    ['二○一七年九月十三日', '2017-09-13'],
    ['二零二二年十二月三十一日', '2022-12-31'],
    ['２０２２年１月２６日', '2022-01-26'],
  ])('date of %s', (text, date) => expect(parseDate(text)).toBe(date));

  test.each([
    ['發揮綜合改革實驗區示范引領作用努力推動基礎教育高質量發展', 'zh-Hant'],
    ['发挥综合改革实验区示范引领作用努力推动基础教育高质量发展', 'zh-Hans'],
    ['以“雙減”撬動教育教學整體變革，課后服務', 'zh-Hant'],
  ])('script of %s', (text, language) => expect(detectScript(text)).toBe(language));
});

describe('page links of an article split over pages', () => {
  const pagination = LINE_NOISE.find((r) => r.id === 'pagination')!;
  test.each(['首页 上一页 1 2 下一页 尾页', '上一页 1 2 3 … 12 下一页', '共 3 页 首页 上一页 下一页 末页 跳转'])('%s is page text', (line) => {
    expect(pagination.test(line)).toBe(true);
  });
  test.each(['首页', '（三）做好下一页的衔接工作，推进首页改版。', '2.下一页'])('%s is not', (line) => {
    expect(pagination.test(line)).toBe(false);
  });
});

describe('a title line as a page dresses it', () => {
  test.each([
    ['《南江市2024年教育工作要点》', '南江市2024年教育工作要点'],
    ['南江市2024年教育工作要点（全文）', '南江市2024年教育工作要点'],
    ['南江市2024年教育工作要点【全文】', '南江市2024年教育工作要点'],
    ['关于印发《2024年工作要点》的通知', '关于印发《2024年工作要点》的通知'],
    ['《中小学德育工作指南》实施方案', '《中小学德育工作指南》实施方案'],
  ])('%s → %s', (line, title) => expect(undress(line)).toBe(title));
});

describe('the first year of a five-year plan a title names', () => {
  test.each([
    ['南江市“十四五”教育发展规划', 2021],
    ['南江市教育事业发展十三五规划', 2016],
    ['“十五五”时期教育强市建设规划', 2026],
    ['南江市2024年教育工作要点', null],
    ['五五普法工作要点', null],
  ])('%s → %s', (title, year) => expect(fiveYearPlanYear(title)).toBe(year));
});

describe('a table of contents', () => {
  const toc = LINE_NOISE.find((r) => r.id === 'toc')!;
  test.each(['目  录', '一、总体要求…………………3', '（二）发展目标.............12', '第一部分 发展基础——————5'])('%s is furniture', (line) => expect(toc.test(line)).toBe(true));
  test.each(['一、总体要求', '新增学位3000个', '（一）到2025年，普惠率达到95%……', '目录管理办法'])('%s is not', (line) => expect(toc.test(line)).toBe(false));
});

describe('the calendar year of a school year\'s second term', () => {
  test.each([
    ['东风镇中心小学2024—2025学年度第二学期学校工作计划', 2025],
    ['南江中学2023-24学年下学期教学工作计划', 2024],
    ['南江中学2024-2025学年第一学期工作计划', null],
    ['南江中学2024-2025学年工作计划', null],
    ['南江中学2024-2026学年第二学期工作计划', null],
  ])('%s → %s', (title, year) => expect(secondTermYear(title)).toBe(year));
});

describe('stamps of document converters and Word field codes', () => {
  const stamp = LINE_NOISE.find((r) => r.id === 'tool-stamp')!;
  test.each([
    'Evaluation Warning: The document was created with Spire.Doc for .NET.',
    'Created with an evaluation copy of Aspose.Words. To discover the full versions of our APIs please visit: https://products.aspose.com/words/',
    'PAGE \\* MERGEFORMAT',
    'HYPERLINK "http://www.moe.gov.cn/"',
  ])('%s is a stamp', (line) => expect(stamp.test(line)).toBe(true));
  test.each(['（一）页面设计与排版课程', 'Page 3'])('%s is not', (line) => expect(stamp.test(line)).toBe(false));
});

describe('the level of a plan', () => {
  test.each([
    [null, '2024年全省教育工作要点', 'provincial'],
    [null, '2024年全市教育工作要点', 'city'],
    [null, '2024年全县教育工作要点', 'district'],
    ['南江市教育局', '2024年全县教育工作要点', 'city'],
    ['南江市第一中学', '2024学年第一学期学校工作计划', 'school'],
    [null, '2024年工作要点', null],
    // A body's place is its level, whatever the body (a centre, an institute, a division).
    ['南江区教师发展中心', '南江区教师发展中心2024年工作要点', 'district'],
    ['南江市招生考试院', '南江市招生考试院2024年工作要点', 'city'],
    ['河东省教育科学研究院', '河东省教育科学研究院2024年工作要点', 'provincial'],
    ['南江一中', '南江一中2024年工作计划', 'school'],
    ['南山镇中心校', '南山镇中心校2024年工作计划', 'school'],
  ])('%s, %s → %s', (issuer, title, level) => expect(levelOf(issuer, title)).toBe(level));
});
