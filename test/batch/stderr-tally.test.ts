import { describe, expect, it } from 'vitest';
import { StderrTally } from '../../src/batch/stderr-tally.js';

describe('StderrTally', () => {
  it('counts every non-empty line however the text arrives, and keeps the first and last lines whole', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `teachers.csv 第${i + 2}行「人员状态」: 应为在岗… / row ${i + 2} state: expected one of …`);
    const text = `输入有误 (200):\n${lines.join('\n')}\n\n`;
    const t = new StderrTally();
    // Pieces of 37 characters: lines split across pieces, more text than either end keeps.
    for (let i = 0; i < text.length; i += 37) t.add(text.slice(i, i + 37));
    expect(t.lines).toBe(201);
    expect(t.first(3)).toEqual(['输入有误 (200):', lines[0], lines[1]]);
    expect(t.last(2)).toEqual([lines[198], lines[199]]);
  });

  it('counts a last line without its newline', () => {
    const t = new StderrTally();
    t.add('a\n\n  \nb');
    expect(t.lines).toBe(2);
    expect(t.first(5)).toEqual(['a', 'b']);
  });
});
