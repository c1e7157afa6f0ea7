import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/domain/eligibility.js';
import { applyCutoff } from '../../src/schema/apply-cutoff.js';
import { checkedCounty } from '../../src/pipeline/prepare.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { policy } from '../helpers/make-county.js';
import { load, problems } from './load-county-helpers.js';

const SCHOOLS_ZH = `学校代码,学校名称,学段,城乡分类代码,在校学生数,教学点,小学部学生数,初中部学生数,高中部学生数
001,城关一贯制学校,九年一贯制,111,1200,否,800,400,
002,河口中学,完全中学,121-镇中心区,900,否,,500,400
003,山背教学点,小学,220,40,是,,,
`;

const TEACHERS_ZH = `工号,姓名,学校代码,任教学科,进本校年月,性别,出生年月,任教学段,教师资格种类,学历,是否在编,用人形式,人员状态,交流原学校代码,交流结束年月
T1,王芳,001,数学,2018年9月,女,1985.03,初中部,初级中学,大学本科,是,在编,在岗,,
T2,李强,001,音乐,201509,男,19780615,小学,小学教师资格证,大专,否,合同,病假,,
T3,张敏,003,语文,2024-09-01,女,29221,,高级中学,研究生,是,特岗,借调,001,2026年7月
`;

const TEACHERS_EN = `teacher_id,name,school_id,subject,joined_school,years_at_school,gender,birth_date,teaching_stage,certificate,degree,on_staff,employment,state,exchange_home_school,exchange_end
T1,Wang Fang,001,math,2018-09,8,F,1985-03,junior,junior,bachelor,yes,regular,on_post,,
`;

