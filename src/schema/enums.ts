/**
 * The closed vocabularies of the input (stage, area, backbone level, title, role, gender,
 * lock action), each value with its English name, its Chinese name from DOMAIN.md and the
 * other words county staff use for it.
 */
import type { Area, Backbone, Gender, LockAction, ObjectionDecision, Role, Stage, Title } from '../domain/types.js';
import { dutyRole } from './duty.js';
import { showEn, showZh } from './show-value.js';
import { expected, listedValues, type CellParser, ok, parseYesNo, withoutCodePrefix } from './values.js';

/** Canonical value → accepted spellings (the first Chinese one is shown in messages). */
type Table<T extends string> = Readonly<Record<T, readonly string[]>>;

function key(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/[\s_\-]+/gu, '');
}

/**
 * A parser for one vocabulary. `strip` removes a suffix people add (`县级骨干` → `县级`)
 * before the lookup. Matching ignores case, spaces, underscores and full-width forms. A value
 * with the national system's code before it (`1-男`, `2-小学`) is read by its label.
 */
export function enumParser<T extends string>(table: Table<T>, strip?: RegExp): CellParser<T> {
  const lookup = new Map<string, T>();
  for (const [value, words] of Object.entries(table) as [T, readonly string[]][]) {
    for (const w of [value, ...words]) lookup.set(key(w), value);
  }
  const values = Object.keys(table) as T[];
  const zh = values.map((v) => table[v][0] ?? v).join('/');
  const en = values.join('/');
  const parse: CellParser<T> = (text) => {
    let k = key(text);
    const direct = lookup.get(k);
    if (direct) return ok(direct);
    if (strip) {
      k = key(k.replace(strip, ''));
      // Nothing left (`骨干教师` alone, with no level) is no value: not the `-` that means none.
      const stripped = k === '' ? undefined : lookup.get(k);
      if (stripped) return ok(stripped);
    }
    return expected(`${zh} 之一`, `one of ${en}`, text);
  };
  return (text) => {
    const r = parse(text);
    const label = r.ok ? null : withoutCodePrefix(text);
    const relabelled = label === null ? r : parse(label);
    return relabelled.ok ? relabelled : r;
  };
}

// With the codes of 办学类型 in the education statistics (211 小学, 311 初级中学, 312 九年一贯制学校, 341 完全中学, 342 高级中学).
export const STAGES: Table<Stage> = {
  primary: ['小学', '211'],
  // 职业初中 (319) is a junior secondary school of the compulsory years, as a 初级中学 is.
  junior: ['初中', '初级中学', '311', '职业初中', '319'],
  senior: ['高中', '高级中学', '342'],
  // 九年制 and 十二年制: the short names county sheets use for the 一贯制 schools.
  nine_year: ['九年一贯制', '九年一贯制学校', '312', '九年一贯', '九年制', '九年制学校'],
  complete: ['完全中学', '完中', '341'],
  twelve_year: ['十二年一贯制', '十二年一贯制学校', '345', '十二年一贯', '十二年制', '十二年制学校'],
};

// With the statistics' finer classes and their codes (统计用城乡划分: 111 主城区, 112 城乡结合区; 121
// 镇中心区, 122 镇乡结合区, 123 特殊区域; 210 乡中心区, 220 村庄), as rosters fill 城乡类型 with them.
export const AREAS: Table<Area> = {
  urban: ['城区', '城市', '主城区', '城乡结合区', 'city', '111', '112'],
  town: ['镇区', '镇', '城镇', '镇中心区', '镇乡结合区', '特殊区域', '121', '122', '123'],
  rural: ['乡村', '农村', '村', '乡中心区', '村庄', 'village', '210', '220'],
};

// The level alone (县, 市) is what is left of 县骨干 or 市学科带头人 once the tier is stripped.
export const BACKBONES: Table<Backbone> = {
  none: ['无', '否', '非骨干', '-', '—', '/'],
  school: ['校级', '校'],
  county: ['县级', '区级', '县区级', '县', '区'],
  city: ['市级', '地市级', '市'],
  // 特级教师 is a provincial award (教育部《特级教师评选规定》: 省级人民政府 confers it).
  province: ['省级', '特级教师', '特级', '省'],
};

