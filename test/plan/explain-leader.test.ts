import { describe, expect, it } from 'vitest';
import { solveCounty } from '../../src/pipeline/solve-county.js';
import { explainPlan } from '../../src/plan/explain.js';
import { bookOf, bookOfMoves, moveIdsOf } from '../../src/plan/plan-book.js';
import { termsOf } from '../../src/plan/plan-terms.js';
import { explainJson, readExplain } from '../../src/plan-folder/explain-file.js';
import { teacherExplainText } from '../../src/text/explain-text.js';
import { context, county, lock, post, school, teacher, teachers } from '../helpers/make-county.js';

/** A town school whose vice principal (county-level backbone) a lock sends to a rural school short of 语文 teachers. */
function leaderLocked() {
  const vp = teacher('VP1', 'S1', '体育', { role: 'vice_principal', backbone: 'county', yearsAtSchool: 8 });
  const c = county(
    [school('S1', 'town'), school('R1', 'rural')],
    [vp, ...teachers('A', 12, 'S1', '语文'), ...teachers('K', 8, 'S1', '语文', { backbone: 'county' }), ...teachers('B', 3, 'R1', '语文')],
    [post('S1', '语文', 20), post('S1', '体育', 1), post('R1', '语文', 6), post('R1', '体育', 1)],
    [lock('VP1', 'move', 'R1')],
  );
  const ctx = context(c);
  const r = solveCounty(ctx, false, () => 0);
  if (r.kind !== 'planned') throw new Error(r.kind);
  return { ctx, plan: r.plan, explanation: explainPlan(ctx, r.plan, r.relaxed).explanation };
}

describe('rotate explain for a principal or vice principal a lock moves', () => {
  const { ctx, plan, explanation } = leaderLocked();
  const x = explanation.teachers.find((t) => t.id === 'VP1');

  it('names the destination, as teachers.csv does', () => {
    expect(plan.moves.some((m) => m.teacher.id === 'VP1' && m.to.id === 'R1')).toBe(true);
    expect(x?.status).toBe('moved');
    expect(x?.move?.to_id).toBe('R1');
    expect(x?.move?.locked).toBe(true);
    const lines = x ? teacherExplainText(x, { zh: '说明', en: 'about' }) : [];
    expect(lines[0]).toMatch(/^教师 VP1 教师VP1（体育, 县级骨干）: 交流 学校S1（S1）→ 学校R1（R1）, .*人工锁定$/);
    expect(lines.find((l) => l.startsWith('Teacher VP1'))).toMatch(/moves S1 → R1 \(学校R1\)/);
    // The county posts leaders: no alternatives are priced for them.
    expect(x?.alternatives).toEqual([]);
  });

  it('gives what the move does to each term: the plan against the same plan with the leader staying', () => {
    const staying = termsOf(bookOf(ctx, moveIdsOf(plan.moves.filter((m) => m.teacher.id !== 'VP1'))));
    const planned = termsOf(bookOf(ctx, moveIdsOf(plan.moves)));
    for (const [k, v] of Object.entries(planned) as [keyof typeof planned, number][]) expect(x?.move?.served[k] ?? 0, k).toBeCloseTo(v - staying[k], 9);
    // A county-level backbone leader changes the backbone balance; he or she holds no subject post, so no shortage.
    expect(x?.move?.served.backbone_balance).toBeDefined();
    expect(x?.move?.served.shortage).toBeUndefined();
    // The plan's book is put back as it was.
    expect(termsOf(bookOfMoves(ctx, plan.moves))).toEqual(planned);
    expect(explanation.terms).toEqual(planned);
  });

  it('keeps the move through explain.json', () => {
    const r = readExplain(explainJson(explanation, {}), 'explain.json');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.teachers.find((t) => t.id === 'VP1')?.move?.to_id).toBe('R1');
  });
});
