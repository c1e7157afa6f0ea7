/**
 * Why a plan moves nobody, or only what the quota asks, while teachers are eligible: without it,
 * the terminal read 交流教师 0 人（符合条件 945 人） and report.html 0 / 945, and no word of the
 * setting or the fact behind it. Each cause is said only when the plan's facts show it
 * (plan/few-moves-facts.ts), with the parameter or file that decides it and what to change.
 */
import { countEn, plural } from './plural.js';
import { pct } from './share-text.js';
import type { Text } from './text.js';

/** A plan's facts, as plan/few-moves-facts.ts gathers them. Counts of teachers, posts or weights. */
export interface FewMovesFacts {
  /** Eligible teachers, principals and vice principals aside. */
  eligible: number;
  /** The plan's moves that count toward the quota (two-way exchanges and principals aside). */
  counted: number;
  /** Every move of the plan: the counted ones, two-way exchanges and principals a lock moves. */
  moved: number;
  /** The principals and vice principals a lock moves (the county posts them). */
  leadersMoved: number;
  /** Eligible teachers a lock keeps at their school. */
  lockedStay: number;
  /** The files those stay locks are read from, sorted. */
  lockFiles: string[];
  quotaShare: number;
  /** Eligible teachers of the 城镇 schools that are not weak (the quota's base), and the moves the quota requires of them. */
  quotaEligible: number;
  quotaNeed: number;
  /** Shortage (posts − teachers) left after the plan in the schools and sections in the rotation; of what nobody may fill, how much is at 城镇 schools that are not weak. */
  openAfter: number;
  openAtQuotaSchools: number;
  /** Of the shortage left, what some eligible teacher not moved nor locked may fill under every rule on a single move. */
  fillable: number;
  /** weights.moves; weights.shortage; the most a filled post gains (shortage × the scarce and rural/weak factors). */
  moveCost: number;
  shortageGain: number;
  bestGain: number;
  /** The parameters as the user wrote them. */
  values: { moves: string; shortage: string; quota: string };
}

function headline(f: FewMovesFacts): Text {
  if (f.counted === 0) {
    return {
      zh: `符合交流条件的教师 ${f.eligible} 人, 本方案${f.leadersMoved > 0 ? '除锁定调动的校长、副校长外' : ''}无人交流。原因, 及可核对或调整之处:`,
      en: `${countEn(f.eligible, 'teacher')} ${plural(f.eligible, 'is', 'are')} eligible to rotate, but this plan moves nobody${f.leadersMoved > 0 ? ' but the principals and vice principals a lock moves' : ''}. Why, with what to check or change:`,
    };
  }
  // Two-way exchanges and principals are moves too, but not toward the quota: the moves' line above counts them.
  if (f.moved > f.counted) {
    const twoWay = f.moved - f.counted - f.leadersMoved;
    const zh = [twoWay > 0 ? `跟岗交流 ${twoWay} 人` : '', f.leadersMoved > 0 ? `校长、副校长 ${f.leadersMoved} 人` : ''].filter(Boolean).join('、');
    const en = [twoWay > 0 ? `${twoWay} on a two-way exchange` : '', f.leadersMoved > 0 ? `${f.leadersMoved} ${plural(f.leadersMoved, 'principal')}` : ''].filter(Boolean).join(', ');
    return {
      zh: `本方案计入交流比例的只有 ${f.counted} 人（交流共 ${f.moved} 人, 含${zh}; 符合条件 ${f.eligible} 人）。原因, 及可核对或调整之处:`,
      en: `this plan moves only ${f.counted} of the ${countEn(f.eligible, 'eligible teacher')} toward the quota (${f.moved} in all, ${en} among them). Why, with what to check or change:`,
    };
  }
  return {
    zh: `本方案只交流 ${f.counted} 人（符合条件 ${f.eligible} 人）。原因, 及可核对或调整之处:`,
    en: `this plan moves only ${f.counted} of the ${countEn(f.eligible, 'eligible teacher')}. Why, with what to check or change:`,
  };
}

