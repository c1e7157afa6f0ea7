/**
 * A sweep's row without a plan names the conflicting rules in Chinese as well as by key, as the
 * rule table of `rotate plan` names them: it read `冲突 infeasible: county_quota + school_quota`,
 * English keys a county's clerk does not know, on the terminal and in the CSV.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../src/cli/sweep-command.js';

const DATA = join(import.meta.dirname, '../../data');
const INPUTS = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f));

describe('sweep: the rules of an infeasible point', () => {
  it('are named in Chinese and by key, on the terminal and in the CSV', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sweep-conflicts-')), 'sweep.csv');
    const r = await runSweep({ inputs: INPUTS, sets: [{ key: 'rules.quota_share', value: '0.1,0.9', file: '--set' }], out }, () => 0, 2026, 'sweep-conflicts', () => undefined);
    if (r.kind !== 'swept') throw new Error(r.kind);
    expect(r.rows.map((x) => x.status)).toEqual(['planned', 'infeasible']);
    const cell = '冲突 infeasible: 全县城镇非薄弱学校交流比例（向上取整） county_quota + 城镇非薄弱学校交流比例（每校, 向下取整） school_quota';
    // The terminal's status column says 冲突 infeasible; the rules are listed under the tables, wrapped.
    expect(r.lines.find((l) => /^\s+0\.9\s/u.test(l))).toContain('冲突 infeasible');
    const flat = (s: string): string => s.replace(/\s+/gu, '');
    expect(flat(r.lines.join(''))).toContain(flat(`rules.quota_share=0.9: ${cell.replace('冲突 infeasible: ', '')}`));
    expect(readFileSync(out, 'utf8')).toContain(cell);
  }, 60_000);
});
