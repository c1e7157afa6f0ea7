import { describe, expect, it } from 'vitest';
import type { Alternative, TeacherExplain } from '../../src/plan/explain.js';
import { teacherExplainText } from '../../src/text/explain-text.js';

/** A stayer's explanation with these alternatives (the rest of the teacher does not matter here). */
function stayer(alternatives: Alternative[]): TeacherExplain {
  return { id: 'T1', name: '张三', subject: '语文', backbone: 'none', school_id: 'S1', school: '甲校', status: 'stays', reason: { zh: '本次未安排交流', en: 'not planned' }, alternatives, more: 0 };
}
const move = (school_id: string, delta: number, terms: Alternative['terms'], breaks: string[] = []): Alternative => ({ kind: 'move', school_id, school: `学校${school_id}`, delta, terms, breaks });

describe('the alternatives rotate explain lists', () => {
  const lines = teacherExplainText(
    stayer([
      move('A', -0.99, { indicator_spread: 0.01, home_township: -1 }),
      move('B', -0.32, { indicator_shortfall: -0.32 }),
      move('C', -1, { home_township: -1 }, ['outflow_cap']),
      move('D', 2, { shortage: 2 }),
    ]),
    { zh: '说明', en: 'about' },
  );
  const line = (id: string, lang: 'zh' | 'en'): string => lines.find((l) => (lang === 'zh' ? l.includes(`（${id}）`) : l.includes(` ${id} (`))) ?? '';

  it('say why a lower total that keeps every rule was not taken: a model cost the teacher-level terms would buy', () => {
    expect(line('A', 'zh')).toContain('但模型各项 +0.01: 方案先求模型各项最优');
    expect(line('A', 'en')).toContain("but the model's terms +0.01: they come first");
  });

  it('or a change lower for the model too, which the model\'s solution did not take', () => {
    expect(line('B', 'zh')).toContain('模型各项也降低 -0.32: 方案保持计数模型的解');
    expect(line('B', 'en')).toContain("the model's terms fall too, -0.32");
  });

  it('or, where it would take the model\'s terms below the bound the solve proved, a move the counting model does not offer', () => {
    const bounded = teacherExplainText(stayer([move('B', -0.32, { indicator_shortfall: -0.32 }), move('E', -0.1, { indicator_shortfall: -0.1 })]), { zh: '说明', en: 'about' }, 0.2);
    const at = (id: string, lang: 'zh' | 'en'): string => bounded.find((l) => (lang === 'zh' ? l.includes(`（${id}）`) : l.includes(` ${id} (`))) ?? '';
    expect(at('B', 'zh')).toContain('模型各项也降低 -0.32: 但计数模型不提供这一去向（方案的模型目标值只比求解证明的下界高 0.2');
    expect(at('B', 'en')).toContain("but the counting model does not offer this move (the plan's model terms are only 0.2 above the bound the solve proved");
    // Within what the plan is above the bound: the model could have taken it.
    expect(at('E', 'zh')).toContain('方案保持计数模型的解');
    expect(at('E', 'en')).not.toContain('does not offer this move (the plan');
  });

  it('and add nothing to a change that breaks a rule or costs more', () => {
    for (const id of ['C', 'D']) for (const lang of ['zh', 'en'] as const) expect(line(id, lang)).not.toMatch(/模型各项|model's terms/);
  });
});