describe('the rulebook columns, read and checked', () => {
  it('reads Chinese headers and values: sections, codes, dates in every form, staff status, exchanges', async () => {
    const r = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': TEACHERS_ZH });
    expect(r.ok ? null : formatIssues(r.issues)).toBeNull();
    if (!r.ok) return;
    const [s1, s2, s3] = r.value.schools;
    expect(s1).toMatchObject({ stage: 'nine_year', area: 'urban', urbanRuralCode: '111', teachingPoint: false, primaryStudents: 800, juniorStudents: 400 });
    expect(s2).toMatchObject({ stage: 'complete', area: 'town', urbanRuralCode: '121', juniorStudents: 500, seniorStudents: 400 });
    expect(s3).toMatchObject({ area: 'rural', teachingPoint: true, students: 40 });
    const [t1, t2, t3] = r.value.teachers;
    expect(t1).toMatchObject({ joinedSchool: { year: 2018, month: 9 }, birthDate: { year: 1985, month: 3 }, birthYear: 1985, teachingStage: 'junior', certificate: 'junior', degree: 'bachelor', onStaff: true, employment: 'regular', state: 'on_post' });
    expect(t2).toMatchObject({ joinedSchool: { year: 2015, month: 9 }, birthDate: { year: 1978, month: 6, day: 15 }, teachingStage: 'primary', certificate: 'primary', degree: 'associate', onStaff: false, employment: 'contract', employmentLabel: '合同', state: 'sick_leave', stateLabel: '病假' });
    expect(t3).toMatchObject({ joinedSchool: { year: 2024, month: 9, day: 1 }, birthDate: { year: 1980, month: 1, day: 1 }, certificate: 'senior', degree: 'postgraduate', employment: 'special_post', state: 'seconded', exchangeHomeSchool: '001', exchangeEnd: { year: 2026, month: 7 } });
  });

  it('reads English headers and values; a teachers file with joined_school and no years_at_school is a teachers file', async () => {
    const r = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': TEACHERS_EN });
    expect(r.ok ? null : formatIssues(r.issues)).toBeNull();
    if (r.ok) expect(r.value.teachers[0]).toMatchObject({ joinedSchool: { year: 2018, month: 9 }, statedYearsAtSchool: 8, yearsAtSchool: 8, certificate: 'junior' });
    const noYears = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': TEACHERS_EN.replace(',years_at_school', '').replace(',8,', ',') });
    expect(noYears.ok && noYears.value.teachers[0]?.joinedSchool).toEqual({ year: 2018, month: 9 });
  });

  it('names file, row and column of every bad value in the new columns', async () => {
    const { lines } = await problems({
      'schools.csv': SCHOOLS_ZH.replace(',111,', ',113,').replace('否,,500', '也许,,500'),
      'teachers.csv': TEACHERS_ZH.replace('2018年9月', '2018年13月').replace('19780615', '1978-02-30').replace('初中部,初级中学', '幼儿部,初级中学').replace('大专', '私塾').replace(',否,合同,病假', ',否,合同,出差').replace(',001,2026年7月', ',009,2026年7月'),
    });
    expect(lines).toEqual([
      'schools.csv 第2行「城乡分类代码」: 应为城乡分类代码 111/112（城区）、121/122/123（镇区）、210/220（乡村）之一, 实为「113」 / row 2 urban_rural_code: expected an urban-rural code: 111/112 (urban), 121/122/123 (town) or 210/220 (rural), found "113"',
      'schools.csv 第3行「教学点」: 应为是或否, 实为「也许」 / row 3 teaching_point: expected yes or no, found "也许"',
      'teachers.csv 第2行「任教学段」: 应为小学/初中/高中 之一, 实为「幼儿部」 / row 2 teaching_stage: expected one of primary/junior/senior, found "幼儿部"',
      'teachers.csv 第2行「进本校年月」: 应为日期（如 198001、1980-01、1980-01-15、1980年1月、1980.01）, 实为「2018年13月」 / row 2 joined_school: expected a date (like 198001, 1980-01, 1980-01-15, 1980年1月 or 1980.01), found "2018年13月"',
      'teachers.csv 第3行「人员状态」: 应为在岗/病休/借调/休假/脱产进修/离岗/退休/其他 之一, 实为「出差」 / row 3 state: expected one of on_post/sick_leave/seconded/leave/study/off_post/retired/other, found "出差"',
      'teachers.csv 第3行「出生年月」: 应为日期（如 198001、1980-01、1980-01-15、1980年1月、1980.01）, 实为「1978-02-30」 / row 3 birth_date: expected a date (like 198001, 1980-01, 1980-01-15, 1980年1月 or 1980.01), found "1978-02-30"',
      'teachers.csv 第3行「学历」: 应为研究生/本科/专科/高中及以下 之一, 实为「私塾」 / row 3 degree: expected one of postgraduate/bachelor/associate/secondary, found "私塾"',
      'teachers.csv 第4行「交流原学校代码」: 交流原学校代码「009」不在学校表中 / row 4 exchange_home_school: exchange_home_school "009" is not in the schools file',
    ]);
  });

  it('城乡分类代码 and 城乡类型 both given must agree; one of them is needed', async () => {
    const both = `学校代码,学校名称,学段,城乡类型,城乡分类代码,在校学生数\n001,一小,小学,城区,210,500\n002,二小,小学,乡村,220,300\n003,三小,小学,,,300\n`;
    const { lines } = await problems({ 'schools.csv': both, 'teachers.csv': TEACHERS_ZH.replace(',001,2026年7月', ',,') });
    expect(lines).toEqual([
      'schools.csv 第2行「城乡分类代码」: 城乡分类代码210表示乡村, 与城乡类型「城区」不一致 / row 2 urban_rural_code: urban_rural_code 210 means rural, but area says urban',
      'schools.csv 第4行「城乡类型」: 应为城区/镇区/乡村 之一, 实为空白（或填写城乡分类代码） / row 4 area: expected one of urban/town/rural, found an empty cell (or give urban_rural_code)',
    ]);
    const neither = `学校代码,学校名称,学段,在校学生数\n001,一小,小学,500\n`;
    const r = await problems({ 'schools.csv': neither, 'teachers.csv': TEACHERS_ZH });
    expect(r.lines).toContain('schools.csv: 缺少必需列「城乡类型」（area）或「城乡分类代码」（urban_rural_code） / missing required column area (城乡类型) or urban_rural_code (城乡分类代码)');
  });

  it('a birth year and a birth date that disagree, a birth before 1940, an exchange half given: errors at the cell', async () => {
    const t = `工号,姓名,学校代码,任教学科,本校任教年限,出生年份,出生年月,交流原学校代码,交流结束年月\nT1,王芳,001,数学,8,1980,1981-03,,\nT2,李强,001,数学,8,,1938-05,,\nT3,张敏,002,数学,8,,,001,\nT4,赵六,002,数学,8,,,,2027-07\nT5,钱七,002,数学,8,,,002,2027-07\n`;
    const { lines } = await problems({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t });
    expect(lines).toEqual([
      'teachers.csv 第2行「出生年月」: 出生年月的年份1981与出生年份1980不一致 / row 2 birth_date: the year of birth_date, 1981, differs from birth_year 1980',
      'teachers.csv 第3行「出生年月」: 出生于1938年, 早于1940年, 不可能仍在职; 请核对 / row 3 birth_date: born in 1938, before 1940: cannot still be teaching; check the cell',
      'teachers.csv 第4行「交流结束年月」: 填写了交流原学校代码, 应同时填写交流结束年月, 实为空白 / row 4 exchange_end: exchange_home_school is given, so exchange_end is needed too, found an empty cell',
      'teachers.csv 第5行「交流原学校代码」: 填写了交流结束年月, 应同时填写交流原学校代码, 实为空白 / row 5 exchange_home_school: exchange_end is given, so exchange_home_school is needed too, found an empty cell',
      'teachers.csv 第6行「交流原学校代码」: 交流原学校「002」就是该教师现在的学校 / row 6 exchange_home_school: exchange_home_school "002" is the school the teacher is at now',
    ]);
  });
});

