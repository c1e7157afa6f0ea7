import { describe, expect, it } from 'vitest';
import type { Alternative, Options } from '../../src/plan/alternatives.js';
import { bookOf } from '../../src/plan/plan-book.js';
import { stayNotes } from '../../src/plan/stay-notes.js';
import { context, county, post, school, teacher } from '../helpers/make-county.js';

/** A teacher who stays, whose best school (B) would lower the objective by 1 with these terms. */
function noteWith(terms: Alternative['terms'], aboveBound?: number): { zh: string; en: string } {
  const t = teacher('T1', 'A', '语文', { yearsAtSchool: 8 });
  const ctx = context(county([school('A', 'urban'), school('B', 'rural')], [t], [post('A', '语文', 1), post('B', '语文', 1)]));
  const best: Alternative = { kind: 'move', school_id: 'B', school: '乙校', delta: -1, terms, breaks: [] };
  const options: Options = { listed: [best], more: 0, count: 1, allBreak: [] };
  const note = stayNotes(bookOf(ctx, []), ctx.teachers, [options], aboveBound).get('T1');
  if (!note) throw new Error('no note');
  return note;
}

describe('why a free teacher stays when the best school would lower the objective', () => {
  it('says the change costs the model terms, which come first', () => {
    const n = noteWith({ shortage: 0.5, home_township: -1.5 }, 3);
    expect(n.zh).toBe('调往乙校可使目标值降低1, 但模型各项增加0.5（方案先求模型各项最优, 见 rotate explain）');
    expect(n.en).toBe("going to B would lower the objective by 1, but raise the model's terms by 0.5, which come first (see rotate explain)");
  });

  it('says the counting model does not offer a change that lowers the model terms by more than the plan is above the bound', () => {
    const n = noteWith({ shortage: -1 }, 0.4);
    expect(n.zh).toBe('调往乙校可使目标值降低1, 但计数模型不提供这一去向（见 rotate explain）');
    expect(n.en).toBe('going to B would lower the objective by 1, but the counting model does not offer this move (see rotate explain)');
  });

  it('else says the plan is not proven optimal (within the gap, or no bound known)', () => {
    for (const n of [noteWith({ shortage: -1 }, 2), noteWith({ shortage: -1 })]) {
      expect(n.zh).toBe('调往乙校可使目标值降低1（方案未证明最优, 见 rotate explain）');
      expect(n.en).toBe('going to B would lower the objective by 1 (the plan is not proven optimal; see rotate explain)');
    }
  });
});
