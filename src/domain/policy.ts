import { parseIsoDate, type FullDate } from './calendar.js';
import { checkValue, clip, outOfRange, parseBool, parseShare, remarkHint, typedText } from './policy-value.js';
import { meantValue } from './value-slips.js';
import { PARAMETERS, type ParamSpec } from './parameters.js';
import { closestParameter } from './closest-parameter.js';
import { DESCRIPTION_LABELS, labelledParameter, type ParameterLabel } from './parameter-labels.js';
import type { InputIssue, Result, Section } from './types.js';
import { EXCHANGE_TYPES, type ExchangeType } from './roster-parameters.js';
import { exemptReasonShown, type ExemptReasonShown } from './publish-parameters.js';

/** The words `rules.scope` accepts for each section. */
const SCOPE_WORDS: Record<string, Section> = { 小学: 'primary', primary: 'primary', 初中: 'junior', junior: 'junior', 高中: 'senior', senior: 'senior' };

/** A policy value as set by a user: from a policy file row, `--policy FILE` or `--set name=value`. */
export interface PolicySetting {
  key: string;
  value: string;
  /** Where it was set, for messages: a file name or "--set". */
  file: string;
  row?: number;
  /** The value as typed where it is more than `value`: a swept point's whole list (`1,2`), for the line a message shows. */
  typed?: string;
}

/** The published lists' parameters (`publish.*`). */
export interface PublishPolicy {
  /** The county as the pages name it; '' for the default (the school ids' administrative code). */
  county: string;
  /** First day of the publication period; absent: left blank on the page, to fill in by hand. */
  start?: FullDate;
  /** Length of the period in working days (Saturdays and Sundays skipped), ≥ 1. */
  workingDays: number;
  /** Where and how to object; '' leaves a line to fill in by hand. */
  objectionsTo: string;
  /** An exemption reason on the lists: its category (the default), or as written (`publish.exempt_reason`). */
  exemptReason: ExemptReasonShown;
}

/** Every rule and weight, typed. Shares are fractions (0.1 = 10%). */
export interface Policy {
  minYears: number;
  principalTerms: number;
  /** Years in one term of a principal or vice principal (eligibility.principal_term_years). */
  principalTermYears: number;
  /** Years of an exchange (eligibility.term_years). */
  termYears: number;
  retirementAgeMale: number;
  retirementAgeFemale: number;
  exemptYearsToRetirement: number;
  exemptWithReason: boolean;
  planYear: number;
  /** The plan's cut-off date (`plan.cutoff`, by default 31 August of the plan year): dates count to it. */
  cutoff: FullDate;
  /** Birth month (1–12) assumed when only the year of birth is known. */
  assumedBirthMonth: number;
  /** Women with a senior title (高级, 正高级) retire at 60. */
  seniorWomenAt60: boolean;
  /** Age-ceiling mode: only men under `male` and women under `female` (at the cut-off date) take part. */
  ageCeiling: { on: boolean; male: number; female: number };
  /** Only 在编 teachers at their post (在岗) take part. */
  onPostStaffOnly: boolean;
  /** Teachers whose exchange ends by the cut-off date return to their home school before planning. */
  exchangeReturns: boolean;
  /** Teachers who retire by the cut-off date are taken out of every count (domain/retirees.ts). */
  retireesLeave: boolean;
  quotaShare: number;
  backboneShare: number;
  backboneShareBase: 'movers' | 'eligible';
  direction: boolean;
  /** Two-way exchange (跟岗交流): rural or weak → 城镇 non-weak schools, at most as many as they send. */
  twoWay: boolean;
  sameSubject: boolean;
  /** A teacher moves within the stage or (with stageDown) one below, never beyond the certificate. */
  sameStage: boolean;
  stageDown: boolean;
  /** A coefficient of variation within its threshold before the plan is not pushed above it (优质均衡). */
  cvCeiling: boolean;
  /** How far above its threshold the rule lets such a CV go (0: not at all); raising it loosens the rule. */
  cvCeilingMargin: number;
  maxOutflowShare: number;
  /** Teachers a place keeps in each subject it has posts for (at most as many as it has; 0: no limit). */
  keepSubjectTeachers: number;
  maxBackboneOutflowShare: number;
  studentsPerPost: { primary: number; junior: number; senior: number };
  /** Per section: canonical subject → share of the section's posts, used only without a posts file. */
  subjectShares: Record<Section, [string, number][]>;
  /** The sections that take part (`rules.scope`): teachers outside stay, sections outside neither send nor receive. */
  scope: Section[];
  backbonePer100: number;
  artsPePer100: number;
  /** 优质均衡: teachers with a degree above the required one per 100 students, per stage. */
  degreePer100Primary: number;
  degreePer100Junior: number;
  /** Teaching points (教学点) with fewer students are left out of the CVs. */
  teachingPointMinStudents: number;
  cvPrimary: number;
  cvJunior: number;
  ruralServiceYears: number;
  scarce: string[];
  weights: {
    shortage: number;
    scarceFactor: number;
    ruralWeakFactor: number;
    backboneBalance: number;
    moves: number;
    preference: number;
    homeTownship: number;
    priority: number;
    baseline: number;
    indicatorSpread: number;
    indicatorShortfall: number;
    indicatorKeep: number;
  };
  timeLimit: number;
  /** What the published lists (公示) print: see publish-parameters.ts. */
  publish: PublishPolicy;
  /** The roster (交流人员花名册): its 交流轮岗类型 and 是否调动人事关系. */
  roster: { exchangeType: ExchangeType; transferPersonnel: boolean };
  /** Every parameter's final value as text, sorted by name, for summary.json. */
  values: Record<string, string>;
}

