import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { FileKind } from '../../src/domain/types.js';
import { CACHE_TRIAL, fastRow, type RowInput } from '../../src/schema/fast-row.js';
import type { HeaderMatch } from '../../src/schema/match-headers.js';
import type { RowSpec } from '../../src/schema/row-spec.js';
import { lockSpec } from '../../src/schema/rows/lock-row.js';
import { objectionSpec } from '../../src/schema/rows/objection-row.js';
import { policySpec } from '../../src/schema/rows/policy-row.js';
import { postSpec } from '../../src/schema/rows/post-row.js';
import { schoolSpec } from '../../src/schema/rows/school-row.js';
import { teacherSpec } from '../../src/schema/rows/teacher-row.js';

/** Cells good for some column and bad for others, a few of them repeated on purpose. */
const CELLS = [
  '', ' ', '0', '6', '12', '１２', '6.0', '1,234', '-3', '3.5', '六', 'abc', '1980', '1930', '1980-01', '198001', '1980-01-15',
  '1980年2月30日', '2022-13', '2027-01', '29221', '男', '女', 'X', '1-男', '无', '县级骨干教师', '市级', '中级', '小学高级', '正高级',
  '教授', '教师', '副校长', '主任', '小学', '初中部', '高中', '九年一贯制', '大学', '初级中学', '初中教师资格证', '本科', '21', '是', '否',
  '在编', '特岗', '病假', '在岗', '失踪', 'yes', '001', '001', '002', 'T1', '1.10101E+17', '11010519491231002X', '001;002',
  '001，001、003', '002;1E+5', '城区', '乡村', '镇区', '111', '121主城区', '210', '45.5', '120', '-200', '同意', '驳回', '留任',
  '调往', '禁止', 'move', 'stay', 'rules.quota_share', '哺乳期', '城关镇', '语文', 'Music',
] as const;

/** Cells that are good for a column, mostly, so that many whole rows are valid; '' is good for every optional one. */
const GOOD: Readonly<Record<string, readonly string[]>> = {
  teacher_id: ['000001', 'T1', '００２'],
  school_id: ['001', '002', '341122001'],
  name: ['王芳', 'Zhang Jiadan'],
  subject: ['语文', 'Music', '体育与健康'],
  years_at_school: ['', '4', '１２'],
  joined_school: ['2022-04', '', '2019年9月'],
  birth_date: ['1986-10', '', '19800115'],
  birth_year: ['', '1986'],
  stage: ['小学', '初中', 'nine_year'],
  area: ['城区', '乡村', ''],
  students: ['1200', '35'],
  posts: ['3', '0'],
  action: ['留任', '调往', 'forbid', ''],
  decision: ['同意', '驳回'],
  key: ['rules.quota_share', ' plan.year '],
  exchange_home_school: ['', '', '002'],
  exchange_end: ['', '', '2027-08'],
  to_school_id: ['', '002'],
  preferences: ['', '001;002'],
};

/** A header with the columns `present` (in a shuffled order), as matchHeaders would give it. */
function headerOf(kind: FileKind, present: string[]): HeaderMatch {
  return { kind, columns: new Map(present.map((key, index) => [key, { key, index, label: key }])), duplicates: [], missing: [], unused: [] };
}

/** A test that fastRow, with any subset of `spec`'s columns, reads rows as its zod schema does. */
function readsAsZod<S extends z.ZodType<unknown, RowInput>>(kind: FileKind, spec: RowSpec<S>): void {
  it(`${kind}: accepts exactly the rows the zod schema accepts, with the same value`, () => {
    const keys = Object.keys(spec.cells);
    const cell = (key: string) =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...(GOOD[key] ?? [''])), weight: 20 },
        { arbitrary: fc.constantFrom(...CELLS), weight: 1 },
        { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
      );
    const file = fc.shuffledSubarray(keys).chain((present) =>
      fc.record({ present: fc.constant(present), rows: fc.array(fc.tuple(...present.map(cell)), { minLength: 1, maxLength: 6 }) }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(file, ({ present, rows }) => {
        // One reader for the whole file, as readRows uses it: what it keeps of one row must not leak into the next.
        const read = fastRow(spec, headerOf(kind, present));
        for (const cells of rows) {
          const input: RowInput = Object.fromEntries(present.map((key, i) => [key, cells[i]]));
          const zod = spec.schema.safeParse(input);
          const fast = read(cells);
          expect(fast !== undefined).toBe(zod.success);
          if (fast === undefined || !zod.success) continue;
          accepted++;
          expect(fast).toStrictEqual(zod.data);
          expect(Object.keys(fast as object)).toEqual(Object.keys(zod.data as object));
        }
      }),
      { numRuns: 1000 },
    );
    // Enough valid rows to say something about them.
    expect(accepted).toBeGreaterThan(20);
  });
}

describe('fastRow', () => {
  readsAsZod('teachers', teacherSpec);
  readsAsZod('schools', schoolSpec);
  readsAsZod('posts', postSpec);
  readsAsZod('locks', lockSpec);
  readsAsZod('objections', objectionSpec);
  readsAsZod('policy', policySpec);

  it('teachers: a valid row of a county file, then the same row with a cross-column problem', () => {
    const present = ['teacher_id', 'name', 'school_id', 'subject', 'years_at_school', 'birth_date', 'exchange_home_school', 'exchange_end'];
    const read = fastRow(teacherSpec, headerOf('teachers', present));
    const row = ['000001', '王梓珊', '341122001', '语文', '4', '1986-10', '', ''];
    expect(read(row)).toStrictEqual(teacherSpec.schema.parse(Object.fromEntries(present.map((k, i) => [k, row[i]]))));
    // The exchange names the teacher's own school: zod says why, the fast path only that it cannot answer.
    expect(read(['000002', '张嘉丹', '341122001', '语文', '1', '1971-08', '341122001', '2027-08'])).toBeUndefined();
  });

  it('teachers: two rows with the same date do not share one date object', () => {
    const read = fastRow(teacherSpec, headerOf('teachers', ['teacher_id', 'name', 'school_id', 'subject', 'joined_school', 'preferences']));
    const a = read(['1', '王芳', '001', '语文', '2020-09', '002']);
    const b = read(['2', '李娜', '001', '语文', '2020-09', '002']);
    expect(a?.joined_school).toEqual(b?.joined_school);
    expect(a?.joined_school).not.toBe(b?.joined_school);
    expect(a?.preferences).not.toBe(b?.preferences);
  });

  it('teachers: columns of distinct cells stop being kept, and every row still reads as zod reads it', () => {
    const present = ['teacher_id', 'name', 'school_id', 'subject', 'birth_date', 'joined_school', 'backbone'];
    const read = fastRow(teacherSpec, headerOf('teachers', present));
    for (let i = 0; i < 3 * CACHE_TRIAL; i++) {
      // Ids, names and dates of birth all distinct; schools, subjects and backbone words repeat; a bad date now and then.
      const cells = [String(100000 + i), `王${i}`, `00${i % 7}`, ['语文', '数学', 'Music'][i % 3] ?? '', `${1960 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}`, i % 97 === 5 ? '2020-13' : '2019-09', ['无', '县级骨干教师', ''][i % 3] ?? ''];
      const zod = teacherSpec.schema.safeParse(Object.fromEntries(present.map((k, j) => [k, cells[j]])));
      const fast = read(cells);
      expect(fast !== undefined, String(i)).toBe(zod.success);
      if (fast !== undefined && zod.success) expect(fast).toStrictEqual(zod.data);
    }
  });
});
