import { describe, expect, it } from 'vitest';
import type { SchoolExplain, SubjectFigures, TeacherExplain } from '../../src/plan/explain.js';
import { schoolExplainText } from '../../src/text/explain-text.js';

const figures = (subject: string, posts: number, teachers: [number, number], shortage: [number, number]): SubjectFigures => ({ school_id: 'N', subject, posts, teachers, shortage });

function nineYear(subjects: SubjectFigures[]): SchoolExplain {
  return {
    id: 'N', name: '九年一贯制学校', stage: 'nine_year', area: 'town', weak: false, students: 800, quota_school: true, subjects,
    terms: { shortage: [10, 10], backbone_balance: [0, 0] }, county_backbone: [8, 8], backbone_per_100: [1, 1], backbone_per_100_needed: 1,
    rules: { quota: null, outflow_cap: 3, backbone_outflow_cap: 1 }, outflow: [], inflow: [],
  };
}

describe('rotate explain on a school of two sections', () => {
  it('from an explain.json without the rows per section, says why a subject shows 4 posts, 4 teachers and a shortage of 1: the sections are added up, their shortages apart', () => {
    // 小学部 English: 3 posts, 2 teachers; 初中部 English: 1 post, 2 teachers.
    const text = schoolExplainText(nineYear([figures('英语', 4, [4, 4], [1, 1])]));
    expect(text).toContain('    （岗位、教师为各学部合计; 缺员按学部分别计算后相加, 一个学部的富余不抵另一学部的缺员）');
    expect(text.some((l) => l.includes("one section's surplus does not fill the other's vacancy"))).toBe(true);
  });

  it('adds no note where every row reads as posts minus teachers', () => {
    const text = schoolExplainText(nineYear([figures('英语', 4, [3, 4], [1, 0])]));
    expect(text.some((l) => l.includes('学部合计'))).toBe(false);
  });

  it('shows a row per section and subject, each shortage posts minus teachers there, and no note', () => {
    // The same school as above: 小学部 English 3 posts, 2 → 3 teachers; 初中部 English 1 post, 2 → 1 teachers.
    const school = { ...nineYear([figures('英语', 4, [4, 4], [1, 0])]), subject_sections: [{ section: 'primary' as const, subject: '英语', posts: 3, teachers: [2, 3] as [number, number] }, { section: 'junior' as const, subject: '英语', posts: 1, teachers: [2, 1] as [number, number] }] };
    const text = schoolExplainText(school);
    expect(text).toContain('    小学部  英语     3  2 → 3  1 → 0');
    expect(text).toContain('    初中部  英语     1  2 → 1  0 → 0');
    expect(text.some((l) => l.includes('学部合计'))).toBe(false);
    expect(text.some((l) => /^ {4}junior +英语 +1 +2 → 1 +0 → 0$/u.test(l))).toBe(true);
  });

  it('says a 九年一贯制 without per-section students is left out of the 优质均衡 indicators, and which columns it lacks', () => {
    const none = schoolExplainText({ ...nineYear([]), sections: [] });
    expect(none).toContain('  优质均衡指标: 学校表未填小学部学生数、初中部学生数, 本校未计入指标和差异系数（补上后重新运行 rotate plan）');
    expect(none).toContain('  优质均衡 indicators: the schools file gives no primary_students, junior_students, so the school is left out of the indicators and coefficients (fill it in and run rotate plan again)');
    // With only 小学部学生数 given, the 小学部 is judged and the 初中部 named.
    const half = schoolExplainText({ ...nineYear([]), sections: [{ stage: 'primary', students: 500, indicators: [{ indicator: 'backbone_per_100', counts: [5, 4], threshold: 1 }, { indicator: 'arts_pe_per_100', counts: [5, 5], threshold: 0.9 }] }] });
    expect(half).toContain('  优质均衡指标: 学校表未填初中部学生数, 缺少的学部未计入指标和差异系数（补上后重新运行 rotate plan）');
    expect(half.some((l) => /^ {4} +以上 2 项均达标 +✓ +✗$/u.test(l))).toBe(true);
    // An explain.json written before sections were kept says nothing of them; a school of one section lacks nothing.
    expect(schoolExplainText(nineYear([])).some((l) => l.includes('学校表未填'))).toBe(false);
    expect(schoolExplainText({ ...nineYear([]), stage: 'primary', sections: [] }).some((l) => l.includes('学校表未填'))).toBe(false);
  });

  it('says a 完全中学\'s whole-school backbone figure (高中部 included) is the backbone-balance term\'s, not what the inspectors judge: they judge its 初中部, shown below', () => {
    // 县第一中学: 1,500 students (初中部 600, 高中部 900), 12 county-level backbone teachers, 8 of them in the 初中部.
    const complete = { ...nineYear([]), id: 'S11', name: '县第一中学', stage: 'complete', students: 1500, county_backbone: [12, 12] as [number, number], backbone_per_100: [0.8, 0.8] as [number, number], sections: [{ stage: 'junior' as const, students: 600, indicators: [{ indicator: 'backbone_per_100' as const, counts: [8, 8] as [number, number], threshold: 1 }] }] };
    const text = schoolExplainText(complete);
    expect(text).toContain('  全校每百名学生县级以上骨干 0.8 → 0.8（骨干均衡项按全校计, 含各学部; 标准 1; 人数 12 → 12; 督导评估按学部, 见下表）');
    expect(text).toContain('  county-level backbone per 100 students, whole school 0.8 → 0.8 (the backbone-balance term\'s figure, every section included; target 1; teachers 12 → 12; the inspectors judge each section, below)');
    expect(text.some((l) => /^ {4}初中部（600 人） +县级以上骨干数 +1\.33 ✓ +1\.33 ✓ +≥ 1$/u.test(l))).toBe(true);
    // A school of one section is its own section: the line stays as it was.
    const primary = schoolExplainText({ ...nineYear([]), stage: 'primary' });
    expect(primary).toContain('  全校每百名学生县级以上骨干 1 → 1（标准 1; 人数 8 → 8）');
  });

  it("leaves the 优质均衡 terms out where no section is judged, and shows those kept where one is", () => {
    const terms = { shortage: [10, 10] as [number, number], backbone_balance: [0, 0] as [number, number], indicator_spread: [1.234, 0.5] as [number, number], indicator_shortfall: [4, 2] as [number, number] };
    const judged = schoolExplainText({ ...nineYear([]), terms, sections: [{ stage: 'primary', students: 500, indicators: [{ indicator: 'backbone_per_100', counts: [5, 4], threshold: 1 }] }] });
    expect(judged.some((l) => /^ {4}校际差异 +1\.23 +0\.5 +各学部每百名学生/u.test(l))).toBe(true);
    expect(judged.some((l) => /^ {4}indicator shortfall +4 +2 +PE-arts and backbone teachers lacking/u.test(l))).toBe(true);
    const unjudged = schoolExplainText({ ...nineYear([]), terms, sections: [] });
    expect(unjudged.some((l) => l.includes('校际差异') || l.includes('spread between schools'))).toBe(false);
    expect(unjudged.some((l) => /^ {4}缺员 +10 +10 /u.test(l))).toBe(true);
  });

  it("lists the school's eligible teachers who stay with their reasons, principals aside, and words the quota as a rounded-down share", () => {
    const who = (id: string, status: TeacherExplain['status'], school = 'N', label?: TeacherExplain['label']): TeacherExplain => ({
      id, name: `教师${id}`, subject: '英语', backbone: 'none', school_id: school, school: '', status, ...(label ? { label } : {}),
      reason: { zh: `理由${id}`, en: `reason ${id}` }, alternatives: [], more: 0,
    });
    const school = { ...nineYear([]), rules: { quota: { need: 0, eligible: 4 }, outflow_cap: 3, backbone_outflow_cap: 1 } };
    const teachers = [who('1', 'stays'), who('2', 'exempt'), who('3', 'stays', 'M'), who('4', 'stays', 'N', { zh: '列入校长交流名单', en: 'on the principals\' list' }), who('5', 'stays')];
    const text = schoolExplainText(school, teachers);
    expect(text).toContain('  规则: 交流不少于 0 人（符合条件 4 人按比例向下取整）, 调出上限 3 人, 骨干调出上限 1 人; 本方案调出 0 人, 调入 0 人');
    expect(text).toContain('  rules: rotates at least 0 (its share of 4 eligible, rounded down), loses at most 3, at most 1 backbone; this plan: 0 out, 0 in');
    expect(text.filter((l) => l.startsWith('  符合条件而留任') || l.startsWith('    留任 '))).toEqual(['  符合条件而留任 2 人:', '    留任 1 教师1（英语）: 理由1', '    留任 5 教师5（英语）: 理由5']);
    expect(text).toContain('    stays 5 教师5 (英语): reason 5');
    expect(schoolExplainText(school).some((l) => l.includes('符合条件而留任'))).toBe(false);
  });
});
