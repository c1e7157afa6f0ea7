import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDiff } from '../../src/cli/diff-command.js';
import type { PlanRecord } from '../../src/plan-folder/read-plan.js';
import { diffCsv } from '../../src/review/diff-csv.js';
import { diffPlans } from '../../src/review/diff-plans.js';
import { diffText } from '../../src/text/diff-text.js';
import { SAMPLE_PLAN, samplePlan } from '../helpers/plan-run.js';

/*
 * `rotate diff` says what the two plans were made from where it differs: the parameters (every
 * one recorded in summary.json) and the input files (by name, their SHA-256 in summary.json),
 * and warns when the weights differ, since the objective terms are then priced differently.
 */

let a: PlanRecord;

beforeAll(async () => {
  a = await samplePlan();
});

type Summary = PlanRecord['summary'];
const withSummary = (p: PlanRecord, change: (s: Summary) => Partial<Summary>): PlanRecord => ({ ...p, summary: { ...p.summary, ...change(p.summary) } });
const withPolicy = (p: PlanRecord, set: Record<string, string>): PlanRecord => withSummary(p, (s) => ({ policy: { ...s.policy, ...set } }));
const csvLines = (csv: string): string[] => csv.replace(/^\uFEFF/u, '').split('\r\n');
const SHA = 'ab'.repeat(32);

describe('diff: the parameters that differ', () => {
  it('lists each parameter whose value differs, in the terminal and the CSV, with A, B and the change', () => {
    const b = withPolicy(a, { 'weights.moves': '8', 'rules.quota_share': '0.15' });
    const d = diffPlans(a, b);
    expect(d.params).toEqual([
      { name: 'rules.quota_share', a: '0.10', b: '0.15' },
      { name: 'weights.moves', a: '1', b: '8' },
    ]);
    const text = diffText(d, 'A', 'B');
    expect(text).toContain('参数不同 / parameters that differ (2):');
    expect(text.some((l) => /^ {2}weights\.moves +1 +8 +\+7$/u.test(l))).toBe(true);
    expect(text.some((l) => /^ {2}rules\.quota_share +0\.10 +0\.15 +\+0\.05$/u.test(l))).toBe(true);
    const csv = csvLines(diffCsv(d, 'zh'));
    expect(csv).toContain('参数,weights.moves,每交流1人的代价（越大越少调动）,取值,1,8,7');
    expect(csv).toContain('参数,rules.quota_share,城镇非薄弱学校每年交流人数不低于符合条件教师的比例,取值,0.1,0.15,0.05');
    expect(csvLines(diffCsv(d, 'en'))).toContain("parameter,weights.moves,cost of each move (higher means fewer moves),value,1,8,7");
  });

  it('reads a share typed as a percentage and yes/no in any of its words as their values: 10% and 0.10 are the same, 15% is 0.05 more, 是 is yes', () => {
    const typed = withPolicy(a, { 'rules.quota_share': '10%', 'eligibility.exchange_returns': '是' });
    expect(a.summary.policy['rules.quota_share']).toBe('0.10');
    expect(a.summary.policy['eligibility.exchange_returns']).toBe('yes');
    expect(diffPlans(a, typed).params).toEqual([]);
    const d = diffPlans(a, withPolicy(a, { 'rules.quota_share': '15％', 'eligibility.exchange_returns': '否' }));
    expect(d.params).toEqual([
      { name: 'eligibility.exchange_returns', a: 'yes', b: 'no' },
      { name: 'rules.quota_share', a: '0.10', b: '0.15' },
    ]);
    expect(diffText(d, 'A', 'B').some((l) => /^ {2}rules\.quota_share +0\.10 +0\.15 +\+0\.05$/u.test(l))).toBe(true);
  });

  it('warns, before the objective terms and in the CSV, that weighted terms are priced differently when a weight differs', () => {
    const d = diffPlans(a, withPolicy(a, { 'weights.moves': '8' }));
    const text = diffText(d, 'A', 'B');
    const note = text.findIndex((l) => l.includes('priced differently'));
    expect(note).toBeGreaterThan(text.findIndex((l) => l.startsWith('目标函数各项')));
    expect(note).toBeLessThan(text.findIndex((l) => l.includes('项 term')));
    expect(text[note]).toContain('两个方案的权重不同（weights.moves）');
    const csv = csvLines(diffCsv(d, 'zh'));
    const row = csv.findIndex((l) => l.startsWith('注意,weights,'));
    expect(row).toBeGreaterThan(0);
    expect(csv[row]).toContain('weights.moves');
    expect(row).toBeLessThan(csv.findIndex((l) => l.startsWith('目标函数,')));
    expect(csvLines(diffCsv(d, 'en')).some((l) => l.startsWith('note,weights,') && l.includes('priced differently'))).toBe(true);
  });

  it('no warning when only a rule parameter differs; no parameter section when the values are the same (1 and 1.0 alike)', () => {
    const rule = diffPlans(a, withPolicy(a, { 'rules.quota_share': '0.15' }));
    expect(diffText(rule, 'A', 'B').some((l) => l.includes('priced differently'))).toBe(false);
    expect(diffCsv(rule, 'zh')).not.toContain('注意,weights,');
    const same = diffPlans(a, withPolicy(a, { 'weights.moves': '1.0' }));
    expect(same.params).toEqual([]);
    expect(diffText(same, 'A', 'B')).toContain('输入文件（SHA-256）和参数相同 / the same input files (SHA-256) and parameters');
  });
});

