import { describe, expect, it } from 'vitest';
import { parseCertificate, parseDegree, parseEmployment, parseOnStaff, parseSection, parseStaffState, parseUrbanRuralCode } from '../../src/schema/staff-enums.js';
import type { CellParser } from '../../src/schema/values.js';

const v = <T>(p: CellParser<T>, s: string) => {
  const r = p(s);
  return r.ok ? r.value : `bad: ${r.zh}`;
};

describe('the rulebook vocabularies, English and Chinese', () => {
  it('teaching stage, certificate, degree', () => {
    expect([v(parseSection, '小学部'), v(parseSection, '初中'), v(parseSection, 'senior')]).toEqual(['primary', 'junior', 'senior']);
    expect([v(parseCertificate, '初级中学'), v(parseCertificate, '初中教师资格证'), v(parseCertificate, '高级中学教师资格'), v(parseCertificate, 'primary')]).toEqual(['junior', 'junior', 'senior', 'primary']);
    expect([v(parseDegree, '大学本科'), v(parseDegree, '研究生毕业'), v(parseDegree, '大专'), v(parseDegree, '高中及以下'), v(parseDegree, 'bachelor')]).toEqual(['bachelor', 'postgraduate', 'associate', 'secondary', 'bachelor']);
    // The national 学历代码: 11 博士, 21 大学本科, 31 大专, 41 中专.
    expect(['11', '21', '31', '41', '61'].map((c) => v(parseDegree, c))).toEqual(['postgraduate', 'bachelor', 'associate', 'secondary', 'secondary']);
    // GB/T 4658's names, as the national system writes them, each at its code's level; 中等师范 is 中专's.
    const gb: [string, string][] = [
      ['博士研究生毕业', 'postgraduate'], ['硕士研究生毕业', 'postgraduate'], ['研究生班毕业', 'postgraduate'], ['研究生毕业', 'postgraduate'],
      ['大学本科毕业', 'bachelor'], ['大学普通班毕业', 'bachelor'], ['大学专科毕业', 'associate'], ['大学专科结业', 'associate'],
      ['中等专科毕业', 'secondary'], ['职业高中毕业', 'secondary'], ['技工学校毕业', 'secondary'], ['中等师范毕业', 'secondary'],
      ['普通高中毕业', 'secondary'], ['普通高中肄业', 'secondary'], ['初中毕业', 'secondary'], ['小学毕业', 'secondary'], ['61-普通高中毕业', 'secondary'],
    ];
    expect(gb.map(([s]) => [s, v(parseDegree, s)])).toEqual(gb);
  });

  it('several certificates are the one covering most sections; several stages are one too many, said so', () => {
    expect(['小学、初级中学', '初中教师资格证/小学教师资格证', '幼儿园，小学', '高级中学; 初级中学'].map((s) => v(parseCertificate, s))).toEqual(['junior', 'junior', 'primary', 'senior']);
    expect(v(parseCertificate, '小学、大学')).toMatch(/^bad: 应为幼儿园/u);
    expect(v(parseSection, '小学、初中')).toBe('bad: 只能填一个学段, 实为「小学、初中」: 请填主要任教的学段（小学、初中或高中）');
    expect(v(parseSection, '小学、大学')).toMatch(/^bad: 应为小学\/初中\/高中/u);
  });

  it('staff: 是否在编, 用人形式, 人员状态', () => {
    expect([v(parseOnStaff, '是'), v(parseOnStaff, '在编'), v(parseOnStaff, '否'), v(parseOnStaff, '编外'), v(parseOnStaff, 'no')]).toEqual([true, true, false, false, false]);
    expect([v(parseEmployment, '在编'), v(parseEmployment, '特岗'), v(parseEmployment, '代课教师'), v(parseEmployment, '劳务派遣'), v(parseEmployment, 'contract')]).toEqual(['regular', 'special_post', 'substitute', 'contract', 'contract']);
    expect([v(parseStaffState, '在岗'), v(parseStaffState, '病假'), v(parseStaffState, '借调'), v(parseStaffState, 'on_post')]).toEqual(['on_post', 'sick_leave', 'seconded', 'on_post']);
    expect(['政府购买服务', '校聘', '银龄讲学', '特岗计划'].map((s) => v(parseEmployment, s))).toEqual(['contract', 'contract', 'contract', 'special_post']);
    expect(['学习进修', '长期病休', '支教', '援疆', '哺乳假'].map((s) => v(parseStaffState, s))).toEqual(['study', 'sick_leave', 'seconded', 'seconded', 'leave']);
    expect(['正常', '在职', '正常在岗'].map((s) => v(parseStaffState, s))).toEqual(['on_post', 'on_post', 'on_post']);
    // As county rosters write them: 编外人员 beside 编外, the verb before a leave (休产假, 休病假) or 中 after it.
    expect(['编外人员', '编外教师', '非在编', '非编'].map((s) => v(parseEmployment, s))).toEqual(['contract', 'contract', 'contract', 'contract']);
    expect(['编外人员', '非编'].map((s) => v(parseOnStaff, s))).toEqual([false, false]);
    expect(['休产假', '产假中', '休病假', '病假中', '休 产 假'].map((s) => v(parseStaffState, s))).toEqual(['leave', 'leave', 'sick_leave', 'sick_leave', 'leave']);
  });

  it('refuses unknown words, listing the accepted ones', () => {
    expect(v(parseStaffState, '出差')).toMatch(/^bad: 应为在岗\/病休\/借调/u);
    // 哺乳期 or 孕期 is no staff state: the refusal says where it goes.
    expect(v(parseStaffState, '哺乳期')).toMatch(/^bad: 应为在岗\/病休\/借调.*; 孕期、哺乳期的教师仍在岗: 人员状态填「在岗」, 把「哺乳期」填在「免交流原因」列, 即免交流/u);
    const en = parseStaffState('孕期');
    expect(en.ok ? '' : en.en).toContain('write 在岗 (on_post) here and "孕期" in the exempt (免交流原因) column');
    expect(v(parseStaffState, '哺乳假')).toBe('leave');
    expect(v(parseEmployment, '3')).toMatch(/^bad: 应为在编\/特岗教师/u);
    expect(v(parseOnStaff, '也许')).toMatch(/^bad: 应为是\/否/u);
  });

  it('城乡分类代码: the code alone or with its name; other codes refused', () => {
    expect(v(parseUrbanRuralCode, '111')).toEqual({ code: '111', area: 'urban' });
    expect(v(parseUrbanRuralCode, '112')).toEqual({ code: '112', area: 'urban' });
    expect(v(parseUrbanRuralCode, '121-镇中心区')).toEqual({ code: '121', area: 'town' });
    expect(v(parseUrbanRuralCode, '123')).toEqual({ code: '123', area: 'town' });
    expect(v(parseUrbanRuralCode, '２２０村庄')).toEqual({ code: '220', area: 'rural' });
    for (const s of ['100', '2100', '城区', '']) expect(v(parseUrbanRuralCode, s), s).toMatch(/^bad: 应为城乡分类代码/u);
  });
});
