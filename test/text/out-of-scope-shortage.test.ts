/**
 * A school outside rules.scope (a 高中 when the scope is 小学;初中), or a 完全中学's 高中部, takes no
 * part: nobody is sent to it, its shortage stays. Its shortage is in the county's totals (summary.json's
 * `shortage`, unchanged): the terminal and report.html say how much of them it is, and mark the school;
 * summary.json gives that part of each total beside it (`out_of_scope_…`), and rotate diff compares it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outOfScopeShortage } from '../../src/plan/out-of-scope-shortage.js';
import { readPlan } from '../../src/plan-folder/read-plan.js';
import { diffCsv } from '../../src/review/diff-csv.js';
import { diffPlans } from '../../src/review/diff-plans.js';
import { diffText } from '../../src/text/diff-text.js';
import { terminalSummary } from '../../src/text/terminal-summary.js';
import { planInProcess } from '../helpers/plan-run.js';

/** The sample with 县一中 (高中: 语文 5 posts, 2 teachers; 化学 2 posts, none) and 县二中 (完全中学: 数学 初中部 2 posts and teachers, 高中部 4 posts, 1 teacher). */
function sampleWithSeniors(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-outside-'));
  const sample = join(import.meta.dirname, '../../data');
  const read = (f: string): string => readFileSync(join(sample, f), 'utf8').replace(/\s*$/u, '');
  writeFileSync(join(dir, '学校.csv'), `${read('学校.csv')}\r\n341122031,县一中,高中,城区,1500,否,30,城关镇,32.47,118.43\r\n341122032,县二中,完全中学,城区,900,否,18,城关镇,32.46,118.42\r\n`);
  // A row of the sample's teachers file (000001's), as another teacher of another school, subject and section.
  const [, first = ''] = read('教师.csv').split(/\r?\n/u);
  const teacher = (id: string, school: string, subject: string, stage: string, cert: string): string => {
    const cells = first.split(',');
    [cells[0], cells[1], cells[2], cells[3], cells[12], cells[13]] = [id, `教师${id}`, school, subject, stage, cert];
    return cells.join(',');
  };
  const added = [teacher('000901', '341122031', '语文', '', '高级中学'), teacher('000902', '341122031', '语文', '', '高级中学'), teacher('000903', '341122032', '数学', '初中', '初级中学'), teacher('000904', '341122032', '数学', '初中', '初级中学'), teacher('000905', '341122032', '数学', '高中', '高级中学')];
  writeFileSync(join(dir, '教师.csv'), `${read('教师.csv')}\r\n${added.join('\r\n')}\r\n`);
  writeFileSync(join(dir, '岗位.csv'), `${read('岗位.csv')}\r\n341122031,语文,5,\r\n341122031,化学,2,\r\n341122032,数学,2,初中\r\n341122032,数学,4,高中\r\n`);
  return ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(dir, f));
}