describe('diff: the change column', () => {
  it('gives a school figure\'s change to as many decimals as its cells (1.0601 → 0.8834 is -0.1767, it said -0.18)', () => {
    const id = [...a.schools.keys()][0] ?? '';
    const at = (v: string): PlanRecord => ({ ...a, schools: new Map([...a.schools].map(([k, r]) => [k, k === id ? { ...r, shortage_after: v } : r])) });
    const cells = (x: string, y: string): string[] | undefined =>
      diffText(diffPlans(at(x), at(y)), 'A', 'B')
        .find((l) => l.includes('shortage_after'))
        ?.trim()
        .split(/\s+/u)
        .slice(-3);
    expect(cells('1.0601', '0.8834')).toEqual(['1.0601', '0.8834', '-0.1767']);
    expect(cells('5', '4')).toEqual(['5', '4', '-1']);
  });

  it('is the shown B less the shown A: a share of 0.2736 → 0.2762 shows 27.4% → 27.6%, +0.2% (it said 0)', () => {
    const b = withSummary(a, (s) => ({ counts: { ...s.counts, backbone_share: 0.276190 } }));
    const from = withSummary(a, (s) => ({ counts: { ...s.counts, backbone_share: 0.273585 } }));
    const line = diffText(diffPlans(from, b), 'A', 'B').find((l) => l.includes('counts.backbone_share'));
    expect(line?.trim().split(/\s+/u).slice(-3)).toEqual(['27.4%', '27.6%', '+0.2%']);
  });
});

