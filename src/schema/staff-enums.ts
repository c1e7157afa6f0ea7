/**
 * The vocabularies of the rulebook's teacher columns (任教学段, 教师资格种类, 学历, 是否在编,
 * 用人形式, 人员状态) and the schools' 城乡分类代码, each value with its English name, its
 * Chinese name from DOMAIN.md and the other words of the national system and county sheets.
 */
import type { Area, Certificate, Degree, Employment, Section, StaffState } from '../domain/types.js';
import { certificateLevel } from '../domain/sections.js';
import { enumParser } from './enums.js';
import { showEn, showZh } from './show-value.js';
import { expected, listedValues, ok, type CellParser } from './values.js';

type Table<T extends string> = Readonly<Record<T, readonly string[]>>;

export const SECTIONS: Table<Section> = {
  primary: ['小学', '小学部'],
  junior: ['初中', '初中部', '初级中学'],
  senior: ['高中', '高中部', '高级中学'],
};

export const CERTIFICATES: Table<Certificate> = {
  kindergarten: ['幼儿园', '幼儿'],
  primary: ['小学'],
  junior: ['初级中学', '初中'],
  senior: ['高级中学', '高中'],
  vocational: ['中等职业学校', '中职', '中等职业学校文化课', '中等职业学校专业课'],
  vocational_practice: ['中等职业学校实习指导', '中职实习指导', '实习指导'],
  higher: ['高等学校', '高校'],
};

// With the names of GB/T 4658 (the national system's 学历: 研究生班毕业, 大学普通班毕业, 职业高中毕业,
// 技工学校毕业, 普通高中毕业, 小学毕业 …; 毕业, 结业 and 肄业 are stripped), each at its code's level
// (1x 研究生, 2x 本科, 3x 专科, 4x–9x 中专/高中 and below), and 中等师范, the 小学 teacher's required degree.
export const DEGREES: Table<Degree> = {
  postgraduate: ['研究生', '博士研究生', '硕士研究生', '博士', '硕士', '研究生毕业', '研究生班'],
  bachelor: ['本科', '大学本科', '大学', '大学普通班'],
  associate: ['专科', '大专', '大学专科', '高职'],
  secondary: ['高中及以下', '中专', '中师', '高中', '职高', '中等专科', '初中', '初中及以下', '普通高中', '职业高中', '中等师范', '技工学校', '技校', '中技', '中等职业学校', '中职', '小学', '小学及以下', '高中以下'],
};

export const EMPLOYMENTS: Table<Employment> = {
  regular: ['在编', '编制内', '在编教师', '正式', '公办', '事业编制'],
  special_post: ['特岗教师', '特岗', '特设岗位教师', '特设岗位', '特岗计划', '特岗计划教师'],
  substitute: ['代课', '代课教师', '临时代课'],
  contract: ['合同', '合同制', '合同制教师', '聘用', '聘用制', '劳务派遣', '人事代理', '编外', '编外人员', '编外教师', '非在编', '非编', '临聘', '临时聘用', '备案制', '政府购买服务', '购买服务', '校聘', '自聘', '银龄讲学', '银龄教师', '返聘', '退休返聘', '返聘教师'],
  other: ['其他'],
};

export const STAFF_STATES: Table<StaffState> = {
  // 正常: what county sheets write in 人员状态 for a teacher at work.
  on_post: ['在岗', '在职', '在岗在编', 'active', 'on_duty', '正常', '正常在岗'],
  sick_leave: ['病休', '病假', '长期病假', '长病假', '长期病休', '休病假', '病假中'],
  seconded: ['借调', '借用', '借出', '外借', '支教', '援疆', '援藏'],
  leave: ['休假', '产假', '休产假', '产假中', '事假', '停薪留职', '长假', '哺乳假'],
  study: ['脱产进修', '进修', '脱产学习', '脱产培训', '学习进修'],
  off_post: ['离岗', '待岗', '离岗待退', '内退', '停职'],
  retired: ['退休', '已退休', '离退休'],
  other: ['其他'],
};

const ON_STAFF: Table<'yes' | 'no'> = {
  yes: ['是', '在编', 'y', 'true', '1', '√', 'on_staff'],
  no: ['否', '不在编', '非在编', '编外', '编外人员', '非编', 'n', 'false', '0', '×', 'off_staff'],
};

/** The values of a cell that lists several, each read; null where it holds one, or one of them is no value. */
function several<T>(parse: CellParser<T>, text: string): T[] | null {
  const values: T[] = [];
  for (const part of listedValues(text) ?? []) {
    const r = parse(part);
    if (!r.ok) return null;
    values.push(r.value);
  }
  return values.length > 0 ? values : null;
}

const sectionWord = enumParser(SECTIONS);

/**
 * 任教学段: primary 小学 / junior 初中 / senior 高中 (`小学部` too). One only: a teacher of both
 * sections of a 九年一贯制 (`小学、初中`) is told to give the one mainly taught, which the posts
 * and the stage rule read.
 */
export const parseSection: CellParser<Section> = (text) => {
  const r = sectionWord(text);
  if (r.ok || several(sectionWord, text) === null) return r;
  return { ok: false, zh: `只能填一个学段, 实为${showZh(text)}: 请填主要任教的学段（小学、初中或高中）`, en: `one stage only, found ${showEn(text)}: give the stage mainly taught (primary, junior or senior)` };
};