describe('shortage outside the rotation\'s scope', () => {
  it('is told under the totals and marked in the top-5 table and report.html; summary.json\'s totals keep it, as schools.csv adds up', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rotate-outside-plan-')), 'plan');
    const out = await planInProcess(sampleWithSeniors(), dir);
    if (out.kind !== 'written') throw new Error(out.kind);
    const r = out.report;
    const o = outOfScopeShortage(r.plan.figures, r.policy);
    expect(o.schools.map((x) => [x.figures.school.id, x.whole, x.sections, x.before, x.after])).toEqual([
      ['341122031', true, ['senior'], 5, 5],
      ['341122032', false, ['senior'], 3, 3],
    ]);
    expect([o.before, o.after]).toEqual([8, 8]);
    // summary.json counts every school, as before: the 8 are in its totals.
    expect(r.summary.shortage.before).toBe(r.plan.figures.reduce((a, f) => a + f.shortageBefore, 0));
    const zh = terminalSummary(r, 'plan', 'zh', { color: false });
    expect(zh).toContainEqual(expect.stringMatching(/^ {4}其中不参加交流的学校 +8 +8$/u));
    expect(zh).toContain('  以上合计含不参加交流（不在 rules.scope: 小学;初中）的 2 所学校（学部）的缺员 8 → 8, 交流不调入调出, 不能补: 县一中、县二中高中部');
    const en = terminalSummary(r, 'plan', 'en', { color: false });
    expect(en).toContainEqual(expect.stringMatching(/^ {4}of which schools not in the rotation +8 +8$/u));
    expect(en).toContain('  the totals include the shortage of 2 schools (sections) not in the rotation (outside rules.scope: 小学;初中), 8 → 8, which no exchange fills: 县一中, 县二中 senior section');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('缺员（含不参加交流的 8 → 8）');
    expect(html).toContain('的 2 所学校（学部）的缺员 8 → 8');
    expect(html).toMatch(/不参加交流 not in the rotation（缺员 5 → 5）/u);
    expect(html).toMatch(/高中部不参加交流 senior section not in the rotation（缺员 3 → 3）/u);
  });

  it('is given in summary.json beside each total, so that it can be taken away, and compared by rotate diff where it differs', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rotate-outside-plan-')), 'plan');
    const out = await planInProcess(sampleWithSeniors(), dir);
    if (out.kind !== 'written') throw new Error(out.kind);
    const o = outOfScopeShortage(out.report.plan.figures, out.report.policy);
    const sh = (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { shortage: Record<string, number> }).shortage;
    // 县一中 语文 3 and 化学 2, 县二中 高中部 数学 3, both urban and not weak; the scarce part as the policy's scarce subjects count it.
    expect([sh['out_of_scope_before'], sh['out_of_scope_after'], sh['out_of_scope_rural_weak_before'], sh['out_of_scope_rural_weak_after']]).toEqual([8, 8, 0, 0]);
    expect([sh['out_of_scope_scarce_before'], sh['out_of_scope_scarce_after']]).toEqual([o.scarceBefore, o.scarceAfter]);
    // The totals themselves are unchanged: every school counted, as schools.csv adds up.
    expect(sh['before']).toBe(out.report.plan.figures.reduce((a, f) => a + f.shortageBefore, 0));
    const read = await readPlan(dir);
    if (!read.ok) throw new Error('plan folder unread');
    const a = read.value;
    const same = diffText(diffPlans(a, a), 'A', 'B').join('\n');
    expect(same).not.toContain('out_of_scope');
    const b = { ...a, summary: { ...a.summary, shortage: { ...a.summary.shortage, out_of_scope_after: 5 } } };
    const text = diffText(diffPlans(a, b), 'A', 'B').map((l) => l.replace(/\s+/gu, ' ').trim());
    expect(text).toContain('其中不参加交流的学校缺员（后） shortage.out_of_scope_after 8 5 -3');
    expect(text.some((l) => l.includes('shortage.out_of_scope_before'))).toBe(false);
    // A plan folder written before these figures: not compared (no 8 → 0 as if the shortage had gone).
    const { out_of_scope_before: _b, out_of_scope_after: _a, out_of_scope_scarce_before: _sb, out_of_scope_scarce_after: _sa, out_of_scope_rural_weak_before: _rb, out_of_scope_rural_weak_after: _ra, ...older } = a.summary.shortage;
    const old = { ...a, summary: { ...a.summary, shortage: older } };
    expect(diffCsv(diffPlans(old, a), 'zh')).not.toContain('out_of_scope');
  });

  it('marks such a school in the top-5 table', async () => {
    const out = await planInProcess(sampleWithSeniors(), join(mkdtempSync(join(tmpdir(), 'rotate-outside-plan-')), 'plan'), { sets: [{ key: 'rules.scope', value: '小学', file: 'test' }] });
    if (out.kind !== 'written') throw new Error(out.kind);
    // With only 小学 in the scope, the 初中 schools (13 → 13 at 青山乡朱村中学) are out too, and marked.
    const zh = terminalSummary(out.report, 'plan', 'zh', { color: false });
    const top = zh.slice(zh.findIndex((l) => l.includes('缺员最多的学校')));
    expect(top).toContainEqual(expect.stringMatching(/^ {2}青山乡朱村中学 +乡村、不参加交流 +13 → 13 /u));
    expect(top).toContainEqual(expect.stringMatching(/^ {2}刘集镇九年一贯制学校 +镇区、薄弱、初中部不参加交流 /u));
  });
});
