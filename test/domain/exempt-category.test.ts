import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/domain/eligibility.js';
import { exemptCategory } from '../../src/domain/exempt-category.js';
import { resolvePolicy } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { policy, teacher } from '../helpers/make-county.js';

/** Reasons as counties type them, by the category the list posts. */
const CASES: Record<string, string[]> = {
  孕期或哺乳期: ['哺乳期', '孕期', '孕产期', '怀孕', '产假', '产后恢复', '哺乳期照顾子女', 'nursing a baby', 'Pregnant', 'on maternity leave'],
  身体健康原因: ['严重疾病', '重病', '乳腺癌术后', '抑郁症', '住院治疗', '残疾', '肢体残疾三级', '甲状腺肿瘤', '心脏支架手术', '腰椎间盘突出', '精神分裂', '身体原因', '本人患有慢性疾病需长期治疗', '不孕不育治疗', 'serious illness', 'disability', 'cancer surgery', 'depression'],
  家庭原因: ['家中唯一劳动力', '夫妻分居', '夫妻两地分居', '独生子女照顾父母', '照顾父母', '照顾年幼子女', '家庭困难', '家庭原因', '照顾患病父母', '子女残疾需照顾', '军嫂', '单亲家庭', 'spouse works elsewhere', 'only child caring for parents'],
  组织安排: ['援藏', '援疆支教', '支教', '借调县教育局', '挂职锻炼', '驻村第一书记', 'seconded to the county bureau'],
  学校工作需要: ['学校唯一美术教师', '心理健康专职教师', '电脑管理员', '县级骨干教师', '毕业班班主任', '教务主任', '工作需要', 'the only music teacher'],
  '本人申请, 经审核同意': ['本人申请', '其他', '个人原因'],
};

describe('the category a published list gives an exemption reason', () => {
  it.each(Object.entries(CASES))('%s', (category, reasons) => {
    for (const r of reasons) expect(exemptCategory(r).zh, r).toBe(category);
  });

  it('has English names, and reads full-width and upper-case text as written', () => {
    expect(exemptCategory('哺乳期')).toEqual({ zh: '孕期或哺乳期', en: 'pregnancy or nursing' });
    expect(exemptCategory('抑郁症')).toEqual({ zh: '身体健康原因', en: 'health reasons' });
    expect(exemptCategory('夫妻分居')).toEqual({ zh: '家庭原因', en: 'family reasons' });
    expect(exemptCategory('援疆')).toEqual({ zh: '组织安排', en: 'assigned by the authorities' });
    expect(exemptCategory('本人申请')).toEqual({ zh: '本人申请, 经审核同意', en: 'on the teacher\'s own application, approved' });
    expect(exemptCategory('ＳＥＲＩＯＵＳ ＩＬＬＮＥＳＳ').zh).toBe('身体健康原因');
  });
});

describe('publish.exempt_reason: the category (类别, the default) or the reason as written (原文)', () => {
  const exempt = (reason: string, sets: Record<string, string> = {}) => eligibility(teacher('T1', 'S1', '语文', { exempt: reason }), policy({ 'plan.year': '2026', ...sets }));

  it('by default the posted reason is the category; teachers.csv\'s (zh, en) keeps the diagnosis', () => {
    const e = exempt('乳腺癌术后');
    expect(e.status).toBe('exempt');
    expect(e.zh).toBe('免交流: 乳腺癌术后');
    expect(e.en).toBe('exempt: 乳腺癌术后');
    expect(e.published).toEqual({ zh: '免交流: 身体健康原因', en: 'exempt: health reasons' });
    expect(exempt('夫妻分居', { 'publish.exempt_reason': '类别' }).published).toEqual({ zh: '免交流: 家庭原因', en: 'exempt: family reasons' });
  });

  it('原文 posts the reason as written (no separate published text), typed full-width or not', () => {
    for (const value of ['原文', ' 原文 ']) {
      const e = exempt('乳腺癌术后', { 'publish.exempt_reason': value });
      expect(e.zh).toBe('免交流: 乳腺癌术后');
      expect(e.published, value).toBeUndefined();
    }
  });

  it('a cell that only ticks the column is posted as no reason given, either way', () => {
    for (const value of ['类别', '原文']) expect(exempt('√', { 'publish.exempt_reason': value }).published).toEqual({ zh: '免交流（未写明原因）', en: 'exempt (no reason given)' });
  });

  it('near retirement keeps its rule-based posted reason, the category mode aside', () => {
    const near = eligibility(teacher('T1', 'S1', '语文', { gender: 'M', birthDate: { year: 1967, month: 3 } }), policy({ 'plan.year': '2026' }));
    expect(near.published).toEqual({ zh: '距法定退休不足5年', en: 'fewer than 5 years before statutory retirement' });
  });

  it('refuses another value, naming both choices', () => {
    const r = resolvePolicy([{ key: 'publish.exempt_reason', value: '分类', file: '参数.csv', row: 3 }], 2026, subjectKey);
    expect(r.ok ? [] : formatIssues(r.issues)).toEqual(['参数.csv 第3行「publish.exempt_reason」: 应为 类别 / 原文 之一, 实为「分类」 / row 3 publish.exempt_reason: expected one of 类别, 原文, found "分类"']);
  });
});
