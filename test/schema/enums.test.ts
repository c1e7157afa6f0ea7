import { describe, expect, it } from 'vitest';
import { parseArea, parseBackbone, parseGender, parseLockAction, parseRole, parseSchoolStage, parseStage, parseTitle } from '../../src/schema/enums.js';

const v = (r: { ok: true; value: unknown } | { ok: false }) => (r.ok ? r.value : 'ERROR');

describe('enums', () => {
  it('stage', () => {
    expect(['primary', '小学', 'Primary', 'junior', '初中', '初级中学', '高中', 'senior', '九年一贯制', 'nine_year', 'nine year', '完全中学', 'complete'].map((t) => v(parseStage(t)))).toEqual([
      'primary', 'primary', 'primary', 'junior', 'junior', 'junior', 'senior', 'senior', 'nine_year', 'nine_year', 'nine_year', 'complete', 'complete',
    ]);
    expect(parseStage('大学')).toEqual({
      ok: false,
      zh: '应为小学/初中/高中/九年一贯制/完全中学/十二年一贯制 之一, 实为「大学」',
      en: 'expected one of primary/junior/senior/nine_year/complete/twelve_year, found "大学"',
    });
    expect(parseStage('').ok).toBe(false);
  });

  it('area, with 城市 主城区 镇 城镇 农村 村', () => {
    const cases: [string, string][] = [['urban', 'urban'], ['城区', 'urban'], ['城市', 'urban'], ['主城区', 'urban'], ['town', 'town'], ['镇区', 'town'], ['镇', 'town'], ['城镇', 'town'], ['rural', 'rural'], ['乡村', 'rural'], ['农村', 'rural'], ['村', 'rural']];
    for (const [t, want] of cases) expect(v(parseArea(t))).toBe(want);
    // 县城 and 乡镇 name no one area: refused, saying what they may be and what is allowed.
    expect(parseArea('县城')).toEqual({
      ok: false,
      zh: '「县城」可能是城区或镇区, 无法确定: 应为城区/镇区/乡村 之一（或填写城乡分类代码 111/112 城区、121/122/123 镇区、210/220 乡村）',
      en: '"县城" may be urban or town: expected one of urban/town/rural (or give the urban-rural code: 111/112 urban, 121/122/123 town, 210/220 rural)',
    });
    expect(parseArea(' 乡镇 ')).toMatchObject({ ok: false, zh: expect.stringMatching(/^「乡镇」可能是镇区或乡村, 无法确定: 应为城区\/镇区\/乡村 之一/u) });
  });

  it('学段 by the short names of the 一贯制 schools (九年制, 十二年制) and 完中', () => {
    expect(['九年制', '九年一贯', '九年制学校', '十二年制', '十二年一贯', '十二年制学校', '完中'].map((t) => v(parseStage(t)))).toEqual(['nine_year', 'nine_year', 'nine_year', 'twelve_year', 'twelve_year', 'twelve_year', 'complete']);
    expect(v(parseSchoolStage('九年制'))).toEqual({ stage: 'nine_year', teachingPoint: false });
  });

  it('backbone, with 县级骨干 and 县级骨干教师', () => {
    const cases: [string, string][] = [['无', 'none'], ['none', 'none'], ['校级', 'school'], ['县级', 'county'], ['县级骨干', 'county'], ['县级骨干教师', 'county'], ['市级', 'city'], ['市级骨干', 'city'], ['省级', 'province'], ['province', 'province']];
    for (const [t, want] of cases) expect(v(parseBackbone(t))).toBe(want);
    expect(parseBackbone('优秀').ok).toBe(false);
    // 特级教师 is conferred by the province; 名师 and 骨干班主任 at a level count at that level.
    expect([v(parseBackbone('特级教师')), v(parseBackbone('特级')), v(parseBackbone('市级名师')), v(parseBackbone('县级骨干班主任'))]).toEqual(['province', 'province', 'city', 'county']);
    // The tiers beside 骨干教师 at a level count at that level.
    expect([v(parseBackbone('县级学科带头人')), v(parseBackbone('市级学科带头人')), v(parseBackbone('省级教学能手'))]).toEqual(['county', 'city', 'province']);
    // A tier with no level says no level: an error, not 无 (it read as 无 before, as did 骨干教师 alone).
    expect(parseBackbone('学科带头人').ok).toBe(false);
    expect(parseBackbone('骨干教师').ok).toBe(false);
    expect(v(parseBackbone('-'))).toBe('none');
    // The level without 级 (县骨干, 市骨干教师), as county sheets shorten it.
    expect(['县骨干', '区骨干', '市骨干', '省骨干', '校骨干', '县骨干教师', '市学科带头人'].map((t) => v(parseBackbone(t)))).toEqual(['county', 'county', 'city', 'province', 'school', 'county', 'city']);
    // A 是 among levels names none, and the message says where a yes alone is read.
    const yes = parseBackbone('是');
    expect(yes.ok ? '' : yes.zh).toBe('应为无/校级/县级/市级/省级 之一, 实为「是」: 「是/否」没有说明骨干级别, 请填写级别（校级/县级/市级/省级）; 只有整列都是「是/否」时, 才按是否骨干教师读（是 = 校级）');
  });

  it('title, with the teacher grades 三级/二级/一级/高级/正高级教师', () => {
    const cases: [string, string][] = [
      ['未定级', 'none'], ['初级', 'junior'], ['中级', 'intermediate'], ['高级', 'senior'], ['正高级', 'full_senior'],
      ['三级教师', 'junior'], ['二级教师', 'junior'], ['一级教师', 'intermediate'], ['高级教师', 'senior'], ['正高级教师', 'full_senior'],
      ['full_senior', 'full_senior'], ['intermediate', 'intermediate'],
      // The 2015 titles' full names, as the national system writes them, and the words for none yet.
      ['中小学正高级教师', 'full_senior'], ['中小学高级教师', 'senior'], ['中小学一级教师', 'intermediate'], ['中小学二级教师', 'junior'], ['中小学三级教师', 'junior'],
      ['员级', 'junior'], ['未评级', 'none'], ['暂未评定', 'none'], ['试用期', 'none'],
      // The national system's word for a teacher not yet graded, and the others for none.
      ['未定职级', 'none'], ['未定职称', 'none'], ['未评', 'none'], ['无职称', 'none'],
    ];
    for (const [t, want] of cases) expect(v(parseTitle(t))).toBe(want);
  });

  it('role, gender and lock action', () => {
    expect([v(parseRole('教师')), v(parseRole('校长')), v(parseRole('副校长')), v(parseRole('vice_principal'))]).toEqual(['teacher', 'principal', 'vice_principal', 'vice_principal']);
    // The 事业单位 post class some rosters put in 岗位类别: a teacher's is 专业技术岗位.
    expect([v(parseRole('专业技术岗位')), v(parseRole('专技岗位')), v(parseRole('正校长'))]).toEqual(['teacher', 'teacher', 'principal']);
    expect([v(parseGender('M')), v(parseGender('f')), v(parseGender('男')), v(parseGender('女'))]).toEqual(['M', 'F', 'M', 'F']);
    expect([v(parseLockAction('留任')), v(parseLockAction('调往')), v(parseLockAction('禁止')), v(parseLockAction('MOVE'))]).toEqual(['stay', 'move', 'forbid', 'move']);
    expect(parseGender('X')).toEqual({ ok: false, zh: '应为男/女 之一, 实为「X」', en: 'expected one of M/F, found "X"' });
    // A bare code is no gender alone: only a column made of them is read as codes (gender-codes.ts).
    expect([v(parseGender('1-男')), v(parseGender('2－女')), v(parseGender('1'))]).toEqual(['M', 'F', 'ERROR']);
  });

  it('城乡类型 as the statistics write it (镇中心区, 村庄 …, or the code), 学段 as 办学类型 codes; a 教学点 as a school\'s 学段 is a 小学 teaching point', () => {
    const areas = ['主城区', '城乡结合区', '镇中心区', '镇乡结合区', '特殊区域', '乡中心区', '村庄', '112', '121-镇中心区', '220'].map((a) => v(parseArea(a)));
    expect(areas).toEqual(['urban', 'urban', 'town', 'town', 'town', 'rural', 'rural', 'urban', 'town', 'rural']);
    expect(['211', '311', '312', '341', '342', '312-九年一贯制学校', '319-职业初中', '345'].map((t) => v(parseStage(t)))).toEqual(['primary', 'junior', 'nine_year', 'complete', 'senior', 'nine_year', 'junior', 'twelve_year']);
    for (const point of ['教学点', '小学教学点', '218-小学教学点']) {
      expect(parseStage(point).ok).toBe(false);
      expect(v(parseSchoolStage(point))).toEqual({ stage: 'primary', teachingPoint: true });
    }
    expect(v(parseSchoolStage('小学'))).toEqual({ stage: 'primary', teachingPoint: false });
  });

  it('reads a school\'s 学段 that lists its sections as the school they make', () => {
    expect(['小学、初中', '初中部/小学部', '初中,高中', '小学+初中+高中', '小学和初中'].map((t) => v(parseSchoolStage(t)))).toEqual([
      { stage: 'nine_year', teachingPoint: false },
      { stage: 'nine_year', teachingPoint: false },
      { stage: 'complete', teachingPoint: false },
      { stage: 'twelve_year', teachingPoint: false },
      { stage: 'nine_year', teachingPoint: false },
    ]);
    // No school has only 小学 and 高中, nor is a list of one or of other words a school's sections.
    expect(['小学、高中', '小学、小学', '小学、大学', '九年一贯制、高中'].map((t) => parseSchoolStage(t).ok)).toEqual([false, false, false, false]);
  });

});
