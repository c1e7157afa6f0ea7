/**
 * A scarce subject (`subjects.scarce`) that no teacher and no post of the county has: a name
 * mistyped (体肓 for 体育), or a remark kept in the value (`音乐;体育 # 紧缺`, read as the subject
 * "体育 # 紧缺"). It weighs nothing, so the subject meant silently stops being scarce and the plan
 * changes without a word. Told, once per such subject; the defaults' own subjects, which a county
 * may well not teach (劳动, 心理健康), are not.
 */
import { PARAMETERS } from './parameters.js';
import { splitList, type Policy } from './policy.js';
import { subjectKey } from './subjects.js';
import type { County, InputIssue } from './types.js';

const DEFAULT_SCARCE: ReadonlySet<string> = new Set(splitList(PARAMETERS.find((p) => p.name === 'subjects.scarce')?.default ?? '').map(subjectKey));

/** The warnings, one per scarce subject as written that names no subject of the county. */
export function unknownScarceWarnings(county: County, p: Pick<Policy, 'scarce' | 'values'>): InputIssue[] {
  const written = splitList(p.values['subjects.scarce'] ?? '');
  const asked = p.scarce.map((key, i) => ({ key, item: written[i] ?? key })).filter((s) => !DEFAULT_SCARCE.has(s.key));
  if (asked.length === 0) return [];
  const taught = new Set([...county.teachers.map((t) => t.subject), ...(county.posts ?? []).map((x) => x.subject)]);
  return asked
    .filter((s) => !taught.has(s.key))
    .map(({ item }) => {
      const remark = item.includes('#') || item.includes('＃');
      return {
        file: 'subjects.scarce',
        zh: `紧缺学科「${item}」: 本县没有任教此学科的教师, 也没有此学科的岗位, 不起作用（${remark ? '# 后的注释请另起一行, 以 # 开头, 或写在说明列' : '学科名写错了？学科名见教师表「任教学科」'}）`,
        en: `scarce subject "${item}": no teacher or post of the county has this subject, so it weighs nothing (${remark ? 'a remark after # goes on a line of its own, starting with #, or in the 说明 column' : 'mistyped? the subjects are those of the teachers file\'s 任教学科'})`,
      };
    });
}
