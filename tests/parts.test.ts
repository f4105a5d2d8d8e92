/**
 * The parts of an official document (GB/T 9704-2012 §7), case by case, on lines of the real
 * documents in ../shared/corpus and of the bundled plans: what each pattern takes and the
 * look-alikes it must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { documentOfHeadline, issuerFromTitle, readPublishedHeadline } from '../src/converter/meta.ts';
import type { Line } from '../src/converter/normalize.ts';
import { readByline, readHead, readTail, splitWrapper } from '../src/converter/parts.ts';
import {
  ADDRESSEE_LINE,
  ATTACHMENT_LABEL,
  COLOPHON_LINE,
  COVER_NOTICE,
  DATE_LINE,
  DOC_NUMBER_LINE,
  MARKDOWN_BOLD,
  SIGNATURE_LINE,
  SIGNATURE_WITH_DATE,
  TITLE_END,
} from '../src/converter/patterns.ts';

const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ no: i + 1, text }));

describe('title lines end with the kind of document (文种)', () => {
  test.each([
    '关于开展浦东新区第十二届学生艺术节活动的通知',
    '世界一流大学和一流学科建设的若干意见',
    '教育部基础教育司2022年工作要点',
    '江南市“十四五”教育发展规划',
    '读懂“十四五”规划方案',
    '某某中学课后服务实施方案（试行）',
    '關於印發《教育工作要點》的通知',
  ])('%s', (line) => expect(TITLE_END.test(line)).toBe(true));
  test.each(['建设主题', '教育部 财政部 国家发展改革委关于深入推进', '关于选送中心学生参加2017年浦东新区学生艺术', '党建之窗政治学习'])(
    'not: %s',
    (line) => expect(TITLE_END.test(line)).toBe(false),
  );
  test.each([
    ['学校2022年工作要点出台', '学校2022年工作要点'],
    ['我市2023年教育工作要点正式印发', '我市2023年教育工作要点'],
    ['2023年教育工作要点', '2023年教育工作要点'],
    ['【权威发布】2024年全市教育工作要点来了！', '2024年全市教育工作要点'],
    ['重磅！2024年南江市教育工作要点发布', '2024年南江市教育工作要点'],
    ['2024年南江市教育工作要点出炉', '2024年南江市教育工作要点'],
    ['【通知】关于召开全市教育工作会议的安排', '关于召开全市教育工作会议的安排'],
    ['【一】加强党的全面领导', '【一】加强党的全面领导'],
    ['重磅！今年教育这样干', '重磅！今年教育这样干'],
  ])('a news headline names its document: %s', (headline, title) => expect(documentOfHeadline(headline)).toBe(title));
  test.each([
    ['江北市教育局印发《2023年全市教育工作要点》', { issuer: '江北市教育局', title: '2023年全市教育工作要点' }],
    ['南江市教育局：2024年全市教育工作要点', { issuer: '南江市教育局', title: '2024年全市教育工作要点' }],
    ['南江一中｜2024年春季学期工作计划', { issuer: '南江一中', title: '2024年春季学期工作计划' }],
    ['南江市教育局：春季开学第一课', null],
  ])('a headline names who published the document: %s', (headline, read) => expect(readPublishedHeadline(headline)).toEqual(read));
  test.each([
    ['江南市教育局关于印发《江南市教育局2023年工作要点》的通知', true],
    ['关于转发《关于开展2017年学生艺术单项比赛的通知》的通知', true],
    ['关于开展浦东新区第十二届学生艺术节活动的通知', false],
  ])('cover notice: %s', (line, yes) => expect(COVER_NOTICE.test(line)).toBe(yes));
});

describe('issuer, number, addressees', () => {
  test.each([
    ['教育部 财政部 国家发展改革委关于深入推进世界一流大学和一流学科建设的若干意见', '教育部 财政部 国家发展改革委'],
    ['教育部基础教育司2022年工作要点', '教育部基础教育司'],
    ['江南市教育局关于印发《江南市教育局2023年工作要点》的通知', '江南市教育局'],
    ['学校2022年工作要点', null],
    ['南江市教育局（南江市语言文字工作委员会）2024年工作要点', '南江市教育局（南江市语言文字工作委员会）'],
    ['南江市教育局党委2024年工作要点', '南江市教育局党委'],
    ['中共南江大学委员会 南江大学2024年工作要点', '中共南江大学委员会 南江大学'],
    ['2024年南江市教育局工作要点', '南江市教育局'],
    ['二〇二四年度南江县教育体育局工作计划', '南江县教育体育局'],
    ['2024年南江市教育局党委工作要点', '南江市教育局党委'],
    ['2024年南江市中小学校安全工作要点', null],
    ['2024年南江市教育工作要点', null],
    ['关于开展浦东新区第十二届学生艺术节活动的通知', null],
    // Divisions and institutes, named in full with their place.
    ['南江市教育科学研究院2024年工作要点', '南江市教育科学研究院'],
    ['南江市教育局基础教育处2024年工作要点', '南江市教育局基础教育处'],
    ['2024年南江市教研室工作要点', '南江市教研室'],
    ['南江市电化教育馆2024年工作要点', '南江市电化教育馆'],
    ['南江县招生考试院2024年工作要点', '南江县招生考试院'],
    // A school by its short name.
    ['南江一中2024年工作计划', '南江一中'],
    ['2024年南江县实验二小工作要点', '南江县实验二小'],
    ['南山镇中心校2024年工作计划', '南山镇中心校'],
    ['南江县第一高中2024年工作要点', '南江县第一高中'],
    ['2024年普通高中工作要点', null],
    ['2024年全市统一中考工作要点', null],
    // An education group of schools (集团化办学) plans as one body.
    ['南江市实验小学教育集团2024年工作计划', '南江市实验小学教育集团'],
    ['2024年全市集团化办学工作要点', null],
    // An ending alone names no body.
    ['语文学科2024年工作计划', null],
    ['2024年学校网站工作计划', null],
    ['2024年全市科学教育工作要点', null],
  ])('issuer of the title %s', (title, issuer) => expect(issuerFromTitle(title)).toBe(issuer));
  test.each(['教研〔2022〕1号', '沪教委基〔2020〕3号', '江教发[2023]12号', '浦教德2017【10号】', '教基厅函（2021）第5号'])('document number %s', (line) =>
    expect(DOC_NUMBER_LINE.test(line)).toBe(true),
  );
  test.each(['教研〔2022〕1号文件精神，认真组织实施。', '2022年1号'])('not a number line: %s', (line) => expect(DOC_NUMBER_LINE.test(line)).toBe(false));
  test.each([
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构，中央军委办公厅：',
    '各教育署,青少年活动中心,各中小学、中等职业学校、幼儿园：',
    '管理部、各分部的全体教师：',
    '各县（市、区）教育局，局属各单位:',
  ])('addressees %s', (line) => expect(ADDRESSEE_LINE.test(line)).toBe(true));
  test.each(['区级活动主要包括：各学校积极开展活动。', '2022年学校重点推进的11个方面的工作为：本年度'])('not addressees: %s', (line) =>
    expect(ADDRESSEE_LINE.test(line)).toBe(false),
  );
});

describe('signature, date, attachments, colophon', () => {
  test.each(['上海市浦东新区教育局', '浦东新区教育局德育处', '教育部 财政部 国家发展改革委', '中共江南市委教育工作委员会', '南江一中', '南山镇中心校'])('signing bodies %s', (line) =>
    expect(SIGNATURE_LINE.test(line)).toBe(true),
  );
  test.each(['2016年3月30日', '二〇一七年九月十三日', '二○一七年九月十三日', '2022年1月26日', '２０２２年１月２６日'])('date line %s', (line) =>
    expect(DATE_LINE.test(line)).toBe(true),
  );
  test.each(['2016年3月30日前报送', '第一阶段（2016年4月中旬）'])('not a date line: %s', (line) => expect(DATE_LINE.test(line)).toBe(false));
  test('a body that signs and dates on one line', () => {
    expect(SIGNATURE_WITH_DATE.exec('江南市教育局　2023年2月10日')?.slice(1, 3)).toEqual(['江南市教育局', '2023年2月10日']);
  });
  test.each([
    ['附件：', undefined],
    ['附件1   关于开展2017年浦东新区学生艺术单项比赛的通知', '1'],
    ['附件2：报名汇总表', '2'],
    ['附 件：江南市教育局2023年工作要点', undefined],
  ])('attachment label %s', (line, n) => expect(ATTACHMENT_LABEL.exec(line)?.[1]).toBe(n));
  test.each([
    ['（2024年1月30日）', '2024-01-30'],
    ['（2024年1月18日市教育局党组会议审议通过）', '2024-01-18'],
    ['（二〇二四年三月五日校务委员会通过）', '2024-03-05'],
    ['（2024年1月18日起至年底）', null],
    ['（2024年1月18日前报送）', null],
  ])('a date or adoption note under the title: %s', (line, date) => {
    const lines = [line, '一、总体要求'].map((text, i) => ({ no: i + 2, text }) as Line);
    expect(readByline(lines)?.signature.date ?? null).toBe(date);
  });
  test.each(['抄送：各区县人民政府。', '江南市教育局办公室　　2023年2月10日印发', '（此件公开发布）'])('colophon %s', (line) =>
    expect(COLOPHON_LINE.test(line)).toBe(true),
  );
  test.each([
    ['**一、准确把握新发展阶段战略定位，全力推进“双一流”高质量建设**', '一、准确把握新发展阶段战略定位，全力推进“双一流”高质量建设'],
    ['**特色举措**:', '特色举措:'],
    ['党的***四中***精神', '党的***四中***精神'],
    ['规范组织**、**、**3所幼儿园', '规范组织**、**、**3所幼儿园'],
    ['常住人口**%登记的任务，覆盖面超**%', '常住人口**%登记的任务，覆盖面超**%'],
  ])('Markdown bold, not masked names: %s', (line, text) => expect(line.replace(MARKDOWN_BOLD, '$1')).toBe(text));
});

describe('the document inside its wrapper', () => {
  test('a forwarding notice dated before the attachment that holds the real notice', () => {
    const split = splitWrapper(
      lines(
        '关于选送中心学生参加2017年浦东新区学生艺术',
        '单项比赛的通知',
        '管理部、各分部的全体教师：',
        '一、选送要求',
        '凡有意推荐学生参加本次比赛的教师，请仔细阅读教育局德育处下发的通知，认真做好选送工作。',
        '附件：',
        '1、关于开展2017年浦东新区学生艺术单项比赛的通知',
        '二〇一七年九月十三日',
        '附件1   关于开展2017年浦东新区学生艺术单项比赛的通知',
        '各教育署，青少年活动中心，中小学、中等职业学校、幼儿园：',
        '为贯彻落实有关文件精神，进一步推进学校美育工作，现就开展本年度学生艺术单项比赛通知如下：',
        '一、主办单位',
        '浦东新区教育局',
        '二、承办单位',
        '浦东新区青少年活动中心',
      ),
    );
    expect(split.wrapper.map((l) => l.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(split.document[0]).toEqual({ no: 9, text: '关于开展2017年浦东新区学生艺术单项比赛的通知' });
    expect(split.removed).toMatchObject([{ line: 9, text: '附件1', rule: 'attachment-label' }]);
  });
  test('a month heading a calendar\'s entries is not a notice\'s date', () => {
    const split = splitWrapper(
      lines(
        '一、月度安排',
        '2023年3月',
        '制定学期工作计划',
        '召开全体教师会议，部署本学期各项工作任务和要求，明确各部门职责分工，落实安全责任制度。',
        '开展教学常规检查，督促各教研组落实集体备课制度，提高备课质量和效率，促进教师专业成长。',
        '组织学生开展学雷锋志愿服务活动，弘扬雷锋精神，培养学生的社会责任感和团结协作的意识。',
      ),
    );
    expect(split.wrapper).toEqual([]);
  });
  test('a plan with a signature at its end and nothing after it stands alone', () => {
    const split = splitWrapper(lines('2023年工作要点', '一、总体要求', '全面贯彻党的教育方针，落实立德树人根本任务，推进教育现代化。', '江南市教育局', '2023年2月10日'));
    expect(split.wrapper).toEqual([]);
  });
  test('head: number and addressees around the title', () => {
    const head = readHead(lines('世界一流大学和一流学科建设的若干意见', '教研〔2022〕1号', '各省、自治区、直辖市人民政府：', '建设世界一流大学和一流学科是党中央、国务院作出的重大战略部署，对于提升我国教育发展水平意义重大。'));
    expect(head).toMatchObject({ docNumber: '教研〔2022〕1号', addressees: '各省、自治区、直辖市人民政府' });
    expect(head.lines.map((l) => l.no)).toEqual([1, 4]);
  });
  test('tail: attachments, signature and date after the last paragraph; a closing sentence stays body', () => {
    const tail = readTail(
      lines(
        '十、经费保障',
        '浦东新区第十二届学生艺术节的区级活动经费由主办单位负责落实，各学校活动经费自行解决。',
        '特此通知。',
        '附件：浦东新区第十二届学生艺术节舞蹈专场展演报名汇总表',
        '上海市浦东新区教育局',
        '2016年3月30日',
      ),
    );
    expect(tail.lines.map((l) => l.text)).toEqual(['十、经费保障', '浦东新区第十二届学生艺术节的区级活动经费由主办单位负责落实，各学校活动经费自行解决。', '特此通知。']);
    expect(tail.attachments).toEqual(['浦东新区第十二届学生艺术节舞蹈专场展演报名汇总表']);
    expect(tail.signature).toEqual({ issuer: '上海市浦东新区教育局', date: '2016-03-30', lines: ['上海市浦东新区教育局', '2016年3月30日'] });
  });
  test('tail: several attachments are numbered; after an unnumbered name the attachment itself is printed, and stays text', () => {
    const listed = readTail(lines('四、保障措施', '各单位要高度重视，认真抓好落实。', '附件：1.重点任务分解表', '2.月度工作安排'));
    expect(listed.attachments).toEqual(['重点任务分解表', '月度工作安排']);
    const printed = readTail(lines('四、保障措施', '各单位要高度重视，认真抓好落实。', '附件：重点任务分解表', '序号 工作任务 责任单位', '1 深化理论武装 机关党委'));
    expect(printed.attachments).toEqual(['重点任务分解表']);
    expect(printed.lines.map((l) => l.text).slice(-2)).toEqual(['序号 工作任务 责任单位', '1 深化理论武装 机关党委']);
  });
  test('tail: bodies named at the end without a date are body text, not a signature', () => {
    const tail = readTail(lines('一、主办单位', '浦东新区教育局'));
    expect(tail.signature).toBeNull();
    expect(tail.lines.map((l) => l.text)).toEqual(['一、主办单位', '浦东新区教育局']);
  });
});
