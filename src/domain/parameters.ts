/**
 * Every policy rule and weight, by name, with its documented default.
 * Nothing numeric about policy is written anywhere else: the model, the verifier and the
 * reports read these values through {@link Policy}.
 */

import { ELIGIBILITY_PARAMETERS } from './eligibility-parameters.js';
import { PUBLISH_PARAMETERS } from './publish-parameters.js';
import { ROSTER_PARAMETERS } from './roster-parameters.js';

import type { ParamSpec } from './param-spec.js';

export type { ParamSpec, ParamType } from './param-spec.js';

export const PARAMETERS = [
  // Eligibility
  { name: 'eligibility.min_years', type: 'integer', min: 0, max: 40, default: '6', zh: '在同一学校连续任教满此年限方可交流', en: 'consecutive years at the current school before a teacher is eligible', source: 'Anhui, Beijing, Shaanxi rules' },
  { name: 'eligibility.principal_terms', type: 'integer', min: 0, max: 10, default: '2', zh: '校长、副校长在同一学校任满此届数方可交流', en: 'terms at one school before a principal or vice principal is eligible', source: '教师〔2014〕4号' },
  { name: 'eligibility.principal_term_years', type: 'integer', min: 1, max: 10, default: '3', zh: '校长、副校长一届任期（年）', en: 'years in one term of a principal or vice principal', source: 'common practice (校长任期制)' },
  { name: 'eligibility.term_years', type: 'integer', min: 1, max: 10, default: '3', zh: '交流期限（年）：交流教师在流入学校任教的年数', en: 'years of an exchange: how long a rotated teacher teaches at the destination', source: 'common practice' },
  { name: 'eligibility.retirement_age_male', type: 'integer', min: 45, max: 75, default: '60', zh: '男教师法定退休年龄', en: 'statutory retirement age, men' },
  { name: 'eligibility.retirement_age_female', type: 'integer', min: 45, max: 75, default: '55', zh: '女教师法定退休年龄', en: 'statutory retirement age, women' },
  { name: 'eligibility.exempt_years_to_retirement', type: 'integer', min: 0, max: 20, default: '5', zh: '距法定退休不足此年数者免交流', en: 'exempt within this many years of statutory retirement', source: 'Beijing rules' },
  { name: 'eligibility.exempt_with_reason', type: 'boolean', default: 'yes', zh: '填写了免交流原因者免交流', en: 'a teacher whose exemption reason is filled in is exempt', source: 'common local practice' },
  { name: 'plan.year', type: 'integer', min: 2000, max: 2100, default: '', zh: '计划年份（计算年龄用；默认为当前年份）', en: 'plan year, for ages (default: the current year)' },
  ...ELIGIBILITY_PARAMETERS,
  // Quotas and caps
  { name: 'rules.quota_share', type: 'share', min: 0, max: 1, default: '0.10', zh: '城镇非薄弱学校每年交流人数不低于符合条件教师的比例', en: 'share of eligible teachers that urban/town schools that are not weak rotate each year, at least', source: '教师〔2014〕4号' },
  { name: 'rules.backbone_share', type: 'share', min: 0, max: 1, default: '0.20', zh: '骨干教师占交流人数的比例不低于', en: 'backbone teachers among those rotated, at least this share', source: '教师〔2014〕4号' },
  { name: 'rules.backbone_share_base', type: 'choice', default: 'movers', choices: ['movers', 'eligible'], zh: '骨干比例的基数：movers=交流人数, eligible=符合交流条件的骨干教师数', en: 'base of the backbone share: movers (those rotated) or eligible (the backbone teachers eligible to rotate)' },
  { name: 'rules.direction', type: 'boolean', default: 'yes', zh: '交流方向：城镇→乡村、优质→薄弱', en: 'direction: urban/town → rural and strong → weak' , source: '教师〔2014〕4号' },
  { name: 'rules.two_way', type: 'boolean', default: 'yes', zh: '城乡双向流动：乡村或薄弱学校教师可到调出教师的城镇优质学校跟岗交流, 人数不超过该校同学段同学科调出人数', en: 'two-way exchange: a teacher of a rural or weak school may go to an urban/town school that is not weak and sends teachers out, at most as many as it sends in that stage and subject', source: '"建立城乡教师双向流动机制"' },
  { name: 'rules.same_subject', type: 'boolean', default: 'yes', zh: '交流教师在流入学校任教同一学科', en: 'a rotated teacher teaches the same subject at the destination' },
  { name: 'rules.same_stage', type: 'boolean', default: 'yes', zh: '交流教师在流入学校任教同一学段（或低一学段）, 不超出教师资格', en: 'a teacher moves within the stage (or one down), never beyond the certificate', source: '"教师交流一般在同学段进行，也可由高学段交流至低学段"; 教师资格条例 第五条' },
  { name: 'rules.cv_ceiling', type: 'boolean', default: 'yes', zh: '调整前达标的校际差异系数（体育艺术教师、县级以上骨干教师）调整后不超过标准', en: 'a coefficient of variation within its threshold before the plan (PE and arts, county-level backbone) is not pushed above it', source: '教督〔2017〕6号' },
  { name: 'rules.cv_ceiling_margin', type: 'number', min: 0, max: 1, default: '0', zh: '上述差异系数调整后可超出标准的幅度（放宽该规则时调高）', en: 'how far above its threshold such a coefficient of variation may go after the plan (raise it to loosen the rule)' },
  { name: 'rules.stage_down', type: 'boolean', default: 'yes', zh: '允许交流到低一学段（初中→小学）', en: 'a teacher may move to the stage below (junior → primary)' },
  { name: 'rules.scope', type: 'list', default: '小学;初中', zh: '参加交流的学段（小学; 初中; 高中）: 范围外的教师留任, 范围外的学校（学部）既不调出也不调入', en: 'the stages that take part (小学 primary; 初中 junior; 高中 senior): teachers outside stay, schools (sections) outside neither send nor receive', source: '教师〔2014〕4号 (义务教育)' },
  { name: 'rules.max_outflow_share', type: 'share', min: 0, max: 1, default: '0.20', zh: '一所学校一年调出教师不超过其教师数的比例', en: 'at most this share of a school\'s teachers leave in one year' },
  { name: 'rules.max_backbone_outflow_share', type: 'share', min: 0, max: 1, default: '0.30', zh: '一所学校一年调出骨干教师不超过其骨干数的比例', en: 'at most this share of a school\'s backbone teachers leave in one year' },
  { name: 'rules.keep_subject_teachers', type: 'integer', min: 0, max: 20, default: '1', zh: '交流后每校（学部）每个有岗位的学科至少保留的教师数（原有人数更少时全部保留; 0 = 不限）, 不因交流造成学科断档', en: 'teachers a school (section) keeps after the plan in each subject it has posts for (all of them when it has fewer; 0: no limit), so that no subject is left without a teacher', source: 'common local practice (学科不断档)' },
  // Staffing norm
  { name: 'norm.students_per_post_primary', type: 'number', min: 1, max: 100, default: '19', zh: '小学生师比（每个岗位学生数）', en: 'students per post, primary', source: '2014 unified norms' },
  { name: 'norm.students_per_post_junior', type: 'number', min: 1, max: 100, default: '13.5', zh: '初中生师比', en: 'students per post, junior secondary', source: '2014 unified norms' },
  { name: 'norm.students_per_post_senior', type: 'number', min: 1, max: 100, default: '12.5', zh: '高中生师比', en: 'students per post, senior secondary', source: '2014 unified norms' },
  { name: 'norm.subject_shares', type: 'list', min: 0, max: 1, default: '语文:0.24;数学:0.19;英语:0.11;科学:0.07;道德与法治:0.07;体育:0.10;音乐:0.07;美术:0.07;信息科技:0.03;劳动:0.03;心理健康:0.02', zh: '无岗位表时小学（小学部）按学科分配岗位的比例（学科:比例; 分隔）', en: 'without a posts file, each subject\'s share of a primary school\'s (section\'s) posts (subject:share; separated)', source: '义务教育课程方案（2022年版）课时比例' },
  { name: 'norm.subject_shares_junior', type: 'list', min: 0, max: 1, default: '语文:0.15;数学:0.14;英语:0.13;道德与法治:0.07;历史:0.06;地理:0.05;物理:0.07;化学:0.05;生物:0.06;体育:0.09;音乐:0.04;美术:0.04;信息科技:0.03;劳动:0.01;心理健康:0.01', zh: '无岗位表时初中（初中部）按学科分配岗位的比例', en: 'without a posts file, each subject\'s share of a junior school\'s (section\'s) posts', source: '义务教育课程方案（2022年版）课时比例' },
  { name: 'norm.subject_shares_senior', type: 'list', min: 0, max: 1, default: '语文:0.14;数学:0.14;英语:0.13;思想政治:0.07;历史:0.07;地理:0.06;物理:0.09;化学:0.08;生物:0.07;体育:0.07;音乐:0.02;美术:0.02;信息技术:0.03;通用技术:0.01', zh: '无岗位表时高中（高中部）按学科分配岗位的比例', en: 'without a posts file, each subject\'s share of a senior school\'s (section\'s) posts', source: '普通高中课程方案（2017年版2020年修订）课时比例' },
  // Indicators
  { name: 'indicator.backbone_per_100', type: 'number', min: 0, max: 100, default: '1.0', zh: '每百名学生县级及以上骨干教师数不低于', en: 'county-level-or-higher backbone teachers per 100 students, at least', source: '教督〔2017〕6号' },
  { name: 'indicator.arts_pe_per_100', type: 'number', min: 0, max: 100, default: '0.9', zh: '每百名学生体育、音乐、美术教师数不低于', en: 'PE, music and art teachers per 100 students, at least', source: '教督〔2017〕6号' },
  { name: 'indicator.degree_per_100_primary', type: 'number', min: 0, max: 100, default: '4.2', zh: '小学每百名学生高于规定学历（专科及以上）教师数不低于', en: 'primary: teachers with a degree above the required one (associate or higher) per 100 students, at least', source: '教督〔2017〕6号' },
  { name: 'indicator.degree_per_100_junior', type: 'number', min: 0, max: 100, default: '5.3', zh: '初中每百名学生高于规定学历（本科及以上）教师数不低于', en: 'junior: teachers with a degree above the required one (bachelor or higher) per 100 students, at least', source: '教督〔2017〕6号' },
  { name: 'indicator.teaching_point_min_students', type: 'integer', min: 0, max: 10000, default: '50', zh: '学生数少于此数的教学点不计入校际差异系数', en: 'teaching points with fewer students than this are left out of the coefficients of variation', source: '教督〔2017〕6号' },
  { name: 'indicator.cv_primary', type: 'number', min: 0, max: 10, default: '0.50', zh: '小学校际差异系数不高于', en: 'inter-school coefficient of variation, primary, at most', source: '教督〔2017〕6号' },
  { name: 'indicator.cv_junior', type: 'number', min: 0, max: 10, default: '0.45', zh: '初中校际差异系数不高于', en: 'inter-school coefficient of variation, junior, at most', source: '教督〔2017〕6号' },
  { name: 'title.rural_service_years', type: 'integer', min: 0, max: 40, default: '1', zh: '城镇教师评高级职称需乡村或薄弱学校任教年限', en: 'years of rural or weak-school service an urban teacher needs for a senior title', source: '人社部发〔2015〕79号' },
  { name: 'subjects.scarce', type: 'list', default: '音乐;体育;美术;劳动;信息科技;心理健康;科学', zh: '紧缺学科', en: 'scarce subjects' },
  // Weights of the soft terms (the objective is minimised)
  { name: 'weights.shortage', type: 'number', min: 0, max: 10000, default: '10', zh: '每缺员1人的代价', en: 'cost of one unfilled post' },
  { name: 'weights.scarce_factor', type: 'number', min: 0, max: 100, default: '2', zh: '紧缺学科缺员的倍数', en: 'multiplier on a shortage in a scarce subject' },
  { name: 'weights.rural_weak_factor', type: 'number', min: 0, max: 100, default: '1.5', zh: '乡村、薄弱学校缺员的倍数', en: 'multiplier on a shortage at a rural or weak school' },
  { name: 'weights.backbone_balance', type: 'number', min: 0, max: 10000, default: '8', zh: '每百名学生县级以上骨干低于标准每缺1人的代价', en: 'cost of one county-level-or-higher backbone teacher missing below the per-100-students indicator' },
  { name: 'weights.moves', type: 'number', min: 0, max: 10000, default: '1', zh: '每交流1人的代价（越大越少调动）', en: 'cost of each move (higher means fewer moves)' },
  { name: 'weights.preference', type: 'number', min: 0, max: 10000, default: '2', zh: '满足教师志愿学校的奖励', en: 'reward for sending a teacher to a school he or she asked for' },
  { name: 'weights.home_township', type: 'number', min: 0, max: 10000, default: '1', zh: '交流到家庭所在乡镇的奖励', en: 'reward for sending a teacher to his or her home township' },
  { name: 'weights.priority', type: 'number', min: 0, max: 10000, default: '0.5', zh: '优先交流（任教年限长、评高级职称需乡村经历）的奖励', en: 'reward for moving first who should go first (longest at the school; urban teachers who need rural service for a senior title)' },
  { name: 'weights.indicator_spread', type: 'number', min: 0, max: 10000, default: '5', zh: '校际差异（体育艺术教师、县级以上骨干教师每百生的加权方差, 以标准为1）的代价', en: 'cost of the spread between schools (weighted variance of PE-and-arts and county-level backbone teachers per 100 students, the threshold counting 1)', source: '教督〔2017〕6号' },
  { name: 'weights.indicator_shortfall', type: 'number', min: 0, max: 10000, default: '2', zh: '各学部体育艺术教师、县级以上骨干教师低于每百名学生标准的缺口（每缺一人）的代价', en: 'cost of each teacher a school section lacks below the standard of PE-and-arts or county-level backbone teachers per 100 students', source: '教督〔2017〕6号' },
  { name: 'weights.indicator_keep', type: 'number', min: 0, max: 10000, default: '0', zh: '调整前达到每百名学生标准（体育艺术教师、县级以上骨干教师）的学部, 调整后每缺一人的代价（0 = 不加保护）', en: 'cost of each teacher a school section that met the standard of PE-and-arts or county-level backbone teachers per 100 students before the plan lacks after it (0 = no protection)', source: '教督〔2017〕6号' },
  { name: 'weights.baseline', type: 'number', min: 0, max: 10000, default: '5', zh: '与基准方案（--baseline）相比每多或少调动1人的代价', en: 'cost of each teacher more or fewer than the baseline plan (--baseline) leaving a group or arriving at a school' },
  // Publication (rotate publish)
  ...PUBLISH_PARAMETERS,
  // The roster reported back (交流人员花名册)
  ...ROSTER_PARAMETERS,
  // Solver
  { name: 'solver.time_limit', type: 'number', min: 0.1, max: 86400, default: '60', zh: '求解时间上限（秒）; 未设置时2万名以上教师的县市每千名教师加3秒（8万名240秒）', en: 'solver time limit, seconds; when not set, counties of more than 20,000 teachers get 3 s more per 1,000 teachers (80,000: 240 s)' },
] as const satisfies readonly ParamSpec[];

export type ParamName = (typeof PARAMETERS)[number]['name'];

/** A bound as messages show it: `10,000` style from five digits on (a year stays `2100`), the same on every machine. */
export const showBound = (n: number): string => (Math.abs(n) >= 10_000 ? n.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(n));

/** A range in words (`0 – 10,000`), or '' when it has no ends. */
export function showRange(min: number | undefined, max: number | undefined): string {
  return min === undefined || max === undefined ? '' : `${showBound(min)} – ${showBound(max)}`;
}

/** A parameter's range in words, or '' for one without (yes/no, a choice). */
export function rangeText(spec: ParamSpec): string {
  return showRange(spec.min, spec.max);
}