const SPECS = new Map<string, ParamSpec>(PARAMETERS.map((p) => [p.name, p]));

/** A problem of one setting: a file's row and key, or for --set (no row) the option and the key. */
function problem(s: PolicySetting, zh: string, en: string): InputIssue {
  if (s.row === undefined) return { file: `${s.file} ${s.key.trim()}`, zh, en };
  return { file: s.file, row: s.row, column: s.key, zh, en };
}

/** The line that sets `name` to `value` where `s` was set: `--set name=value`, or a policy file's row `name,value`. */
const lineOf = (s: PolicySetting, name: string, value: string): string => (s.row === undefined ? `--set ${name}=${value}` : `${name},${value}`);

/** For a value refused that is a good one with a slip undone (`=2`, `"2"`, `二〇二六`): the slip and the line meant. Empty for any other. */
function slipHint(spec: ParamSpec, s: PolicySetting): { zh: string; en: string } {
  // A swept point (one value of a list): every value of the list as meant, or no hint.
  const each = (s.typed === undefined ? [s.value] : s.typed.split(',')).map((v) => meantValue(spec, v) ?? (checkValue(spec, v) === null ? { value: v.trim(), zh: '', en: '' } : null));
  const meant = each.find((m) => m !== null && m.zh !== '');
  if (meant === undefined || meant === null || each.some((m) => m === null)) return { zh: '', en: '' };
  const line = lineOf(s, spec.name, each.map((m) => m?.value ?? '').join(','));
  return s.row === undefined ? { zh: `; ${meant.zh}, 应为 ${line}`, en: `; ${meant.en}: meant ${line}` } : { zh: `; ${meant.zh}, 此行应为 ${line}`, en: `; ${meant.en}: the row meant is ${line}` };
}

/**
 * For a comma list of numbers given to `--set` of a number (plan, validate, publish take one
 * value): that rotate sweep compares several. Empty for anything else, and for a policy file's row.
 */
function sweepHint(spec: ParamSpec, s: PolicySetting): { zh: string; en: string } {
  // Parted by 、, ; / or spaces as by commas (`1;2;4`): shown with commas, as sweep takes them.
  const list = s.value.normalize('NFKC').trim().replace(/\s*[、;/]\s*|(?<=[\d%])\s+(?=\d)/gu, ',');
  if (s.row !== undefined || !['number', 'integer', 'share'].includes(spec.type) || !/^\d+(\.\d+)?\s*%?(\s*,\s*\d+(\.\d+)?\s*%?)+$/u.test(list)) return { zh: '', en: '' };
  return {
    zh: `; 一个 --set 只设一个取值, 比较几个取值请用 rotate sweep（如 rotate sweep 县/*.csv --set ${spec.name}=${list}）`,
    en: `; a --set sets one value: to compare several, use rotate sweep (rotate sweep county/*.csv --set ${spec.name}=${list})`,
  };
}