describe('性别 as the national standard\'s codes', () => {
  it('reads a column of 1 and 2 (and blanks) as 男 and 女, saying so once; a stray 1 among 男 and 女 stays refused', async () => {
    const t = `工号,姓名,学校代码,任教学科,本校任教年限,性别\nT1,王芳,001,数学,8,2\nT2,李强,001,音乐,7,1\nT3,张敏,003,语文,3,\nT4,赵六,003,语文,3,１\n`;
    const r = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((x) => x.gender)).toEqual(['F', 'M', undefined, 'M']);
    expect(formatIssues(r.value.warnings ?? []).filter((w) => w.includes('GB/T 2261.1'))).toEqual([
      'teachers.csv: 注意: 「性别」列只有1和2, 按国家标准代码（GB/T 2261.1）读作 1 男、2 女 / note: column gender (性别) holds only 1 and 2, read as the national standard\'s codes (GB/T 2261.1): 1 male, 2 female',
    ]);
    const { lines } = await problems({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t.replace(',2\n', ',女\n') });
    expect(lines).toEqual(['teachers.csv 第3行「性别」: 应为男/女 之一, 实为「1」 / row 3 gender: expected one of M/F, found "1"', 'teachers.csv 第5行「性别」: 应为男/女 之一, 实为「１」 / row 5 gender: expected one of M/F, found "１"']);
  });
});

