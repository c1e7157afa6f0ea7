/**
 * `rotate diff` of a plan whose assignments.csv was opened in Excel and saved: Excel writes the
 * 工号 as numbers (000001 → 1), in GBK, without a BOM. The moves are the same moves, and the diff
 * says so, naming what Excel did, rather than listing every move as removed and added again.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runDiff } from '../../src/cli/diff-command.js';
import { SAMPLE_PLAN } from '../helpers/plan-run.js';

/** A plan table as Excel saves it: GBK, no BOM, each cell of digits a number (leading zeros gone). */
function asExcelSaves(text: string): Buffer {
  const lines = text.replace(/^\uFEFF/u, '').split('\r\n');
  const saved = lines.map((line) => line.replace(/(^|,)0+(\d+)(?=,)/gu, '$1$2'));
  return iconv.encode(saved.join('\r\n'), 'gbk');
}

describe('diff of a plan whose assignments.csv Excel saved', () => {
  it('pairs each 工号 that lost its zeros with the same teacher: nothing added or removed, and a note says why', async () => {
    const b = join(mkdtempSync(join(tmpdir(), 'rotate-diff-excel-')), 'plan');
    cpSync(SAMPLE_PLAN, b, { recursive: true });
    const file = join(b, 'assignments.csv');
    writeFileSync(file, asExcelSaves(readFileSync(file, 'utf8')));
    expect(iconv.decode(readFileSync(file), 'gbk').split('\r\n')[1]?.startsWith('1,')).toBe(true);
    const r = await runDiff(SAMPLE_PLAN, b, undefined, 'test');
    if (r.kind !== 'compared') throw new Error(JSON.stringify(r));
    const moves = readFileSync(join(SAMPLE_PLAN, 'assignments.csv'), 'utf8').trim().split('\r\n').length - 1;
    expect([r.diff.added.length, r.diff.removed.length, r.diff.changed.length, r.diff.same]).toEqual([0, 0, 0, moves]);
    expect(r.lines.some((l) => l.includes(`${moves} 个工号不在另一方案中`) && l.includes('开头的0被去掉了') && l.includes('「1」 → 「000001」'))).toBe(true);
  });
});

describe('ids two plans hold in two forms', () => {
  it('stay two where one plan holds both forms: a teacher 1 beside 000001 is a move added, not the same teacher', async () => {
    const { samplePlan } = await import('../helpers/plan-run.js');
    const { alignIds } = await import('../../src/review/diff-ids.js');
    const a = await samplePlan();
    const first = a.moves.get('000001');
    if (!first) throw new Error('sample move 000001');
    const b = { ...a, moves: new Map([...a.moves, ['1', { ...first, teacher_id: '1' }]]) };
    const r = alignIds(a, b);
    expect([...r.b.moves.keys()].filter((id) => id === '1' || id === '000001').sort()).toEqual(['000001', '1']);
    expect(r.notes).toEqual([]);
  });
});