// The 2015 titles as their full name writes them (中小学高级教师: 教师 is stripped), the older ones
// (小学高级 is 中级, 中学高级 is 高级), the 员级 of some rosters (below 初级: counted with it), and the
// national system's 未定职级 for a teacher not yet graded.
export const TITLES: Table<Title> = {
  none: ['未定级', '无', '未评', '未评级', '未评定', '暂未评定', '见习', '试用期', '未定职级', '未定职称'],
  junior: ['初级', '二级', '三级', '员级', '中小学二级', '中小学三级', '小学一级', '小学二级', '小学三级', '中学二级', '中学三级'],
  intermediate: ['中级', '一级', '中小学一级', '小学高级', '中学一级'],
  senior: ['高级', '副高', '副高级', '中小学高级', '中学高级'],
  full_senior: ['正高级', '正高', '中小学正高级'],
};

export const ROLES: Table<Role> = {
  // 专业技术岗位, 管理岗位: the 事业单位 post class, as the national system fills 岗位类别; it does not
  // say who leads the school (职务 does, duty.ts), so it is a teacher's unless 职务 names a leader.
  teacher: ['教师', '专任教师', '老师', '专业技术岗位', '专技岗位', '教学岗位', '管理岗位', '管理岗'],
  principal: ['校长', '正校长'],
  vice_principal: ['副校长', 'deputy_principal'],
};

export const GENDERS: Table<Gender> = {
  M: ['男', '男性', 'male'],
  F: ['女', '女性', 'female'],
};

export const LOCK_ACTIONS: Table<LockAction> = {
  stay: ['留任', '留'],
  move: ['调往', '调动', '交流'],
  forbid: ['禁止', '禁止调往', '不得调往'],
};

/** 学段: 小学, 初中, 高中, 九年一贯制, 完全中学 or 十二年一贯制 (or their statistics codes). */
export const parseStage: CellParser<Stage> = enumParser(STAGES);

const TEACHING_POINT = new Set(['教学点', '小学教学点', '218'].map(key));

/**
 * A school's 学段, where a 教学点 (办学类型 218, 小学教学点) may stand for 小学 and says the school is
 * a teaching point (which the inspectors leave out of the coefficients below 50 students).
 */
export const parseSchoolStage: CellParser<{ stage: Stage; teachingPoint: boolean }> = (text) => {
  const r = parseStage(text);
  if (r.ok) return ok({ stage: r.value, teachingPoint: false });
  const joined = stageOfSections(text);
  if (joined) return ok({ stage: joined, teachingPoint: false });
  return TEACHING_POINT.has(key(withoutCodePrefix(text) ?? text)) ? ok({ stage: 'primary', teachingPoint: true }) : r;
};

/** The school of the sections a 学段 cell lists (小学、初中 is a 九年一贯制, 初中/高中 a 完全中学, all three a 十二年一贯制), or undefined. */
function stageOfSections(text: string): Stage | undefined {
  const parts = listedValues(text);
  if (!parts) return undefined;
  const sections = new Set<Stage>();
  for (const p of parts) {
    const s = parseStage(p.replace(/部$/u, ''));
    if (!s.ok || !(s.value === 'primary' || s.value === 'junior' || s.value === 'senior')) return undefined;
    sections.add(s.value);
  }
  const has = (s: Stage): boolean => sections.has(s);
  if (sections.size === 3) return 'twelve_year';
  if (sections.size !== 2 || !has('junior')) return undefined;
  return has('primary') ? 'nine_year' : 'complete';
}
const areaWord = enumParser(AREAS);

/**
 * Words that name no one area: a 县城 is 城区 in one county and 镇区 (its 城关镇) in another, a
 * 乡镇 is 镇区 or 乡村 (a 乡's centre is 乡村). Refused, saying which it may be and what to write.
 */
const AMBIGUOUS_AREAS: Readonly<Record<string, readonly Area[]>> = { 县城: ['urban', 'town'], 乡镇: ['town', 'rural'] };