const certificateWord = enumParser(CERTIFICATES, /(教师资格证书|教师资格证|教师资格|资格证|教师)$/u);

/**
 * 教师资格种类: 幼儿园 / 小学 / 初级中学 / 高级中学 / 中等职业学校 / 实习指导 / 高等学校 (`初中教师资格证`
 * too). A teacher who holds several (`小学、初级中学`) holds the one covering most sections, since a
 * certificate covers its own level and those below (教师资格条例 第五条): the first such.
 */
export const parseCertificate: CellParser<Certificate> = (text) => {
  const r = certificateWord(text);
  const held = r.ok ? null : several(certificateWord, text);
  if (!held) return r;
  let best = held[0] as Certificate;
  for (const c of held) if (certificateLevel(c) > certificateLevel(best)) best = c;
  return ok(best);
};
const degreeWord = enumParser(DEGREES, /(毕业|学历|结业|肄业)+$/u);

/** The first digit of the national 学历代码 (GB/T 4658): 1 研究生, 2 本科, 3 专科, 4–9 中专/高中 and below. */
function degreeOfCode(digit: number): Degree {
  return digit === 1 ? 'postgraduate' : digit === 2 ? 'bachelor' : digit === 3 ? 'associate' : 'secondary';
}

/** 学历: 研究生 / 本科 / 专科 / 高中及以下 (`本科毕业`, `大学本科学历` too), or a two-digit national code (`21`). */
export const parseDegree: CellParser<Degree> = (text) => {
  const code = /^([1-9])\d$/u.exec(text.normalize('NFKC').trim());
  return code?.[1] !== undefined ? ok(degreeOfCode(Number(code[1]))) : degreeWord(text);
};
/** 用人形式: 在编 / 特岗教师 / 代课 / 合同 (聘用, 劳务派遣, 编外…) / 其他. */
export const parseEmployment = enumParser(EMPLOYMENTS);
const staffStateWord = enumParser(STAFF_STATES);

/** Pregnancy or nursing written as a 人员状态 (哺乳期, 孕期): the teacher is at her post; 免交流原因 is where it exempts her. */
const AT_POST_EXEMPTION = /孕|哺乳期|pregnan|nursing/u;

/**
 * 人员状态: 在岗 / 病休 / 借调 / 休假 / 脱产进修 / 离岗 / 退休 / 其他. 哺乳期 or 孕期 is refused with
 * where to write it (产假 and 哺乳假, leave from the post, are 休假).
 */
export const parseStaffState: CellParser<StaffState> = (text) => {
  const r = staffStateWord(text);
  if (r.ok || !AT_POST_EXEMPTION.test(text.normalize('NFKC').toLowerCase())) return r;
  return {
    ok: false,
    zh: `${r.zh}; 孕期、哺乳期的教师仍在岗: 人员状态填「在岗」, 把${showZh(text.normalize('NFKC').trim())}填在「免交流原因」列, 即免交流（产假、哺乳假离岗的, 人员状态填「休假」）`,
    en: `${r.en}; a pregnant or nursing teacher is at her post: write 在岗 (on_post) here and ${showEn(text.normalize('NFKC').trim())} in the exempt (免交流原因) column, which exempts her (on maternity or nursing leave, write 休假 (leave) here)`,
  };
};

/** A parser that also keeps the words as written (a reason quotes 「病假」, not the canonical 病休). */
export function labelled<T>(parse: CellParser<T>): CellParser<{ value: T; label: string }> {
  return (text) => {
    const r = parse(text);
    return r.ok ? ok({ value: r.value, label: text.normalize('NFKC').trim() }) : r;
  };
}

const onStaffWord = enumParser(ON_STAFF);
/** 是否在编: 是/在编 or 否/不在编/编外 (and yes/no). */
export const parseOnStaff: CellParser<boolean> = (text) => {
  const r = onStaffWord(text);
  return r.ok ? ok(r.value === 'yes') : r;
};

/** 城乡分类代码 (统计用城乡划分代码) → area: 111/112 城区, 121/122/123 镇区, 210/220 乡村. */
const CODE_AREA: Readonly<Record<string, Area>> = { '111': 'urban', '112': 'urban', '121': 'town', '122': 'town', '123': 'town', '210': 'rural', '220': 'rural' };

/**
 * A 城乡分类代码 cell: the three-digit code, alone or followed by its name (`111主城区`,
 * `121-镇中心区`). Returns the code and the area it means.
 */
export const parseUrbanRuralCode: CellParser<{ code: string; area: Area }> = (text) => {
  const m = /^(\d{3})(?:\D.*)?$/su.exec(text.normalize('NFKC').trim());
  const area = m?.[1] !== undefined ? CODE_AREA[m[1]] : undefined;
  if (m?.[1] !== undefined && area) return ok({ code: m[1], area });
  return expected('城乡分类代码 111/112（城区）、121/122/123（镇区）、210/220（乡村）之一', 'an urban-rural code: 111/112 (urban), 121/122/123 (town) or 210/220 (rural)', text);
};
