import { subjectNameEn } from '../domain/subject-names.js';
import { plural } from '../domain/plural.js';
import { isLeader } from '../domain/leaders.js';
import type { Policy } from '../domain/policy.js';
import { placeLabel, schoolOfPlace } from '../domain/sections.js';
import { postsOf } from '../domain/staffing.js';
import type { Text } from '../domain/text.js';
import { postsAt, teachersOf, type ModelContext } from '../model/context.js';
import { addHardRow } from '../model/hard-row.js';
import { splitCellKey } from '../model/keys.js';
import { sums, terms } from '../model/sums.js';
import { cellOf, placeFor, valueAt } from './book.js';
import { checkResult, heldOf } from './check-result.js';
import { placeTakesPart } from './in-rotation.js';
import type { HardRule } from './rule.js';

/** Teachers a place must keep in a subject: the parameter, at most as many as it has, and none where it has no post of the subject. */
export function keepAt(p: Pick<Policy, 'keepSubjectTeachers'>, posts: number, have: number): number {
  return posts >= 1 ? Math.min(p.keepSubjectTeachers, have) : 0;
}

const needAt = (ctx: ModelContext, place: string, subject: string): number => keepAt(ctx.policy, postsAt(ctx, place, subject), teachersOf(ctx, place, subject));

/** The rule as the checklist names it. */
const KEEP = { zh: '有岗位的学科不断档（每校至少留规定人数）', en: 'no subject with posts left without its teachers' };

/**
 * No subject left without a teacher (学科不断档): after the plan, each place (a school, or one
 * section of a 九年一贯制 or 完全中学) keeps at least `rules.keep_subject_teachers` teachers (1 by
 * default; all of them when it has fewer) of every subject it has posts for, arrivals counted.
 * A plan may otherwise send a city school's only PE teacher to fill a rural post (the rural
 * vacancy weighs more), which no bureau would sign. Off with 0.
 */
export const subjectCover: HardRule = {
  name: 'subject_cover',
  kind: 'hard',
  zh: '交流后各校（学部）有岗位的学科至少保留规定人数的教师（学科不断档）',
  en: 'each school (section) keeps teachers of every subject it has posts for (no subject left without a teacher)',
  relaxable: true,
  moveOnly: false,
  loosen: { param: 'rules.keep_subject_teachers', field: 'keepSubjectTeachers', down: true, step: 1 },
  build(ctx, cols, b, opts) {
    if (ctx.policy.keepSubjectTeachers <= 0) return;
    const s = sums(cols);
    for (const [key, outs] of s.outBySchoolSubject) {
      const [place, subject] = splitCellKey(key);
      const need = needAt(ctx, place, subject);
      const have = teachersOf(ctx, place, subject);
      // Only where the teachers free to leave could empty the subject below what it keeps.
      if (need <= 0 || have - outs.reduce((a, o) => a + o.max, 0) >= need) continue;
      const ins = s.inBySchoolSubject.get(key) ?? [];
      addHardRow(b, opts, `subject_cover[${key}]`, 'subject_cover', [...terms(outs, 1), ...terms(ins, -1)], -Infinity, have - need);
    }
  },
  check(f) {
    const bad: Text[] = [];
    let n = 0;
    for (const [key, have] of [...f.before].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const [place, j] = splitCellKey(key);
      // A place outside rules.scope (a 高中, a 完全中学's 高中部, by default) neither sends nor takes anyone: not counted.
      if (!placeTakesPart(place, f.school.get(schoolOfPlace(place)), f.policy)) continue;
      const need = keepAt(f.policy, postsOf(f.posts, place, j), have);
      if (need <= 0) continue;
      n++;
      const after = have - (f.outflow.get(key) ?? 0) + (f.inflow.get(key) ?? 0);
      const at = placeLabel(place);
      if (after < need) bad.push({ zh: `${at.zh} ${j} 调整前${have}人, 调整后${after}人, 应至少保留${need}人`, en: `${at.en} ${subjectNameEn(f.county, j)}: ${have} ${plural(have, 'teacher')} before, ${after} after, at least ${need} kept` });
    }
    return checkResult({ rule: 'subject_cover', ...KEEP, ...heldOf(n, bad.length), failures: bad, relaxable: true });
  },
  breaks(book, t, cur, next) {
    if (isLeader(t) || cur === next) return false;
    // The place the teacher leaves by this change: the own one, or the one the plan sends him or her to.
    const from = placeFor(book, t, cur);
    if (from === placeFor(book, t, next)) return false;
    const need = needAt(book.ctx, from, t.subject);
    const after = valueAt(book.after, cellOf(book, from, t.subject));
    return need > 0 && after >= need && after - 1 < need;
  },
  needs(ctx) {
    const k = ctx.policy.keepSubjectTeachers;
    return [{ zh: `规则: 各校（学部）有岗位的学科调整后至少保留 ${k} 名教师（原有更少时全部保留）`, en: `rule: each school (section) keeps at least ${k} ${plural(k, 'teacher')} of every subject it has posts for (all of them when it has fewer)` }];
  },
  hint: (p) => ({ zh: `调低 rules.keep_subject_teachers（现为 ${p.keepSubjectTeachers}, 0 = 不限）, 或为断档学科补充岗位或教师`, en: `lower rules.keep_subject_teachers (now ${p.keepSubjectTeachers}; 0: no limit), or add posts or teachers in those subjects` }),
  stayNote(book, t) {
    const place = placeFor(book, t, undefined);
    const after = valueAt(book.after, cellOf(book, place, t.subject));
    return { zh: `本校${t.subjectLabel}调整后仅${after}人, 再调出将断档`, en: `the school would be left with too few ${t.subjectLabel} teachers (${after} after the plan)` };
  },
};