/** 城乡类型: urban 城区 / town 镇区 / rural 乡村 (also 城市, 主城区, 镇, 城镇, 农村, 村); 县城 and 乡镇 are refused as ambiguous. */
export const parseArea: CellParser<Area> = (text) => {
  const folded = text.normalize('NFKC').trim();
  const may = AMBIGUOUS_AREAS[folded];
  if (may === undefined) return areaWord(text);
  const name = (a: Area): string => AREAS[a][0] ?? a;
  const all = Object.keys(AREAS) as Area[];
  return {
    ok: false,
    zh: `${showZh(folded)}可能是${may.map(name).join('或')}, 无法确定: 应为${all.map(name).join('/')} 之一（或填写城乡分类代码 111/112 城区、121/122/123 镇区、210/220 乡村）`,
    en: `${showEn(folded)} may be ${may.join(' or ')}: expected one of ${all.join('/')} (or give the urban-rural code: 111/112 urban, 121/122/123 town, 210/220 rural)`,
  };
};
/**
 * 骨干等级: none 无 / school 校级 / county 县级 / city 市级 / province 省级; `县级骨干(教师)` and `县骨干` too, and
 * the tiers counties name beside 骨干教师 at a level (`市级学科带头人`, Shaanxi's `省级教学能手`),
 * which the 优质均衡 indicator counts as backbone of that level.
 */
const backboneLevel = enumParser(BACKBONES, /(骨干(教师|班主任)?|学科带头人|教学能手|名师|名班主任)$/u);
export const parseBackbone: CellParser<Backbone> = (text) => {
  const r = backboneLevel(text);
  // A 是 among levels (县级骨干 in one row, 是 in the next) names no level: said so, and where a yes alone is read.
  if (r.ok || !parseYesNo(text).ok) return r;
  return {
    ok: false,
    zh: `${r.zh}: 「是/否」没有说明骨干级别, 请填写级别（校级/县级/市级/省级）; 只有整列都是「是/否」时, 才按是否骨干教师读（是 = 校级）`,
    en: `${r.en}: yes/no names no backbone level, so write the level (school/county/city/province); only a column made wholly of yes and no is read as 是否骨干教师 (yes = school level)`,
  };
};
/**
 * 职称: none 未定级 / junior 初级 / intermediate 中级 / senior 高级 / full_senior 正高级, and the
 * teacher grades: 三级/二级教师 → junior, 一级教师 → intermediate, 高级教师 → senior,
 * 正高级教师 → full_senior (the pre-2015 小学高级 is 一级, i.e. intermediate).
 */
export const parseTitle = enumParser(TITLES, /(教师|职称)$/u);
const roleWord = enumParser(ROLES);

/**
 * 岗位类别: teacher, principal or vice principal. A row whose 岗位类别 is a non-teaching staff class
 * (行政人员, 工勤人员 …) is left out before it is read (non-teaching-rows.ts). A leader's office as
 * rosters write it there (党支部书记兼校长, 副校长（主持工作）, 执行校长) is read as 职务 reads it
 * (duty.ts: 副校长 before 校长, 校长助理 no leader's); any other word is refused.
 */
export const parseRole: CellParser<Role> = (text) => {
  const r = roleWord(text);
  if (r.ok) return r;
  const office = dutyRole(text);
  return office === 'teacher' ? r : ok(office);
};
/** 性别: M/F, 男/女 (`1-男` too). A bare 1 or 2 is read only in a column of them (gender-codes.ts). */
export const parseGender = enumParser(GENDERS);
/** 操作: stay 留任 / move 调往 / forbid 禁止. */
/** A full stop (or !) typed after a word in a hand-kept list: `同意。`, `留任。`. */
const TRAILING_STOP = /[。.!]+$/u;

export const parseLockAction = enumParser(LOCK_ACTIONS, TRAILING_STOP);

/** 处理结果 of an objection: 同意 (upheld) / 驳回 (rejected), and the words bureaus write for them. */
export const OBJECTION_DECISIONS: Table<ObjectionDecision> = {
  // 是 / 否 under a 是否采纳 (是否同意, 是否成立) column.
  upheld: ['同意', '采纳', '予以采纳', '成立', '异议成立', '支持', '予以支持', '属实', '是', 'accepted', 'agree', 'yes'],
  // 维持原方案 (the plan kept as posted) is how a bureau's reply to an objection it does not uphold often reads.
  rejected: ['驳回', '予以驳回', '不同意', '不采纳', '不予采纳', '不成立', '异议不成立', '不予支持', '不属实', '维持原方案', '维持原安排', '否', 'reject', 'dismissed', 'no'],
};

export const parseObjectionDecision = enumParser(OBJECTION_DECISIONS, TRAILING_STOP);
