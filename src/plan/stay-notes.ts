import { plural } from '../domain/plural.js';
import { subjectInText } from '../domain/subjects.js';
import type { Text } from '../domain/text.js';
import type { Teacher } from '../domain/types.js';
import type { PlanBook } from '../rules/book.js';
import { ruleNamed } from '../rules/registry.js';
import type { Options } from './alternatives.js';
import { beyondTheBound, modelPartOf } from './plan-terms.js';

const fmt = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * Why an eligible teacher who is free to go stays, in a sentence: no school he or she could go to,
 * every such school would break a rule (in that rule's words), or the best one would make the
 * objective worse (by how much, as `rotate explain` shows). Where the best one would lower the
 * objective, the sentence says why the plan did not take it, as explain does beside it: it costs the
 * model's terms, which come first; or it lowers them by more than the plan is above the solve's
 * bound (`aboveBound`, see Plan.aboveBound), a move the counting model does not offer; or else the
 * plan is not proven optimal. Locked teachers are left to the lock's own words.
 * `options[i]`: the allowed destinations of `teachers[i]`, evaluated (undefined for a teacher not ranked: not eligible, or a principal).
 */
export function stayNotes(book: PlanBook, teachers: readonly Teacher[], options: readonly (Options | undefined)[], aboveBound?: number): Map<string, Text> {
  const { ctx } = book;
  const notes = new Map<string, Text>();
  // Movers by school, then subject: looked up without joining the two into a new key per teacher.
  const rotating = new Map<string, Map<string, number>>();
  for (const x of book.dest.keys()) {
    const m = ctx.teacherById.get(x);
    if (!m) continue;
    let at = rotating.get(m.schoolId);
    if (!at) rotating.set(m.schoolId, (at = new Map()));
    at.set(m.subject, (at.get(m.subject) ?? 0) + 1);
  }
  for (let i = 0; i < teachers.length; i++) {
    const t = teachers[i];
    const o = options[i];
    if (!t || !o) continue;
    const id = t.id;
    if (book.dest.has(id) || ctx.stayLock.has(id) || ctx.moveLock.has(id)) continue;
    const parts: Text[] = [];
    const sameGroup = rotating.get(t.schoolId)?.get(t.subject) ?? 0;
    if (sameGroup > 0) parts.push({ zh: `本校${subjectInText(t)}已有${sameGroup}人交流`, en: `${sameGroup} ${subjectInText(t)} ${plural(sameGroup, 'teacher')} of the school already ${plural(sameGroup, 'rotates', 'rotate')}` });
    if (o.count === 0) {
      parts.push({ zh: `没有可去的学校设有${subjectInText(t)}岗位（交流方向、同学科）`, en: `no school the direction rule allows has a ${subjectInText(t)} post` });
    } else if (o.allBreak.length > 0) {
      const name = o.allBreak[0] ?? '';
      const r = ruleNamed(name);
      parts.push((r?.kind === 'hard' ? r.stayNote?.(book, t) : undefined) ?? { zh: `交流会违反规则 ${name}`, en: `moving would break the rule ${name}` });
    } else {
      const best = o.listed[0];
      if (best && best.delta >= 0) parts.push({ zh: `调往最合适的${best.school ?? ''}将使目标值增加${fmt(best.delta)}`, en: `the best school to go to, ${best.school_id ?? ''}, would raise the objective by ${fmt(best.delta)}` });
      else if (best) parts.push(lowerNote(best.school ?? '', best.school_id ?? '', best.delta, modelPartOf(best.terms), aboveBound));
    }
    notes.set(id, { zh: parts.map((x) => x.zh).join('; '), en: parts.map((x) => x.en).join('; ') });
  }
  return notes;
}

/** The sentence for a best school that would lower the objective by −`delta`, the model's terms changing by `model`. */
function lowerNote(school: string, schoolId: string, delta: number, model: number, aboveBound: number | undefined): Text {
  const lower = { zh: `调往${school}可使目标值降低${fmt(-delta)}`, en: `going to ${schoolId} would lower the objective by ${fmt(-delta)}` };
  if (model > 1e-9) return { zh: `${lower.zh}, 但模型各项增加${fmt(model)}（方案先求模型各项最优, 见 rotate explain）`, en: `${lower.en}, but raise the model's terms by ${fmt(model)}, which come first (see rotate explain)` };
  if (beyondTheBound(model, aboveBound)) return { zh: `${lower.zh}, 但计数模型不提供这一去向（见 rotate explain）`, en: `${lower.en}, but the counting model does not offer this move (see rotate explain)` };
  return { zh: `${lower.zh}（方案未证明最优, 见 rotate explain）`, en: `${lower.en} (the plan is not proven optimal; see rotate explain)` };
}