describe('cells that say none', () => {
  it('无, 否, 暂无, -, ／, N/A … in 免交流原因 and the other optional cells read as empty: no exemption, no exchange, no wish', async () => {
    // As hand-filled sheets write it too: in brackets, with a full stop, in traditional characters, a database's NULL, 正常 (nothing out of the ordinary).
    const none = ['无', '否', '没有', '暂无', '-', '—', '／', '空', 'N/A', 'none', ' no ', 'ｎｏｎｅ', '（无）', '无。', '暂无。', '【无】', '無', 'NULL', '空白', '正常'];
    const id = (i: number) => `T${String(i + 1).padStart(2, '0')}`;
    const rows = none.map((w, i) => `${id(i)},教师${i + 1},001,数学,8,${w},${w},${w},${w},${w}`);
    const t = `工号,姓名,学校代码,任教学科,本校任教年限,免交流原因,志愿学校,家庭所在乡镇,交流原学校代码,交流结束年月\n${rows.join('\n')}\nT98,李强,001,数学,8,（哺乳期）,,,,\nT99,王芳,001,数学,8,哺乳期,,,,\n`;
    const r = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    const p = policy({ 'plan.year': '2026' });
    // The harm was silent: 无 in every blank 免交流原因 exempted every teacher, and the plan moved none.
    const exemptOnly = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': `工号,姓名,学校代码,任教学科,本校任教年限,免交流原因\nT1,王芳,001,数学,8,无\n` });
    expect(exemptOnly.ok && eligibility(exemptOnly.value.teachers[0]!, p).status).toBe('eligible');
    const read = r.value.teachers.map((x) => [x.id, x.exempt, x.preferences, x.homeTownship, x.exchangeHomeSchool, eligibility(x, p).status]);
    expect(read).toEqual([...none.map((_, i) => [id(i), undefined, [], undefined, undefined, 'eligible']), ['T98', '（哺乳期）', [], undefined, undefined, 'exempt'], ['T99', '哺乳期', [], undefined, undefined, 'exempt']]);
  });
});

describe('the national system\'s 是否县级及以上骨干教师', () => {
  it('stands in for 骨干等级 (是: 县级, 否: none), with its 任课学科 and 任课学段 headers', async () => {
    const t = `工号,姓名,学校代码,任课学科,本校任教年限,任课学段,是否县级及以上骨干教师\nT1,王芳,001,数学,8,初中,是\nT2,李强,001,音乐,7,小学,否\nT3,张敏,003,语文,3,,\n`;
    const r = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((x) => [x.id, x.backbone, x.subject, x.teachingStage])).toEqual([['T1', 'county', '数学', 'junior'], ['T2', 'none', '音乐', 'primary'], ['T3', 'none', '语文', undefined]]);
  });

  it('beside 骨干等级, the two must agree; 骨干等级 gives the level', async () => {
    const t = `工号,姓名,学校代码,任教学科,本校任教年限,骨干等级,是否县级及以上骨干教师\nT1,王芳,001,数学,8,市级,是\nT2,李强,001,音乐,7,校级,是\nT3,张敏,003,语文,3,县级,否\n`;
    const { lines } = await problems({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t });
    expect(lines).toEqual([
      'teachers.csv 第3行「是否县级及以上骨干教师」: 与骨干等级不一致（骨干等级为校级） / row 3 county_backbone: disagrees with backbone (school)',
      'teachers.csv 第4行「是否县级及以上骨干教师」: 与骨干等级不一致（骨干等级为县级） / row 4 county_backbone: disagrees with backbone (county)',
    ]);
  });
});

