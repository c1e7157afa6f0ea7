/** A handed-over value (the plan's explanation, taken by explain.json, its one reader) is taken once. */
import { describe, expect, it } from 'vitest';
import { Handover } from '../../src/pipeline/handover.js';

describe('a handed-over value', () => {
  it('is taken once', () => {
    const h = new Handover({ big: [1, 2, 3] });
    expect(h.take()).toEqual({ big: [1, 2, 3] });
    expect(() => h.take()).toThrow(/taken twice/);
  });
});