function quotaWords(f: FewMovesFacts): Text {
  if (f.quotaShare === 0) {
    return {
      zh: `交流比例 rules.quota_share 为 ${f.values.quota}, 不要求任何人交流: 设 rules.quota_share=10%（默认）即要求城镇非薄弱学校交流其符合条件教师的一成`,
      en: `rules.quota_share is ${f.values.quota}, so no move is required: rules.quota_share=10% (the default) requires the urban/town schools that are not weak to rotate a tenth of their eligible teachers`,
    };
  }
  if (f.quotaNeed === 0) {
    return {
      zh: '城镇非薄弱学校没有符合交流条件的教师, 交流比例不要求任何人交流',
      en: 'the urban/town schools that are not weak have no eligible teacher, so the quota requires no move',
    };
  }
  if (f.counted < f.quotaNeed) {
    return {
      zh: `交流比例要求至少 ${f.quotaNeed} 人（城镇非薄弱学校符合条件 ${f.quotaEligible} 人 × ${pct(f.quotaShare)}, 向上取整）, 本方案只达到 ${f.counted} 人: 此规则已放宽, 见规则核验`,
      en: `the quota requires at least ${f.quotaNeed} (${pct(f.quotaShare)} of the ${countEn(f.quotaEligible, 'eligible teacher')} of the urban/town schools that are not weak, rounded up), and this plan reaches ${f.counted}: the rule is relaxed, see the rules' check`,
    };
  }
  if (f.counted > f.quotaNeed) {
    return {
      zh: `交流比例要求至少 ${f.quotaNeed} 人（城镇非薄弱学校符合条件 ${f.quotaEligible} 人 × ${pct(f.quotaShare)}, 向上取整）, 本方案已超过`,
      en: `the quota requires at least ${f.quotaNeed} (${pct(f.quotaShare)} of the ${countEn(f.quotaEligible, 'eligible teacher')} of the urban/town schools that are not weak, rounded up), which this plan exceeds`,
    };
  }
  return {
    zh: `交流比例要求至少 ${f.quotaNeed} 人（城镇非薄弱学校符合条件 ${f.quotaEligible} 人 × ${pct(f.quotaShare)}, 向上取整）, 本方案已满足, 此外不多交流; 要多交流, 可调高 rules.quota_share（现为 ${f.values.quota}）`,
    en: `the quota requires at least ${f.quotaNeed} (${pct(f.quotaShare)} of the ${countEn(f.quotaEligible, 'eligible teacher')} of the urban/town schools that are not weak, rounded up), which this plan meets and goes no further; to rotate more, raise rules.quota_share (now ${f.values.quota})`,
  };
}

/** The shortage left that no eligible teacher may fill, when there is some. */
function unfillableWords(f: FewMovesFacts): Text[] {
  const none = f.openAfter - f.fillable;
  if (none <= 0) return [];
  // Of the posts nobody may fill, those at 城镇 schools that are not weak: the direction rule sends nobody there.
  const q = f.openAtQuotaSchools;
  const quota = q > 0
    ? { zh: `（${q === none ? '都' : `${q} 个`}在城镇非薄弱学校, 交流方向只许调往乡村或薄弱学校, rules.direction）`, en: ` (${q === none ? 'all' : q} at urban/town schools that are not weak, where rotated teachers do not go: rules.direction)` }
    : { zh: '', en: '' };
  const rules = {
    zh: '同学科（rules.same_subject）、同学段或低一学段（rules.same_stage、rules.stage_down）、城镇→乡村或优质→薄弱（rules.direction）的符合条件教师都没有',
    en: 'none of the same subject (rules.same_subject), of the same stage or one above (rules.same_stage, rules.stage_down), from an urban/town or a stronger school (rules.direction)',
  };
  if (f.fillable === 0) {
    return [{
      zh: `参加交流的学校仍缺 ${f.openAfter} 个岗位${quota.zh}, 但按规则没有可以补的教师: ${rules.zh}`,
      en: `the schools in the rotation are still short of ${countEn(f.openAfter, 'teacher')}${quota.en}, but no eligible teacher may fill them: ${rules.en}`,
    }];
  }
  return [{
    zh: `参加交流的学校仍缺 ${f.openAfter} 个岗位, 其中 ${none} 个按规则没有可以补的教师${quota.zh}: ${rules.zh}`,
    en: `the schools in the rotation are still short of ${countEn(f.openAfter, 'teacher')}; no eligible teacher may fill ${none} of these posts${quota.en}: ${rules.en}`,
  }];
}