describe('diff: the input files that differ', () => {
  const edited = (p: PlanRecord): PlanRecord =>
    withSummary(p, (s) => ({
      inputs: [
        ...s.inputs.filter((f) => f.file !== '岗位.csv').map((f) => (f.file === '教师.csv' ? { ...f, sha256: SHA } : f)),
        { kind: 'locks', file: 'locks.csv', sha256: 'cd'.repeat(32), encoding: 'utf-8', language: 'zh' as const, rows: 2 },
      ],
    }));

  it('names each file added, removed or changed, by its SHA-256 in summary.json, in the terminal and the CSV', () => {
    const d = diffPlans(a, edited(a));
    const teachers = a.summary.inputs.find((f) => f.file === '教师.csv')?.sha256 ?? '';
    const posts = a.summary.inputs.find((f) => f.file === '岗位.csv')?.sha256 ?? '';
    expect(d.inputs).toEqual([
      { file: 'locks.csv', kind: 'locks', change: 'added', a: '', b: 'cd'.repeat(32) },
      { file: '岗位.csv', kind: 'posts', change: 'removed', a: posts, b: '' },
      { file: '教师.csv', kind: 'teachers', change: 'changed', a: teachers, b: SHA },
    ]);
    const text = diffText(d, 'A', 'B');
    expect(text).toContain('输入文件不同 / input files that differ (3):');
    expect(text).toContain('  + locks.csv（锁定 locks）: 只在B / only in B');
    expect(text).toContain('  - 岗位.csv（岗位 posts）: 只在A / only in A');
    expect(text).toContain(`  ~ 教师.csv（教师 teachers）: 内容不同 / changed (SHA-256 ${teachers.slice(0, 12)} → ${SHA.slice(0, 12)})`);
    expect(text).toContain('参数相同 / the same parameters');
    const csv = csvLines(diffCsv(d, 'zh'));
    expect(csv).toContain(`输入文件,locks.csv,锁定,SHA-256,,${'cd'.repeat(32)},只在B`);
    expect(csv).toContain(`输入文件,岗位.csv,岗位,SHA-256,${posts},,只在A`);
    expect(csv).toContain(`输入文件,教师.csv,教师,SHA-256,${teachers},${SHA},内容不同`);
    expect(csvLines(diffCsv(d, 'en'))).toContain(`input,教师.csv,teachers,SHA-256,${teachers},${SHA},changed`);
  });

  it('the same plan compared with itself says its inputs and parameters are the same, and the CSV has no such rows', () => {
    const d = diffPlans(a, a);
    expect(d.inputs).toEqual([]);
    expect(diffText(d, 'A', 'A')[1]).toBe('输入文件（SHA-256）和参数相同 / the same input files (SHA-256) and parameters');
    expect(diffCsv(d, 'zh')).not.toMatch(/\r\n(输入文件|参数),/u);
  });

  it('is byte-stable: the order of summary.json\'s inputs and policy changes nothing', () => {
    const b = withPolicy(edited(a), { 'weights.moves': '8', 'weights.shortage': '12' });
    const shuffled = withSummary(b, (s) => ({ inputs: [...s.inputs].reverse(), policy: Object.fromEntries(Object.entries(s.policy).reverse()) }));
    const aShuffled = withSummary(a, (s) => ({ inputs: [...s.inputs].reverse() }));
    expect(diffCsv(diffPlans(aShuffled, shuffled), 'zh')).toBe(diffCsv(diffPlans(a, b), 'zh'));
    expect(diffText(diffPlans(aShuffled, shuffled), 'A', 'B')).toEqual(diffText(diffPlans(a, b), 'A', 'B'));
  });
});

describe('rotate diff on two plan folders, the CSV written', () => {
  it('reads the parameters and inputs from each folder\'s summary.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-diff-sources-'));
    const [pa, pb] = [join(dir, 'a'), join(dir, 'b')];
    for (const p of [pa, pb]) cpSync(SAMPLE_PLAN, p, { recursive: true });
    const summary = JSON.parse(readFileSync(join(pb, 'summary.json'), 'utf8')) as { policy: Record<string, string>; inputs: { file: string; sha256: string }[] };
    summary.policy['weights.moves'] = '8';
    for (const f of summary.inputs) if (f.file === '教师.csv') f.sha256 = SHA;
    writeFileSync(join(pb, 'summary.json'), JSON.stringify(summary));
    const csv = join(dir, 'diff.csv');
    const r = await runDiff(pa, pb, csv, 'test');
    expect(r.kind).toBe('compared');
    const lines = r.kind === 'compared' ? r.lines : [];
    expect(lines.some((l) => /^ {2}weights\.moves +1 +8 +\+7$/u.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('  ~ 教师.csv'))).toBe(true);
    expect(lines.some((l) => l.includes('priced differently'))).toBe(true);
    const written = csvLines(readFileSync(csv, 'utf8'));
    expect(written[1]).toMatch(new RegExp(`^输入文件,教师\\.csv,教师,SHA-256,[0-9a-f]{64},${SHA},内容不同$`, 'u'));
    expect(written).toContain('参数,weights.moves,每交流1人的代价（越大越少调动）,取值,1,8,7');
  });
});
