import { plural } from '../domain/plural.js';
import { nameIn, type SubjectNames } from '../domain/subject-names.js';
import { ruleNamed } from '../rules/registry.js';
import type { Alternative, SchoolExplain, SubjectFigures, TeacherExplain } from '../plan/explain.js';
import { beyondTheBound, modelPartOf, type Terms } from '../plan/plan-terms.js';
import { TERM_NAMES } from '../rules/registry.js';
import type { Text } from '../plan/reasons.js';
import { SECTION_NAME } from '../domain/sections.js';
import { fmt, reviewTable, signed } from './review-table.js';
import { TERM_LABELS } from '../rules/term-labels.js';
import { sectionIndicatorLines } from './explain-indicators.js';
import { schoolTermLines } from './explain-school-terms.js';
import { barredLines } from './explain-barred.js';

const BACKBONE: Record<string, Text> = {
  none: { zh: '非骨干', en: 'not backbone' },
  school: { zh: '校级骨干', en: 'school-level backbone' },
  county: { zh: '县级骨干', en: 'county-level backbone' },
  city: { zh: '市级骨干', en: 'city-level backbone' },
  province: { zh: '省级骨干', en: 'province-level backbone' },
};
const STATUS: Record<string, Text> = {
  moved: { zh: '交流', en: 'moves' },
  stays: { zh: '留任', en: 'stays' },
  exempt: { zh: '免交流', en: 'exempt' },
  not_eligible: { zh: '不符合条件', en: 'not eligible' },
};

type Lang = 'zh' | 'en';

/**
 * The policy parameter the 调动代价 figure counts, named where explain shows that cost: a clerk who
 * finds the plan moves too many (or too few) teachers is told what to set (moves.ts: each move costs it).
 */
const MOVES_PARAMETER: Text = { zh: '即参数 weights.moves, 每调动1人计一份', en: 'the parameter weights.moves, counted once per move' };
const ruleName = (rule: string, l: Lang): string => ruleNamed(rule)?.[l] ?? rule;
const termList = (terms: Partial<Terms>, l: Lang): string =>
  TERM_NAMES.filter((k) => terms[k] !== undefined).map((k) => `${TERM_LABELS[k][l]} ${signed(terms[k] ?? 0)}`).join(l === 'zh' ? '，' : ', ');

/** A teacher's subject and backbone class, for the brackets after the name; a principal who teaches no class has only the class. */
function subjectAndClass(subject: string, backbone: string): string {
  return subject === '' ? backbone : `${subject}, ${backbone}`;
}

/** A subject in brackets after a name (full-width in Chinese, where the arrow follows with no space); nothing for a principal who teaches no class. */
function inParens(subject: string, zh: boolean): string {
  if (subject === '') return zh ? ' ' : '';
  return zh ? `（${subject}）` : ` (${subject})`;
}

/** A subject's figures at one end of a move; in English the subject by the county's own spelling (`names`). */
function subjectLine(f: SubjectFigures, name: string, l: Lang, names: SubjectNames | undefined): string {
  // At a school of two sections, the section whose post the move fills or frees.
  const section = f.section === undefined ? '' : l === 'zh' ? `${SECTION_NAME[f.section].zh}部 ` : `${SECTION_NAME[f.section].en} section, `;
  return l === 'zh'
    ? `${name}（${f.school_id}）${section}${f.subject}: 岗位 ${f.posts}, 教师 ${f.teachers[0]} → ${f.teachers[1]}, 缺员 ${f.shortage[0]} → ${f.shortage[1]}`
    : `${name} (${f.school_id}) ${section}${nameIn(names, f.subject)}: ${f.posts} ${plural(f.posts, 'post')}, teachers ${f.teachers[0]} → ${f.teachers[1]}, shortage ${f.shortage[0]} → ${f.shortage[1]}`;
}