/** The shortage left that eligible teachers may fill, and what keeps the plan from it. */
function fillableWords(f: FewMovesFacts): Text[] {
  if (f.fillable <= 0) return [];
  if (f.bestGain <= f.moveCost) {
    return [{
      zh: `有 ${f.fillable} 个缺员岗位可由符合条件的教师按规则补上, 但每补 1 个岗位至多得益 ${num(f.bestGain)}（weights.shortage=${f.values.shortage}, 含紧缺学科、乡村薄弱学校加权）, 不超过每调动 1 人的代价 weights.moves=${f.values.moves}: 调高 weights.shortage 或调低 weights.moves（可先用 rotate sweep <同样的文件> --set weights.shortage=… 比较）`,
      en: `${countEn(f.fillable, 'open post')} could be filled by eligible teachers under the rules, but filling one gains at most ${num(f.bestGain)} (weights.shortage=${f.values.shortage}, with the scarce and rural/weak factors), no more than a move costs (weights.moves=${f.values.moves}): raise weights.shortage or lower weights.moves (compare first: rotate sweep <the same files> --set weights.shortage=…)`,
    }];
  }
  return [{
    zh: `有 ${f.fillable} 个缺员岗位可由符合条件的教师按规则补上, 本方案未补: 能补的教师受每校调出上限（rules.max_outflow_share、rules.keep_subject_teachers）所限, 或调出会使原校缺员; rotate explain <工号> 说明某人为何留任`,
    en: `${countEn(f.fillable, 'open post')} could be filled by eligible teachers under the rules, but this plan leaves them: the teachers who could are held by their school's caps (rules.max_outflow_share, rules.keep_subject_teachers) or would leave a shortage behind; rotate explain <teacher id> says why one stays`,
  }];
}

/** The shortage left: none at all, or what of it nobody may fill and what eligible teachers could. */
function shortageWords(f: FewMovesFacts): Text[] {
  if (f.openAfter === 0) {
    return [{
      zh: '参加交流的学校没有缺员（每校每学科教师数不少于岗位数）, 交流教师只能调往有空岗的学校: 核对岗位表（或编制标准 norm.*）',
      en: 'no school in the rotation is short of a teacher (every subject has as many teachers as posts), and a rotated teacher goes only where a post is open: check the posts file (or the staffing norm, norm.*)',
    }];
  }
  return [...unfillableWords(f), ...fillableWords(f)];
}

const num = (x: number): string => String(Number(x.toFixed(4)));

/**
 * Why the plan moves nobody (or only the quota): a headline, then a line per cause the facts show,
 * the locks first. Every line names the parameter or the file that decides it.
 */
export function fewMovesNote(f: FewMovesFacts): Text[] {
  const lines: Text[] = [headline(f)];
  if (f.lockedStay > 0) {
    const all = f.lockedStay === f.eligible;
    const files = f.lockFiles.length > 0 ? { zh: f.lockFiles.join('、'), en: f.lockFiles.join(', ') } : { zh: '锁定表', en: 'the locks file' };
    lines.push({
      zh: `${all ? '符合条件的教师都已' : `符合条件的教师中 ${f.lockedStay} 人已`}被锁定留任: 见 ${files.zh}（操作「留任」）, 删去留任行即可参加交流`,
      en: `${all ? 'every eligible teacher is' : `${countEn(f.lockedStay, 'eligible teacher')} ${plural(f.lockedStay, 'is', 'are')}`} locked to stay: see ${files.en} (action stay); a teacher whose stay row is removed may rotate`,
    });
    if (all) return lines;
  }
  lines.push(quotaWords(f), ...shortageWords(f));
  return lines;
}