describe('骨干教师 and 骨干类型, and 是否骨干教师', () => {
  it('reads a column headed 骨干教师 or 骨干类型 as 骨干等级', async () => {
    for (const header of ['骨干教师', '骨干类型', '骨干教师级别']) {
      const t = `工号,姓名,学校代码,任教学科,本校任教年限,${header}\nT1,王芳,001,数学,8,县级骨干\nT2,李强,001,音乐,7,市骨干\nT3,张敏,003,语文,3,无\n`;
      const r = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t });
      if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
      expect(r.value.teachers.map((x) => x.backbone), header).toEqual(['county', 'city', 'none']);
      expect(formatIssues(r.value.warnings ?? []).filter((w) => w.includes(header)), header).toEqual([]);
    }
  });

  it('reads 是否骨干教师\'s 是 as 校级, the least it can mean, saying so once per file; another column\'s level stands', async () => {
    const t = `工号,姓名,学校代码,任教学科,本校任教年限,是否骨干教师,是否县级及以上骨干教师\nT1,王芳,001,数学,8,是,\nT2,李强,001,音乐,7,否,\nT3,张敏,003,语文,3,是,是\nT4,赵六,003,语文,3,,\n`;
    const r = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((x) => x.backbone)).toEqual(['school', 'none', 'county', 'none']);
    expect(formatIssues(r.value.warnings ?? []).filter((w) => w.includes('是否骨干教师'))).toEqual([
      'teachers.csv: 注意: 「是否骨干教师」列未给出骨干等级, 填「是」的 1 名教师按最低的校级骨干计（计入骨干教师交流比例, 不计入县级及以上骨干教师指标）; 如知道其等级, 请填写骨干等级列（第2行） / note: column any_backbone (是否骨干教师) gives no level, so the 1 teacher marked yes was read as school-level backbone teachers, the least it can mean (counted in the backbone share of those rotated, not in the county-level backbone indicator); give their level in a backbone (骨干等级) column where it is known (row 2)',
    ]);
    // A 骨干教师 column of 是 and 否 gives no level either: read as 是否骨干教师, not refused as levels.
    const yesNo = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': `工号,姓名,学校代码,任教学科,本校任教年限,骨干教师\nT1,王芳,001,数学,8,是\nT2,李强,001,音乐,7,否\nT3,张敏,003,语文,3,\n` });
    if (!yesNo.ok) throw new Error(formatIssues(yesNo.issues).join('\n'));
    expect(yesNo.value.teachers.map((x) => x.backbone)).toEqual(['school', 'none', 'none']);
    expect(formatIssues(yesNo.value.warnings ?? []).filter((w) => w.includes('「骨干教师」列未给出骨干等级'))).toHaveLength(1);
    const beside = `工号,姓名,学校代码,任教学科,本校任教年限,骨干等级,是否骨干教师,是否县级及以上骨干教师\nT1,王芳,001,数学,8,无,是,\nT2,李强,001,音乐,7,,否,是\nT3,张敏,003,语文,3,市级,是,是\n`;
    const { lines } = await problems({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': beside });
    expect(lines).toEqual([
      'teachers.csv 第2行「是否骨干教师」: 与骨干等级不一致（骨干等级为无） / row 2 any_backbone: disagrees with backbone (none)',
      'teachers.csv 第3行「是否骨干教师」: 与是否县级及以上骨干教师不一致（该列为「是」） / row 3 any_backbone: disagrees with county_backbone (yes)',
    ]);
  });
});

describe('applyCutoff: years counted to the cut-off date, and plausibility', () => {
  const p = policy({ 'plan.year': '2026' });

  it('counts years from 进本校年月 and warns when the stated years differ by more than one', async () => {
    const t = `工号,姓名,学校代码,任教学科,本校任教年限,进本校年月,出生年份\nT1,王芳,001,数学,3,2018-09,1985\nT2,李强,001,数学,7,2018-09,1985\nT3,张敏,001,数学,9,2018-09,1985\nT4,赵六,001,数学,5,,1985\n`;
    const r = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    const a = applyCutoff(r.value, p);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.county.teachers.map((x) => x.yearsAtSchool)).toEqual([8, 8, 8, 5]);
    expect(formatIssues(a.warnings)).toEqual([
      'teachers.csv 第2行「本校任教年限」: 注意: 本校任教年限填3年, 按进本校年月 2018年9月 计算到截止日为8年, 相差超过1年; 按进本校年月计 / row 2 years_at_school: note: years_at_school says 3, but joined_school 2018-09 gives 8 at the cut-off date, more than a year apart; the date is used',
    ]);
  });

  it('refuses the impossible (born after the cut-off, joined after it or before birth, more years than age) and warns of the implausible', async () => {
    const t = `工号,姓名,学校代码,任教学科,本校任教年限,进本校年月,出生年月\nT1,王芳,001,数学,3,,2030-01\nT2,李强,001,数学,,2027-03,1985-01\nT3,张敏,001,数学,,1979-03,1980-01\nT4,赵六,001,数学,99,,1995-01\nT5,钱七,001,数学,14,,1999-01\nT6,孙八,001,数学,,2010-09,1995-01\n`;
    const r = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    const a = applyCutoff(r.value, p);
    expect(a.ok).toBe(false);
    if (a.ok) return;
    expect(formatIssues(a.issues)).toEqual([
      'teachers.csv 第2行「出生年月」: 出生于截止日 2026年8月31日 之后, 不可能; 请核对 / row 2 birth_date: born after the cut-off date 2026-08-31: impossible; check the cell',
      'teachers.csv 第3行「进本校年月」: 进本校年月 2027年3月 晚于截止日 2026年8月31日; 请核对 / row 3 joined_school: joined the school 2027-03, after the cut-off date 2026-08-31; check the cell',
      'teachers.csv 第4行「进本校年月」: 进本校年月 1979年3月 早于出生, 不可能; 请核对进本校年月和出生年月 / row 4 joined_school: joined the school 1979-03, before being born: impossible; check joined_school and the birth date',
      'teachers.csv 第5行「本校任教年限」: 本校任教99年, 但截止日时只有31岁, 不可能; 请核对 / row 5 years_at_school: 99 years at the school at the age of 31 on the cut-off date: impossible; check the cell',
    ]);
    expect(formatIssues(a.warnings)).toEqual([
      'teachers.csv 第6行「本校任教年限」: 注意: 本校任教14年, 截止日时27岁, 多于年龄减18; 请核对 / row 6 years_at_school: note: 14 years at the school at the age of 27 on the cut-off date, more than the age minus 18; check the cell',
      'teachers.csv 第7行「进本校年月」: 注意: 2010年9月进本校时不满18岁; 请核对进本校年月和出生年月 / row 7 joined_school: note: joined the school 2010-09 before the age of 18; check joined_school and the birth date',
    ]);
  });
});

