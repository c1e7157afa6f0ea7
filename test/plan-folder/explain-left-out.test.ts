/**
 * explain.json's list of the people left out when the roster was read: one row per kind and
 * school, ids sorted and each once, and bounded: a roster with more ids than the bound keeps the
 * first and counts the rest.
 */
import { describe, expect, it } from 'vitest';
import type { LeftOutTeacher } from '../../src/domain/types.js';
import type { LeftOutRow } from '../../src/plan-folder/explain-layout.js';
import { leftOutLoose, leftOutOf, leftOutRows } from '../../src/plan-folder/explain-left-out.js';

const LEFT: LeftOutTeacher[] = [
  { id: 'K02', kind: 'kindergarten', school: '城关幼儿园' },
  { id: 'D02', kind: 'departed' },
  { id: 'K01', kind: 'kindergarten', school: '城关幼儿园' },
  { id: 'D01', kind: 'departed' },
  { id: 'D01', kind: 'departed' },
  { id: 'A01', kind: 'non_teaching' },
];

describe("explain.json's people left out", () => {
  it('groups them by kind and school, each id once, in a fixed order', () => {
    expect(leftOutRows(LEFT)).toEqual({
      rows: [
        ['non_teaching', '', ['A01']],
        ['departed', '', ['D01', 'D02']],
        ['kindergarten', '城关幼儿园', ['K01', 'K02']],
      ],
      unlisted: 0,
    });
  });

  it('keeps at most the bound of ids, counting the others', () => {
    const { rows, unlisted } = leftOutRows(LEFT, 2);
    expect(rows).toEqual([
      ['non_teaching', '', ['A01']],
      ['departed', '', ['D01']],
    ]);
    expect(unlisted).toBe(3);
    expect(leftOutOf(rows, 'D01')).toEqual({ kind: 'departed', school: '' });
    expect(leftOutOf(rows, 'K01')).toBeUndefined();
  });

  it('finds an id typed without its leading zeros or with a formula guard, and nothing else', () => {
    const rows: LeftOutRow[] = [
      ['substitute', '', ['009002', 'D01']],
      ['kindergarten', '城关幼儿园', ['09002']],
    ];
    expect(leftOutLoose(rows, '9002')).toEqual([
      { id: '009002', kind: 'substitute', school: '' },
      { id: '09002', kind: 'kindergarten', school: '城关幼儿园' },
    ]);
    expect(leftOutLoose(rows, "'D01")).toEqual([{ id: 'D01', kind: 'substitute', school: '' }]);
    expect(leftOutLoose(rows, '90020')).toEqual([]);
    expect(leftOutLoose(undefined, '9002')).toEqual([]);
  });
});
