/**
 * A county where no teacher may rotate (all too short at their school, exempt, …) is planned,
 * moving nobody, every rule ticked: the summary and the report say why nobody is eligible, by
 * cause with the column or parameter to look at, and give no backbone share of no moves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noneEligible } from '../../src/domain/none-eligible.js';
import { terminalSummary } from '../../src/text/terminal-summary.js';
import { noneEligibleLines } from '../../src/text/none-eligible-lines.js';
import { runValidate } from '../../src/pipeline/run-validate.js';
import { planInProcess } from '../helpers/plan-run.js';
import { policy, teacher } from '../helpers/make-county.js';

/** Two schools, an urban one and a rural one, whose teachers have `years` at the school; one exempt by reason. */
function countyFiles(years: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-none-eligible-'));
  const files: [string, string][] = [
    ['schools.csv', 'school_id,name,stage,area,students\nS1,Town Primary,primary,urban,400\nS2,Village Primary,primary,rural,200\n'],
    ['teachers.csv', `teacher_id,name,school_id,subject,years_at_school,exempt,backbone\n${[1, 2, 3, 4, 5].map((i) => `T${i},Teacher ${i},S1,语文,${years},,county`).join('\n')}\nT6,Teacher 6,S1,语文,${years},nursing,none\nT7,Teacher 7,S2,语文,${years},,none\n`],
    ['posts.csv', 'school_id,subject,posts\nS1,语文,5\nS2,语文,3\n'],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}

describe('a county where nobody is eligible', () => {
  it('is told by cause, most teachers first, with the parameter to change; nothing when someone is eligible', () => {
    const p = policy();
    const short = [...['A', 'B', 'C'].map((id) => teacher(id, 'S1', '语文', { yearsAtSchool: 2 })), teacher('D', 'S1', '语文', { exempt: '哺乳期' })];
    const lines = noneEligible(short, p);
    expect(lines?.map((l) => l.zh)).toEqual([
      expect.stringContaining('没有符合交流条件的教师'),
      expect.stringMatching(/^本校任教未满6年 3 人: .*eligibility\.min_years（现为 6）/u),
      expect.stringMatching(/^填写了免交流原因 1 人: .*eligibility\.exempt_with_reason=no/u),
    ]);
    expect(lines?.[1]?.en).toContain('lower eligibility.min_years (now 6)');
    // One eligible teacher, or a principal only (the county posts principals): no such lines.
    expect(noneEligible([...short, teacher('E', 'S1', '语文', { yearsAtSchool: 9 })], p)).toBeNull();
    expect(noneEligible([teacher('P', 'S1', '语文', { role: 'principal', yearsAtSchool: 1 })], p)?.length).toBeUndefined();
  });

  it('plans nobody, and the summary and report.html say why, with no "0.0%" share of no moves', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rotate-none-plan-')), 'plan');
    const out = await planInProcess(countyFiles(2), dir);
    if (out.kind !== 'written') throw new Error(out.kind);
    const r = out.report;
    expect(r.summary.counts.eligible).toBe(0);
    const zh = terminalSummary(r, 'plan', 'zh', { color: false }).join('\n');
    expect(zh).toContain('  交流教师 0 人（符合条件 0 人）\n');
    expect(zh).not.toContain('0.0%');
    expect(zh).toContain('没有符合交流条件的教师, 本方案无人交流');
    expect(zh).toMatch(/本校任教未满6年 6 人: .*eligibility\.min_years/u);
    expect(zh).toMatch(/填写了免交流原因 1 人/u);
    const en = terminalSummary(r, 'plan', 'en', { color: false }).join('\n');
    expect(en).toContain('  teachers rotated: 0 of 0 eligible\n');
    expect(en).toContain('no teacher is eligible to rotate');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('data-none-eligible');
    expect(html).toMatch(/本校任教未满6年 6 人: [^<]*eligibility\.min_years/u);
    expect(html).not.toContain('0.0%');
  });

  it('says nothing of it where teachers are eligible', async () => {
    const out = await planInProcess(countyFiles(9), join(mkdtempSync(join(tmpdir(), 'rotate-none-plan-')), 'plan'));
    if (out.kind !== 'written') throw new Error(out.kind);
    expect(out.report.summary.counts.eligible).toBeGreaterThan(0);
    expect(terminalSummary(out.report, 'plan', 'zh', { color: false }).join('\n')).not.toContain('没有符合交流条件的教师');
  });

  it('is said by validate too, before any plan, as plan says it; nothing when someone is eligible', async () => {
    const files = countyFiles(2);
    const r = await runValidate(files, [], 2026);
    if (r.kind !== 'valid') throw new Error(r.kind);
    const out = await planInProcess(files, join(mkdtempSync(join(tmpdir(), 'rotate-none-plan-')), 'plan'));
    if (out.kind !== 'written') throw new Error(out.kind);
    // The files' headers are English: validate speaks the county's language, as plan's summary does.
    expect(r.county.lang).toBe('en');
    const planned = terminalSummary(out.report, 'plan', 'en', { color: false }).filter((l) => /no teacher is eligible|^ {4}\S.*: \d+; /u.test(l));
    expect(planned.length).toBe(3);
    expect(noneEligibleLines(r.planned.teachers, r.policy, 'en')).toEqual(planned);
    // Before any plan the headline speaks of planning, not of "this plan"; the causes are plan's own lines.
    const before = noneEligibleLines(r.planned.teachers, r.policy, 'en', 'before');
    expect(before[0]).toBe('  no teacher is eligible to rotate: with these files and parameters, planning would rotate nobody. By cause, with what to check or change:');
    expect(before.slice(1)).toEqual(planned.slice(1));
    expect(noneEligibleLines(r.planned.teachers, r.policy, 'zh', 'before')[0]).toBe('  没有符合交流条件的教师, 按现有数据和参数, 规划将无人交流。各原因人数, 及可核对或调整之处:');
    // The CLI, spawned as a user runs it: the same lines after 输入无误, exit 0 (the files are good).
    const bin = join(import.meta.dirname, '../../bin/rotate.js');
    const v = spawnSync(process.execPath, [bin, 'validate', ...files, '--set', 'plan.year=2026'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(v.status, v.stderr).toBe(0);
    const lines = v.stdout.split('\n');
    expect(lines[0]).toContain('输入无误');
    for (const l of before) expect(lines).toContain(l);
    expect(v.stdout).not.toContain('this plan');
    const fine = spawnSync(process.execPath, [bin, 'validate', ...countyFiles(9), '--set', 'plan.year=2026'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(fine.status, fine.stderr).toBe(0);
    expect(fine.stdout).not.toContain('no teacher is eligible');
  });
});