function alternativeLine(a: Alternative, l: Lang, aboveBound: number | undefined): string {
  const what = a.kind === 'stay' ? (l === 'zh' ? '留任（不交流）' : 'stay (no move)') : l === 'zh' ? `${a.school ?? ''}（${a.school_id ?? ''}）` : `${a.school_id ?? ''} (${a.school ?? ''})`;
  const parts = termList(a.terms, l);
  const breaks = a.breaks.length === 0 ? (l === 'zh' ? '不违反硬性规则' : 'keeps every hard rule') : `${l === 'zh' ? '违反' : 'breaks'}: ${a.breaks.map((r) => ruleName(r, l)).join(l === 'zh' ? '；' : '; ')}`;
  return `${what}: ${signed(a.delta)}${parts ? (l === 'zh' ? `（${parts}）` : ` (${parts})`) : ''}; ${breaks}${notTaken(a, l, aboveBound)}`;
}

/**
 * Why a lower total that keeps every rule was not taken. Either it buys teacher-level terms with the
 * model's, which come first (polish.ts makes the changes that lower the total at no cost to them),
 * or it lowers the model's terms too. The polish makes such a change within the solve's gap; one
 * that lowers them by more than the plan is above the bound would take them below it, which no plan
 * the model allows can do: the counting model does not offer that move (`aboveBound`, when known).
 * Otherwise the plan keeps the model's solution, which did not take it.
 */
function notTaken(a: Alternative, l: Lang, aboveBound: number | undefined): string {
  const model = modelPartOf(a.terms);
  if (a.delta >= -1e-9 || a.breaks.length > 0 || Math.abs(model) <= 1e-9) return '';
  if (beyondTheBound(model, aboveBound)) {
    return l === 'zh'
      ? `; 模型各项也降低 ${signed(model)}: 但计数模型不提供这一去向（方案的模型目标值只比求解证明的下界高 ${fmt(aboveBound ?? 0)}, 计数模型允许的方案都不低于该下界）`
      : `; the model's terms fall too, ${signed(model)}: but the counting model does not offer this move (the plan's model terms are only ${fmt(aboveBound ?? 0)} above the bound the solve proved, and no plan the model allows goes below it)`;
  }
  if (model < 0) {
    return l === 'zh'
      ? `; 模型各项也降低 ${signed(model)}: 方案保持计数模型的解, 该解未取这一改动（在求解与下界的差距之内, 或计数模型未提供这一去向）`
      : `; the model's terms fall too, ${signed(model)}: the plan keeps the counting model's solution, which did not take it (within the solve's gap to the bound, or a move the counting model does not offer)`;
  }
  return l === 'zh'
    ? `; 但模型各项 ${signed(model)}: 方案先求模型各项最优, 志愿、家乡、优先只在模型各项相同时起作用`
    : `; but the model's terms ${signed(model)}: they come first, and preference, home township and priority only decide between plans equal in them`;
}

