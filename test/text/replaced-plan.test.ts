/**
 * A clerk tuning the plan runs `rotate plan … -o plan` again and again into one folder: each run
 * replaces the plan before it. The terminal says what the replaced plan was (its moves, the
 * parameters and input files it was made with that differ) and how to write it again to compare
 * with rotate diff; nothing when the plan replaced was made from the same inputs and parameters.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalSummary } from '../../src/text/terminal-summary.js';
import type { PolicySetting } from '../../src/domain/policy.js';
import { planInProcess } from '../helpers/plan-run.js';

const DATA = join(import.meta.dirname, '../../data');
const SAMPLE = readdirSync(DATA).filter((f) => f.endsWith('.csv')).map((f) => join(DATA, f));
const set = (key: string, value: string): PolicySetting => ({ key, value, file: '--set' });

async function planned(inputs: string[], dir: string, sets: PolicySetting[] = []) {
  const r = await planInProcess(inputs, dir, { sets });
  if (r.kind !== 'written') throw new Error(r.kind);
  return r.report;
}

/** The `--set` options the line gives, as a shell would split them (quotes removed). */
function setsOf(line: string): PolicySetting[] {
  return [...line.matchAll(/--set (?:"([^"]+)"|(\S+))/gu)].map((m) => {
    const [key = '', value = ''] = (m[1] ?? m[2] ?? '').split(/=(.*)/su);
    return set(key, value);
  });
}

describe('a plan written over the plan its folder held', () => {
  it('names the replaced plan and how to write it again, which gives it back move for move', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-replaced-'));
    const dir = join(root, 'plan');
    const first = await planned(SAMPLE, dir, [set('rules.quota_share', '15%')]);
    expect(terminalSummary(first, dir, 'zh').join('\n')).not.toContain('替换了');
    const firstMoves = readFileSync(join(dir, 'assignments.csv'));

    const second = await planned(SAMPLE, dir, [set('weights.moves', '12'), set('rules.scope', '小学;初中;高中')]);
    const lines = terminalSummary(second, dir, 'zh');
    const told = lines.find((l) => l.includes('替换了此文件夹中之前的方案'));
    expect(told).toBe(`  替换了此文件夹中之前的方案（交流 ${first.summary.counts.moved} 人）, 与本次不同: 参数 rules.quota_share 0.15 → 0.10、rules.scope 小学;初中 → 小学;初中;高中、weights.moves 1 → 12`);
    const again = lines.find((l) => l.includes('要与之比较')) ?? '';
    expect(again).toContain('--set "rules.scope=小学;初中" --set weights.moves=1 ');
    const sets = setsOf(again);
    expect(sets.map((s) => s.key)).toEqual(['rules.quota_share', 'rules.scope', 'weights.moves']);
    // What the line says writes the first plan again.
    const other = join(root, 'again');
    await planned(SAMPLE, other, sets);
    expect(readFileSync(join(other, 'assignments.csv')).equals(firstMoves)).toBe(true);

    // The same inputs and parameters again: the same plan, nothing to say.
    const third = await planned(SAMPLE, dir, [set('weights.moves', '12'), set('rules.scope', '小学;初中;高中')]);
    expect(terminalSummary(third, dir, 'zh').join('\n')).not.toContain('替换了');
  });

  it('names an input file that changed, and then gives no command that could not make the plan again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-replaced-inputs-'));
    const copies = SAMPLE.map((f) => {
      const to = join(root, f.split('/').pop() ?? '');
      copyFileSync(f, to);
      return to;
    });
    const dir = join(root, 'plan');
    await planned(copies, dir);
    const teachers = copies.find((f) => f.endsWith('教师.csv')) ?? '';
    // A blank line added at the end: the same teachers, but another file (its SHA-256 differs).
    writeFileSync(teachers, `${readFileSync(teachers, 'utf8')}\r\n`);
    const second = await planned(copies, dir, [set('weights.moves', '2')]);
    const lines = terminalSummary(second, dir, 'zh');
    expect(lines.find((l) => l.includes('替换了'))).toMatch(/与本次不同: 参数 weights\.moves 1 → 2; 输入文件 教师\.csv（内容已改）$/u);
    expect(lines.join('\n')).not.toContain('要与之比较');
    expect(lines).toContain('  每次用不同的 -o 即保留每次的方案, 以便用 rotate diff 比较');
    expect(terminalSummary(second, dir, 'en').find((l) => l.startsWith('  replaced'))).toMatch(/^ {2}replaced the plan this folder held \(\d+ moves\), made otherwise: parameters weights\.moves 1 → 2; input files 教师\.csv \(changed since\)$/u);
  });
});
