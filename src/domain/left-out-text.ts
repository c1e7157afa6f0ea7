/**
 * Why someone the roster listed is not in the plan, left out when reading it, in the words the
 * warning of `rotate plan` used for that kind (non-teaching-rows.ts, substitute-rows.ts,
 * departed-rows.ts, outside-schools.ts): the answer of `rotate explain` about that 工号, and the
 * refusal of a locks or objections row naming it.
 */
import type { Text } from './text.js';

/** Who each kind is, as the warnings name them (a kind this version does not know is told as such). */
const WHO: Readonly<Record<string, Text>> = {
  non_teaching: { zh: '非专任教师（行政人员、教辅人员、工勤人员等）', en: 'staff who are not teachers (行政人员, 教辅人员, 工勤人员 …)' },
  substitute: { zh: '代课教师（用人形式为代课）', en: 'a substitute teacher (用人形式 代课)' },
  departed: { zh: '已离开本校的人员（人员状态为退休、调出、离职等）', en: 'staff who have left the school (人员状态 退休, 调出, 离职 …)' },
};

/** The kinds of school outside the rotation: a school of the kind, and the kind as a 任教学段. */
const OUTSIDE: Readonly<Record<string, Text & { stage: string }>> = {
  kindergarten: { zh: '幼儿园', en: 'a kindergarten', stage: 'kindergarten' },
  special: { zh: '特殊教育学校', en: 'a special-education school', stage: 'special education' },
  vocational: { zh: '中等职业学校', en: 'a vocational school', stage: 'vocational' },
};

const TAIL: Text = { zh: '未读入, 不在方案中', en: 'not read, and not in the plan' };

/** The tail of a locks (or upheld objection's) row naming such a 工号, and of a rejected objection's row. */
export const LOCK_TAIL: Text = { zh: '未读入, 不能锁定: 请删去此行', en: 'not read, and cannot be locked: remove this row' };
export const OBJECTION_TAIL: Text = { zh: '未读入, 不在方案中: 请删去此行', en: 'not read, and not in the plan: remove this row' };

/**
 * Why the person of 工号 `id` is not in the plan: left out as `kind` (at the school outside the
 * rotation `school`, '' for none); `tail` what follows for the reader (explain's answer by default).
 */
export function leftOutText(id: string, kind: string, school: string, tail: Text = TAIL): Text {
  const outside = OUTSIDE[kind];
  if (outside !== undefined && school !== '') {
    return { zh: `工号「${id}」是${outside.zh}「${school}」的教师, 该校不在交流轮岗范围, ${tail.zh}`, en: `teacher "${id}" is at ${outside.en} (${school}), outside the rotation: ${tail.en}` };
  }
  if (outside !== undefined) {
    return { zh: `工号「${id}」的任教学段是${outside.zh}, 不在交流轮岗范围, ${tail.zh}`, en: `teacher "${id}" teaches at the ${outside.stage} stage (任教学段), outside the rotation: ${tail.en}` };
  }
  const who = WHO[kind];
  if (who === undefined) return { zh: `工号「${id}」读入时被略去（${kind}）, 不在方案中`, en: `"${id}" was left out when the roster was read (${kind}), and is not in the plan` };
  const teacher = kind === 'substitute' ? 'teacher ' : '';
  return { zh: `工号「${id}」是${who.zh}, 不参加交流轮岗, ${tail.zh}`, en: `${teacher}"${id}" is ${who.en}, no part in the rotation: ${tail.en}` };
}