function teacherBlock(t: TeacherExplain, about: Text, l: Lang, aboveBound: number | undefined, names: SubjectNames | undefined): string[] {
  const zh = l === 'zh';
  const bb = BACKBONE[t.backbone]?.[l] ?? t.backbone;
  const lines: string[] = [];
  const m = t.move;
  lines.push(
    m
      ? zh
        ? `教师 ${t.id} ${t.name}（${subjectAndClass(t.subject, bb)}）: 交流 ${t.school}（${t.school_id}）→ ${m.to}（${m.to_id}）, ${m.direction.zh}${m.locked ? ', 人工锁定' : ''}`
        : `Teacher ${t.id} ${t.name} (${subjectAndClass(t.subject, bb)}): moves ${t.school_id} → ${m.to_id} (${m.to}), ${m.direction.en}${m.locked ? ', locked by hand' : ''}`
      : zh
        ? `教师 ${t.id} ${t.name}（${subjectAndClass(t.subject, bb)}）: ${t.label?.zh ?? STATUS[t.status]?.zh ?? t.status}, ${t.school}（${t.school_id}）`
        : `Teacher ${t.id} ${t.name} (${subjectAndClass(t.subject, bb)}): ${t.label?.en ?? STATUS[t.status]?.en ?? t.status}, at ${t.school_id} (${t.school})`,
  );
  lines.push(`  ${zh ? '理由' : 'reason'}: ${t.reason[l]}`);
  if (m) {
    lines.push(zh ? '  这次交流对目标函数各项的作用（与该教师留任相比; 负数 = 更好）:' : '  what this move does to each objective term (against the teacher staying; negative = better):');
    for (const k of TERM_NAMES) {
      const v = m.served[k];
      if (v === undefined) continue;
      lines.push(`    ${TERM_LABELS[k][l]} ${signed(v)}${servedDetail(k, t, l, names)}`);
    }
    const total = TERM_NAMES.reduce((a, k) => a + (m.served[k] ?? 0), 0);
    lines.push(`    ${zh ? '合计' : 'total'} ${signed(total)}`);
  }
  if (t.alternatives.length > 0) {
    lines.push(zh ? `  备选（${about.zh}）:` : `  alternatives (${about.en}):`);
    for (const a of t.alternatives) lines.push(`    ${alternativeLine(a, l, aboveBound)}`);
    if (t.more > 0) lines.push(zh ? `    另有 ${t.more} 所可去学校未列出（代价更高）` : `    ${t.more} more allowed ${plural(t.more, 'school')} not listed (${plural(t.more, 'it costs', 'they cost')} more)`);
    // A teacher who stays sees the cost of moving only here: name its parameter once (a mover's served lines name it above).
    if (!m && t.alternatives.some((a) => a.terms.moves !== undefined)) lines.push(zh ? `    注: ${TERM_LABELS.moves.zh}${MOVES_PARAMETER.zh}` : `    note: ${TERM_LABELS.moves.en} is ${MOVES_PARAMETER.en}`);
  } else if (t.status === 'exempt' || t.status === 'not_eligible') {
    lines.push(zh ? '  不在交流范围内, 没有备选' : '  not in the rotation, so no alternatives');
  }
  lines.push(...barredLines(t, l));
  return lines;
}

/**
 * The subject figures beside a move's shortage are the schools' (explain.json keeps them once per
 * school): the whole plan's before → after. Where the plan changes the subject's teachers by this
 * teacher alone at both ends (one more at the destination, one fewer at the school left), they are
 * also the figures with the teacher staying → moving, which the heading compares; elsewhere other
 * teachers' moves are in them, and the line says so. At a school of two sections the figures are
 * the section's where the teacher arrives or leaves (the post the move fills or frees is there).
 */
function wholePlan(m: NonNullable<TeacherExplain['move']>, l: Lang): string {
  const to = m.to_subject.teachers, from = m.from_subject.teachers;
  if (to[1] - to[0] === 1 && from[0] - from[1] === 1) return '';
  return l === 'zh' ? '（所列人数为整个方案前 → 后, 含其他教师的交流）' : " (counts shown are the whole plan's before → after, other teachers' moves included)";
}

function servedDetail(k: keyof Terms, t: TeacherExplain, l: Lang, names: SubjectNames | undefined): string {
  const m = t.move;
  if (!m) return '';
  const sep = l === 'zh' ? ': ' : ': ';
  if (k === 'shortage') return `${wholePlan(m, l)}${sep}${subjectLine(m.to_subject, m.to, l, names)}; ${subjectLine(m.from_subject, t.school, l, names)}`;
  if (k === 'backbone_balance' && m.backbone_per_100) {
    const b = m.backbone_per_100;
    return l === 'zh'
      ? `${sep}每百名学生县级以上骨干 ${m.to} ${fmt(b.to[0])} → ${fmt(b.to[1])}（标准 ${fmt(b.needed_to)}）; ${t.school} ${fmt(b.from[0])} → ${fmt(b.from[1])}`
      : `${sep}county-level backbone per 100 students at ${m.to_id} ${fmt(b.to[0])} → ${fmt(b.to[1])} (indicator ${fmt(b.needed_to)}); at ${t.school_id} ${fmt(b.from[0])} → ${fmt(b.from[1])}`;
  }
  if (k === 'preference') return l === 'zh' ? `${sep}第${m.preference_rank}志愿` : `${sep}preference ${m.preference_rank}`;
  if (k === 'home_township') return l === 'zh' ? `${sep}回家庭所在乡镇` : `${sep}home township`;
  if (k === 'moves') return `${sep}${MOVES_PARAMETER[l]}`;
  return '';
}

