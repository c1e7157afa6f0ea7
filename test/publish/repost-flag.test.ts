/**
 * A re-posting from decisions taken as locks (`publish --repost`). The objections after the first
 * posting may be decided by phone and typed as a locks file (留任, 禁止) rather than an objections
 * file; the plan made against the one posted (--baseline) was then published as a first posting,
 * with no sign of what changed, and nothing said so. Now publish says, without --repost, that the
 * plan has a baseline and --repost posts it as a re-posting; with --repost the lists are one
 * (title, marks, those no longer listed), as after an objections file. --repost on a plan without
 * a baseline, or before planning, is refused (exit 2 at the command line), nothing written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPublish, type PublishOutcome } from '../../src/pipeline/run-publish.js';
import { planInProcess, readPlanCsv, YEAR } from '../helpers/plan-run.js';
import { writeCsvTable } from '../helpers/workbooks.js';
import { inputsOf, planCounty, ROOT, sampleCounty, tempDir } from './helpers.js';

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

  it('without --repost and -o, not over the lists in the default folder (perhaps the posting before): exit 2, nothing written, saying what to do', () => {
    const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'publish', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    // Nothing posted yet in the default folder (a draft planned against a draft): written, with the note.
    const fresh = tempDir('rotate-repost-default-');
    const draft = run(fresh, second);
    expect(draft.status, draft.stderr).toBe(0);
    expect(draft.stderr).toContain('--repost');
    // The first posting, then the plan re-made with locks against it, without --repost.
    const a = run(county, first);
    expect(a.status, a.stderr).toBe(0);
    const posted = readFileSync(join(county, 'publish', 'moves', 'moves.xlsx'));
    const b = run(county, second);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('publish/moves/ 中已有此前写出的名单（可能是已公示的前次名单）, 未覆盖: 此方案以前一方案为基准（--baseline）做出; 若前一方案已经公示过, 请加 --repost 重新公示（默认写入 publish/moves-round2/）; 若确要按首次公示替换, 用 -o publish/moves 指明');
    expect(readFileSync(join(county, 'publish', 'moves', 'moves.xlsx')).equals(posted)).toBe(true);
    expect(readdirSync(join(county, 'publish'))).toEqual(['moves']);
    // --repost: beside it, as the second posting.
    const c = run(county, second, '--repost');
    expect(c.status, c.stderr).toBe(0);
    expect(readFileSync(join(county, 'publish', 'moves-round2', 'index.html'), 'utf8')).toContain('重新公示');
    // -o naming the folder: replaced, as asked.
    const d = run(county, second, '-o', 'publish/moves');
    expect(d.status, d.stderr).toBe(0);
    expect(readFileSync(join(county, 'publish', 'moves', 'moves.xlsx')).equals(posted)).toBe(false);
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
