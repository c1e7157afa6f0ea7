import type { Lang } from '../domain/types.js';
import type { Move } from '../plan/build-plan.js';
import type { SchoolFigures } from '../plan/school-figures.js';
import type { TeacherStatus } from '../plan/teacher-status.js';
import type { Column } from './csv.js';

const BACKBONE: Record<string, { zh: string; en: string }> = {
  none: { zh: '无', en: 'none' },
  school: { zh: '校级', en: 'school' },
  county: { zh: '县级', en: 'county' },
  city: { zh: '市级', en: 'city' },
  province: { zh: '省级', en: 'province' },
};

export function assignmentColumns(lang: Lang): Column<Move>[] {
  const t = (zh: string, en: string): string => (lang === 'zh' ? zh : en);
  return [
    { en: 'teacher_id', zh: '工号', get: (m) => m.teacher.id },
    { en: 'name', zh: '姓名', get: (m) => m.teacher.name },
    { en: 'subject', zh: '任教学科', get: (m) => m.teacher.subjectLabel },
    { en: 'backbone', zh: '骨干等级', get: (m) => (lang === 'zh' ? BACKBONE[m.teacher.backbone]?.zh : BACKBONE[m.teacher.backbone]?.en) },
    { en: 'from_school_id', zh: '原学校代码', get: (m) => m.from.id },
    { en: 'from_school', zh: '原学校', get: (m) => m.from.name },
    { en: 'to_school_id', zh: '交流学校代码', get: (m) => m.to.id },
    { en: 'to_school', zh: '交流学校', get: (m) => m.to.name },
    { en: 'direction', zh: '交流方向', get: (m) => t(m.direction.zh, m.direction.en) },
    { en: 'locked', zh: '人工锁定', get: (m) => m.locked },
    { en: 'reason', zh: '理由', get: (m) => t(m.reason.zh, m.reason.en) },
  ];
}

export function schoolColumns(): Column<SchoolFigures>[] {
  return [
    { en: 'school_id', zh: '学校代码', get: (f) => f.school.id },
    { en: 'name', zh: '学校名称', get: (f) => f.school.name },
    { en: 'area', zh: '城乡类型', get: (f) => f.school.area },
    { en: 'weak', zh: '薄弱学校', get: (f) => f.school.weak },
    { en: 'students', zh: '在校学生数', get: (f) => f.school.students },
    { en: 'teachers_before', zh: '调整前教师数', get: (f) => f.teachersBefore },
    { en: 'teachers_after', zh: '调整后教师数', get: (f) => f.teachersAfter },
    { en: 'posts', zh: '岗位数', get: (f) => f.posts },
    { en: 'shortage_before', zh: '调整前缺员', get: (f) => f.shortageBefore },
    { en: 'shortage_after', zh: '调整后缺员', get: (f) => f.shortageAfter },
    { en: 'scarce_shortage_before', zh: '紧缺学科缺员前', get: (f) => f.scarceShortageBefore },
    { en: 'scarce_shortage_after', zh: '紧缺学科缺员后', get: (f) => f.scarceShortageAfter },
    { en: 'backbone_before', zh: '调整前骨干数', get: (f) => f.backboneBefore },
    { en: 'backbone_after', zh: '调整后骨干数', get: (f) => f.backboneAfter },
    { en: 'outflow', zh: '调出', get: (f) => f.outflow },
    { en: 'inflow', zh: '调入', get: (f) => f.inflow },
    { en: 'county_backbone_before', zh: '调整前县级以上骨干数', get: (f) => f.countyBackboneBefore },
    { en: 'county_backbone_after', zh: '调整后县级以上骨干数', get: (f) => f.countyBackboneAfter },
    { en: 'backbone_per_100_before', zh: '调整前每百名学生县级以上骨干数', get: (f) => f.backbonePer100Before },
    { en: 'backbone_per_100_after', zh: '调整后每百名学生县级以上骨干数', get: (f) => f.backbonePer100After },
    { en: 'arts_pe_per_100_before', zh: '调整前每百名学生体音美教师数', get: (f) => f.artsPePer100Before },
    { en: 'arts_pe_per_100_after', zh: '调整后每百名学生体音美教师数', get: (f) => f.artsPePer100After },
  ];
}

export function teacherColumns(lang: Lang): Column<TeacherStatus>[] {
  const t = (zh: string, en: string): string => (lang === 'zh' ? zh : en);
  return [
    { en: 'teacher_id', zh: '工号', get: (s) => s.teacher.id },
    { en: 'name', zh: '姓名', get: (s) => s.teacher.name },
    { en: 'school_id', zh: '学校代码', get: (s) => s.teacher.schoolId },
    { en: 'subject', zh: '任教学科', get: (s) => s.teacher.subjectLabel },
    { en: 'status', zh: '状态', get: (s) => t(s.label.zh, s.label.en) },
    { en: 'to_school_id', zh: '交流学校代码', get: (s) => s.toSchoolId ?? '' },
    { en: 'reason', zh: '理由', get: (s) => t(s.reason.zh, s.reason.en) },
  ];
}

/**
 * A plan written with rules relaxed says so on every row of every table: a last column
 * naming the relaxed rules, so that no copy of the file can pass for a rule-abiding plan.
 */
export function markRelaxed<R>(columns: Column<R>[], relaxedRules: readonly string[], lang: Lang): Column<R>[] {
  if (relaxedRules.length === 0) return columns;
  const note = lang === 'zh' ? `已放宽规则: ${relaxedRules.join('、')}` : `rules relaxed: ${relaxedRules.join(', ')}`;
  return [...columns, { en: 'plan_status', zh: '方案状态', get: () => note }];
}