/**
 * The answer of `rotate explain` for a teacher: Chinese first, then English (`aboveBound`: see
 * Explanation.aboveBound; `names`: the subjects' names in English, Explanation.subjectNames).
 */
export function teacherExplainText(t: TeacherExplain, about: Text, aboveBound?: number, names?: SubjectNames): string[] {
  return [...teacherBlock(t, about, 'zh', aboveBound, names), '', ...teacherBlock(t, about, 'en', aboveBound, names)];
}

/** Kinds of school with sections of their own (小学部, 初中部, 高中部): their whole-school figure is none the inspectors judge. */
const SECTIONED_KINDS: readonly string[] = ['nine_year', 'complete', 'twelve_year'];

/**
 * The school's county-level backbone teachers per 100 students, the whole school's: what the
 * backbone-balance term (骨干均衡) counts. For a school of one section it is the inspectors' figure
 * too; for a 九年一贯制 or 完全中学 (every section, a 高中部 included) it is not, the inspectors
 * judging each section on its own students (the table below), and the line says so.
 */
function wholeSchoolBackbone(s: SchoolExplain, l: Lang): string[] {
  const [b, a] = [fmt(s.backbone_per_100[0]), fmt(s.backbone_per_100[1])];
  const need = fmt(s.backbone_per_100_needed);
  const [cb, ca] = s.county_backbone;
  if (!SECTIONED_KINDS.includes(s.stage)) {
    return [l === 'zh' ? `  全校每百名学生县级以上骨干 ${b} → ${a}（标准 ${need}; 人数 ${cb} → ${ca}）` : `  county-level backbone per 100 students, whole school ${b} → ${a} (indicator ${need}; teachers ${cb} → ${ca})`];
  }
  return [
    l === 'zh'
      ? `  全校每百名学生县级以上骨干 ${b} → ${a}（骨干均衡项按全校计, 含各学部; 标准 ${need}; 人数 ${cb} → ${ca}; 督导评估按学部, 见下表）`
      : `  county-level backbone per 100 students, whole school ${b} → ${a} (the backbone-balance term's figure, every section included; target ${need}; teachers ${cb} → ${ca}; the inspectors judge each section, below)`,
  ];
}

function schoolBlock(s: SchoolExplain, stayers: readonly TeacherExplain[], l: Lang, names: SubjectNames | undefined): string[] {
  const zh = l === 'zh';
  const area = zh ? { urban: '城区', town: '镇区', rural: '乡村' }[s.area] ?? s.area : s.area;
  const lines = [
    zh
      ? `学校 ${s.id} ${s.name}（${area}${s.weak ? ', 薄弱学校' : ''}, 在校学生 ${s.students} 人）`
      : `School ${s.id} ${s.name} (${area}${s.weak ? ', weak' : ''}, ${s.students} students)`,
    ...schoolTermLines(s, l),
    ...wholeSchoolBackbone(s, l),
  ];
  lines.push(...sectionIndicatorLines(s.stage, s.sections, l));
  lines.push(...subjectTable(s, zh, names));
  const q = s.rules.quota;
  const out = s.outflow.length;
  lines.push(
    zh
      ? `  规则: ${q ? `交流不少于 ${q.need} 人（符合条件 ${q.eligible} 人按比例向下取整）, ` : ''}调出上限 ${s.rules.outflow_cap} 人, 骨干调出上限 ${s.rules.backbone_outflow_cap} 人; 本方案调出 ${out} 人, 调入 ${s.inflow.length} 人`
      : `  rules: ${q ? `rotates at least ${q.need} (its share of ${q.eligible} eligible, rounded down), ` : ''}loses at most ${s.rules.outflow_cap}, at most ${s.rules.backbone_outflow_cap} backbone; this plan: ${out} out, ${s.inflow.length} in`,
  );
  for (const o of s.outflow) lines.push(zh ? `    调出 ${o.teacher_id} ${o.name}${inParens(o.subject, true)}→ ${o.to}（${o.to_id}）` : `    out ${o.teacher_id} ${o.name}${inParens(o.subject, false)} → ${o.to_id} (${o.to})`);
  for (const i of s.inflow) lines.push(zh ? `    调入 ${i.teacher_id} ${i.name}${inParens(i.subject, true)}← ${i.from}（${i.from_id}）` : `    in  ${i.teacher_id} ${i.name}${inParens(i.subject, false)} ← ${i.from_id} (${i.from})`);
  lines.push(...stayerLines(stayers, l));
  return lines;
}