describe('policy: the cut-off date and the new parameters', () => {
  it('plan.cutoff defaults to 31 August of the plan year and is recorded with the values', () => {
    const p = policy({ 'plan.year': '2027' });
    expect(p.cutoff).toEqual({ year: 2027, month: 8, day: 31 });
    expect(p.values['plan.cutoff']).toBe('2027-08-31');
    expect(policy({ 'plan.cutoff': '2026-07-15' }).cutoff).toEqual({ year: 2026, month: 7, day: 15 });
    expect(policy().assumedBirthMonth).toBe(1);
    expect(policy().ageCeiling).toEqual({ on: false, male: 50, female: 45 });
  });

  it('refuses a date that is not one and numbers out of range', () => {
    expect(() => policy({ 'plan.cutoff': '2026-02-30' })).toThrow('expected a date (like 2026-08-31');
    expect(() => policy({ 'plan.cutoff': '31/8/2026' })).toThrow('expected a date (like 2026-08-31');
    expect(() => policy({ 'eligibility.assumed_birth_month': '13' })).toThrow('expected a value from 1 to 12');
    expect(() => policy({ 'eligibility.age_ceiling_male': '5' })).toThrow('expected a value from 18 to 70');
  });
});

describe('checkedCounty: the checks rotate validate makes after reading, as plan makes them', () => {
  it('reports the impossible dates and a bad policy value as plan would', async () => {
    const t = `工号,姓名,学校代码,任教学科,本校任教年限,出生年份\nT1,王芳,001,数学,99,1995\n`;
    const r = await load({ 'schools.csv': SCHOOLS_ZH, 'teachers.csv': t });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    const checked = checkedCounty({ county: r.value, baseline: [] }, [], 2026);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : formatIssues(checked.issues)).toEqual([
      'teachers.csv 第2行「本校任教年限」: 本校任教99年, 但截止日时只有31岁, 不可能; 请核对 / row 2 years_at_school: 99 years at the school at the age of 31 on the cut-off date: impossible; check the cell',
    ]);
    const bad = checkedCounty({ county: r.value, baseline: [] }, [{ key: 'plan.cutoff', value: '2026-13-01', file: '--set' }], 2026);
    expect(bad.ok ? [] : bad.issues.map((i) => i.en)).toEqual(['expected a date (like 2026-08-31, 2026/8/31 or 2026年8月31日), found "2026-13-01"']);
  });
});