/** The items of a list value (`音乐;体育`), split at any of the separators a clerk types. */
export function splitList(v: string): string[] {
  return v.split(/[;；、,，]/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * Applies the settings in order (later wins) over the defaults and checks every value.
 * `currentYear` is passed in by the caller (the clock is read at the edge only). `labels`: the
 * names the tool prints for parameters (rules/parameter-labels.ts adds the terms' and rules'), so
 * that an unknown key that is one of them is answered with the parameter it labels; asked for only
 * when a key is unknown.
 */
export function resolvePolicy(settings: PolicySetting[], currentYear: number, subjectKey: (s: string) => string, labels: () => readonly ParameterLabel[] = () => DESCRIPTION_LABELS): Result<Policy> {
  const issues: InputIssue[] = [];
  const values: Record<string, string> = {};
  // Where each value was last set, so that a problem found later (in a list) names it.
  const setBy = new Map<string, PolicySetting>();
  for (const p of PARAMETERS) values[p.name] = p.default;
  values['plan.year'] = String(currentYear);
  for (const s of settings) {
    const spec = SPECS.get(s.key.trim());
    if (!spec) {
      const meant = closestParameter(s.key, [...SPECS.keys()]);
      const labelled = meant === null ? labelledParameter(s.key, labels()) : null;
      const named = labelled === null ? undefined : SPECS.get(labelled);
      if (named) {
        // A name the tool prints (调动代价, a rule's description) is no parameter's name: said which one it labels, not taken for it.
        const line = lineOf(s, named.name, (s.typed ?? s.value).trim());
        issues.push(problem(s, `未知参数「${s.key}」: rotate 用这个名称指参数 ${named.name}（${named.zh}）, 参数请写 ${named.name}, ${s.row === undefined ? '即' : '此行写作'} ${line}（运行 rotate policy 查看全部参数）`, `unknown parameter "${s.key}": rotate uses that name for ${named.name} (${named.en}); write the parameter's name, ${named.name}: ${s.row === undefined ? '' : 'the row '}${line} (run rotate policy to list them)`));
        continue;
      }
      const zhMeant = meant === null ? '' : `, 是否应为「${meant}」?`;
      const enMeant = meant === null ? '' : `: did you mean "${meant}"?`;
      issues.push(problem(s, `未知参数「${s.key}」${zhMeant}（运行 rotate policy 查看全部参数）`, `unknown parameter "${s.key}"${enMeant} (run rotate policy to list them)`));
      continue;
    }
    const bad = checkValue(spec, s.value);
    if (bad) {
      const hints = [sweepHint(spec, s), remarkHint(spec, s.value), slipHint(spec, s)];
      issues.push(problem(s, bad.zh + hints.map((h) => h.zh).join(''), bad.en + hints.map((h) => h.en).join('')));
    } else {
      values[spec.name] = typedText(spec, s.value);
      setBy.set(spec.name, s);
    }
  }
  const sharesOf = (key: string): [string, number][] => {
    const shares: [string, number][] = [];
    const sharesSpec = SPECS.get(key);
    const sharesBy = setBy.get(key) ?? { key, value: '', file: '--set' };
    for (const item of splitList(values[key] ?? '')) {
      const m = /^(.+?)[:：](\d+(?:\.\d+)?)$/.exec(item);
      if (!m) {
        issues.push(problem(sharesBy, `应为「学科:比例」, 实为「${clip(item)}」`, `expected "subject:share", found "${clip(item)}"`));
        continue;
      }
      const bad = sharesSpec ? outOfRange(sharesSpec, Number(m[2]), item) : null;
      if (bad) issues.push(problem(sharesBy, bad.zh, bad.en));
      else shares.push([subjectKey(m[1] ?? ''), Number(m[2])]);
    }
    return shares;
  };
  const subjectShares = { primary: sharesOf('norm.subject_shares'), junior: sharesOf('norm.subject_shares_junior'), senior: sharesOf('norm.subject_shares_senior') };
  const scope: Section[] = [];
  for (const item of splitList(values['rules.scope'] ?? '')) {
    const sec = SCOPE_WORDS[item.toLowerCase()];
    if (sec === undefined) issues.push(problem(setBy.get('rules.scope') ?? { key: 'rules.scope', value: '', file: '--set' }, `应为小学、初中或高中, 实为「${clip(item)}」`, `expected 小学 (primary), 初中 (junior) or 高中 (senior), found "${clip(item)}"`));
    else if (!scope.includes(sec)) scope.push(sec);
  }
  if (issues.length > 0) return { ok: false, issues };

  const num = (k: string): number => Number(values[k]);
  const share = (k: string): number => parseShare(values[k] ?? '') ?? 0;
  const bool = (k: string): boolean => parseBool(values[k] ?? '') ?? false;
  // The cut-off date defaults to the end of the plan's school year.
  values['plan.cutoff'] = values['plan.cutoff'] || `${values['plan.year']}-08-31`;
  const cutoff = parseIsoDate(values['plan.cutoff']) ?? { year: num('plan.year'), month: 8, day: 31 };
  const sorted: Record<string, string> = {};
  for (const k of Object.keys(values).sort()) sorted[k] = values[k] ?? '';
  return {
    ok: true,
    value: {
      minYears: num('eligibility.min_years'),
      principalTerms: num('eligibility.principal_terms'),
      principalTermYears: num('eligibility.principal_term_years'),
      termYears: num('eligibility.term_years'),
      retirementAgeMale: num('eligibility.retirement_age_male'),
      retirementAgeFemale: num('eligibility.retirement_age_female'),
      exemptYearsToRetirement: num('eligibility.exempt_years_to_retirement'),
      exemptWithReason: bool('eligibility.exempt_with_reason'),
      planYear: num('plan.year'),
      cutoff,
      assumedBirthMonth: num('eligibility.assumed_birth_month'),
      seniorWomenAt60: bool('eligibility.senior_women_retire_at_60'),
      ageCeiling: { on: bool('eligibility.age_ceiling'), male: num('eligibility.age_ceiling_male'), female: num('eligibility.age_ceiling_female') },
      onPostStaffOnly: bool('eligibility.on_post_staff_only'),
      exchangeReturns: bool('eligibility.exchange_returns'),
      retireesLeave: bool('eligibility.retirees_leave'),
      quotaShare: share('rules.quota_share'),
      backboneShare: share('rules.backbone_share'),
      backboneShareBase: values['rules.backbone_share_base'] === 'eligible' ? 'eligible' : 'movers',
      direction: bool('rules.direction'),
      twoWay: bool('rules.two_way'),
      sameSubject: bool('rules.same_subject'),
      sameStage: bool('rules.same_stage'),
      stageDown: bool('rules.stage_down'),
      cvCeiling: bool('rules.cv_ceiling'),
      cvCeilingMargin: num('rules.cv_ceiling_margin'),
      maxOutflowShare: share('rules.max_outflow_share'),
      keepSubjectTeachers: num('rules.keep_subject_teachers'),
      maxBackboneOutflowShare: share('rules.max_backbone_outflow_share'),
      studentsPerPost: {
        primary: num('norm.students_per_post_primary'),
        junior: num('norm.students_per_post_junior'),
        senior: num('norm.students_per_post_senior'),
      },
      subjectShares,
      scope,
      backbonePer100: num('indicator.backbone_per_100'),
      artsPePer100: num('indicator.arts_pe_per_100'),
      degreePer100Primary: num('indicator.degree_per_100_primary'),
      degreePer100Junior: num('indicator.degree_per_100_junior'),
      teachingPointMinStudents: num('indicator.teaching_point_min_students'),
      cvPrimary: num('indicator.cv_primary'),
      cvJunior: num('indicator.cv_junior'),
      ruralServiceYears: num('title.rural_service_years'),
      scarce: splitList(values['subjects.scarce'] ?? '').map(subjectKey),
      weights: {
        shortage: num('weights.shortage'),
        scarceFactor: num('weights.scarce_factor'),
        ruralWeakFactor: num('weights.rural_weak_factor'),
        backboneBalance: num('weights.backbone_balance'),
        moves: num('weights.moves'),
        preference: num('weights.preference'),
        homeTownship: num('weights.home_township'),
        priority: num('weights.priority'),
        baseline: num('weights.baseline'),
        indicatorSpread: num('weights.indicator_spread'),
        indicatorShortfall: num('weights.indicator_shortfall'),
        indicatorKeep: num('weights.indicator_keep'),
      },
      timeLimit: num('solver.time_limit'),
      publish: publishPolicy(values),
      roster: { exchangeType: EXCHANGE_TYPES.find((t) => t === values['roster.exchange_type']) ?? '交流', transferPersonnel: bool('roster.transfer_personnel') },
      values: sorted,
    },
  };
}

/** The `publish.*` values, typed (checked already). */
function publishPolicy(values: Readonly<Record<string, string>>): PublishPolicy {
  const start = parseIsoDate(values['publish.start'] ?? '');
  return {
    county: (values['publish.county'] ?? '').trim(),
    ...(start ? { start } : {}),
    workingDays: Number(values['publish.working_days'] ?? '5'),
    objectionsTo: (values['publish.objections_to'] ?? '').trim(),
    exemptReason: exemptReasonShown(values['publish.exempt_reason']),
  };
}