/** How many of a school's eligible teachers who stay are listed with their reasons. */
const STAYERS_LISTED = 10;

/** The school's eligible teachers who stay, each with the reason teachers.csv gives: why the plan did not move them. */
function stayerLines(stayers: readonly TeacherExplain[], l: Lang): string[] {
  if (stayers.length === 0) return [];
  const zh = l === 'zh';
  const shown = stayers.slice(0, STAYERS_LISTED);
  const more = stayers.length - shown.length;
  return [
    zh ? `  符合条件而留任 ${stayers.length} 人:` : `  eligible and staying: ${stayers.length}`,
    ...shown.map((t) => (zh ? `    留任 ${t.id} ${t.name}${inParens(t.subject, true)}: ${t.reason.zh}` : `    stays ${t.id} ${t.name}${inParens(t.subject, false)}: ${t.reason.en}`)),
    ...(more > 0 ? [zh ? `    另有 ${more} 人, 见 teachers.csv` : `    ${more} more in teachers.csv`] : []),
  ];
}

/**
 * A school's subjects: posts, teachers and shortage before → after. A school of two sections gets
 * a row per section and subject, since a vacancy in one section is not filled by a surplus in the
 * other; an explain.json written before those rows were kept gives the sums, with a note. Chinese
 * names each subject by its key, the curriculum's name; English by the county's own spelling (`names`).
 */
function subjectTable(s: SchoolExplain, zh: boolean, names: SubjectNames | undefined): string[] {
  const subject = (key: string): string => (zh ? key : nameIn(names, key));
  const change = (a: number, b: number): string => `${a} → ${b}`;
  const short = (posts: number, teachers: number): number => Math.max(0, posts - teachers);
  if (s.subject_sections && s.subject_sections.length > 0) {
    const rows = s.subject_sections.map((f) => [zh ? `${SECTION_NAME[f.section].zh}部` : SECTION_NAME[f.section].en, subject(f.subject), String(f.posts), change(f.teachers[0], f.teachers[1]), change(short(f.posts, f.teachers[0]), short(f.posts, f.teachers[1]))]);
    return reviewTable(zh ? ['学部', '学科', '岗位', '教师', '缺员'] : ['section', 'subject', 'posts', 'teachers', 'shortage'], rows, '    ');
  }
  const rows = s.subjects.map((f) => [subject(f.subject), String(f.posts), change(f.teachers[0], f.teachers[1]), change(f.shortage[0], f.shortage[1])]);
  const lines = reviewTable(zh ? ['学科', '岗位', '教师', '缺员'] : ['subject', 'posts', 'teachers', 'shortage'], rows, '    ');
  // Summed rows of a two-section school: a shortage in one section is not filled by a surplus in the other.
  if (s.subjects.some((f) => f.shortage.some((x, k) => x !== short(f.posts, f.teachers[k] ?? 0)))) {
    lines.push(zh ? '    （岗位、教师为各学部合计; 缺员按学部分别计算后相加, 一个学部的富余不抵另一学部的缺员）' : "    (posts and teachers add the sections up; the shortage is each section's, added: one section's surplus does not fill the other's vacancy)");
  }
  return lines;
}

/**
 * The answer of `rotate explain` for a school: Chinese first, then English. `teachers`: the plan's
 * teachers (or those of the school), of whom the school's eligible ones who stay (principals
 * aside) are listed with their reasons; `names`: the subjects' names in English (Explanation.subjectNames).
 */
export function schoolExplainText(s: SchoolExplain, teachers: readonly TeacherExplain[] = [], names?: SubjectNames): string[] {
  // A principal due to rotate (labelled 列入校长交流名单) is the county's to post, outside the school's quota: not listed.
  const stayers = teachers.filter((t) => t.school_id === s.id && t.status === 'stays' && t.label === undefined);
  return [...schoolBlock(s, stayers, 'zh', names), '', ...schoolBlock(s, stayers, 'en', names)];
}
