/**
 * A re-posting from decisions taken as locks (`publish --repost`). The objections after the first
 * posting may be decided by phone and typed as a locks file (留任, 禁止) rather than an objections
 * file; the plan made against the one posted (--baseline) was then published as a first posting,
 * with no sign of what changed, and nothing said so. Now publish says, without --repost, that the
 * plan has a baseline and --repost posts it as a re-posting; with --repost the lists are one
 * (title, marks, those no longer listed), as after an objections file. --repost on a plan without
 * a baseline, or before planning, is refused (exit 2 at the command line), nothing written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPublish, type PublishOutcome } from '../../src/pipeline/run-publish.js';
import { planInProcess, readPlanCsv, YEAR } from '../helpers/plan-run.js';
import { writeCsvTable } from '../helpers/workbooks.js';
import { inputsOf, planCounty, sampleCounty, tempDir } from './helpers.js';

const SETS = [{ key: 'plan.year', value: String(YEAR), file: '--set' }];
let county = '';
let first = '';
let second = '';
let stay = '';

function publish(args: string[], outDir: string, repost: boolean): Promise<PublishOutcome> {
  return runPublish({ args, outDir, sets: SETS, repost }, { currentYear: YEAR, tag: `repost-flag-${process.pid}-${outDir.length}` });
}

beforeAll(async () => {
  county = sampleCounty();
  first = await planCounty(county);
  stay = readPlanCsv(join(first, 'assignments.csv')).rows[0]?.['工号'] ?? '';
  const locks = join(tempDir('rotate-repost-locks-'), '锁定.csv');
  writeCsvTable(locks, ['工号', '操作', '学校代码'], [[stay, '留任', '']]);
  second = join(county, 'plan2');
  const r = await planInProcess([...inputsOf(county), locks], second, { sets: SETS, baseline: first });
  if (r.kind !== 'written') throw new Error(r.kind);
}, 240_000);

describe('publish --repost: a plan re-made with locks against the plan posted', () => {
  it('without --repost: a first posting, with a note naming --repost', async () => {
    const out = join(county, 'pub-plain');
    const p = await publish([second], out, false);
    if (p.kind !== 'written') throw new Error(p.kind);
    expect(p.published.repost).toBeUndefined();
    expect(p.published.warnings.map((w) => `${w.zh} ${w.en}`).join('\n')).toContain('--repost');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('重新公示');
  });

  it('with --repost: a re-posting, the teacher kept at school listed as no longer leaving', async () => {
    const out = join(county, 'pub-repost');
    const p = await publish([second], out, true);
    if (p.kind !== 'written') throw new Error(p.kind);
    expect(p.published.repost?.cancelled).toBeGreaterThanOrEqual(1);
    expect(p.published.warnings.map((w) => w.zh).join('\n')).not.toContain('--repost');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('重新公示');
    const from = readPlanCsv(join(first, 'assignments.csv')).rows[0]?.['原学校代码'] ?? '';
    const page = readFileSync(join(out, `school-${from}.html`), 'utf8');
    expect(page).toContain('不再列入本校名单的人员');
    expect(page).toContain(stay);
    expect(page).toContain('取消交流');
  });

  it('refuses --repost on a plan made without a baseline, writing nothing', async () => {
    const out = join(county, 'pub-first-repost');
    const p = await publish([first], out, true);
    expect(p.kind).toBe('bad-input');
    if (p.kind === 'bad-input') expect(p.issues.map((i) => i.zh).join('\n')).toContain('--baseline');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses --repost before planning, writing nothing', async () => {
    const out = join(county, 'pub-eligible-repost');
    const p = await publish(inputsOf(county), out, true);
    expect(p.kind).toBe('bad-input');
    if (p.kind === 'bad-input') expect(p.issues.map((i) => `${i.zh} ${i.en}`).join('\n')).toContain('PLAN_FOLDER --repost');
    expect(existsSync(out)).toBe(false);
  });
});
