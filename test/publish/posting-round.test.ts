/**
 * The round of a re-posting (第二次公示, 第三次公示). The bureau posts the plan, decides the
 * objections (异议.csv), plans again against the plan posted and posts again, then decides the
 * second round's (异议2.csv, given beside 异议.csv) and posts a third time. Every re-posting read
 * 拟交流人员名单公示（重新公示）, the third as the second, and its pages' file titles (a page saved
 * as PDF is named after them) had no round at all, so the rounds' files replaced each other. Now
 * the round is one more than the objections files among the plan's inputs, said in the titles,
 * the running heads, the line that the list replaces the previous one, the pages' file titles, the
 * workbook's headings and on the terminal with where it came from; `--round N` sets it (and
 * implies --repost); before planning, or on a plan without a baseline, it is refused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPublish, type PublishOutcome } from '../../src/pipeline/run-publish.js';
import { chineseCount, postingRound } from '../../src/publish/posting-round.js';
import { parseRound, writtenText } from '../../src/cli/publish-command.js';
import { planInProcess, readPlanCsv, YEAR } from '../helpers/plan-run.js';
import { writeCsvTable } from '../helpers/workbooks.js';
import { inputsOf, planCounty, readBook, ROOT, sampleCounty, tempDir } from './helpers.js';

const SETS = [{ key: 'plan.year', value: String(YEAR), file: '--set' }];
let county = '';
let first = '';
let second = '';
let third = '';

function publish(args: string[], outDir: string, round?: number): Promise<PublishOutcome> {
  return runPublish({ args, outDir, sets: SETS, ...(round !== undefined && { round }) }, { currentYear: YEAR, tag: `round-${process.pid}-${outDir.length}` });
}

async function written(args: string[], outDir: string, round?: number): Promise<Extract<PublishOutcome, { kind: 'written' }>['published']> {
  const p = await publish(args, outDir, round);
  if (p.kind !== 'written') throw new Error(JSON.stringify(p.issues));
  return p.published;
}

beforeAll(async () => {
  county = sampleCounty();
  first = await planCounty(county);
  const [a = '', b = ''] = readPlanCsv(join(first, 'assignments.csv')).rows.map((r) => r['工号'] ?? '');
  const dir = tempDir('rotate-round-objections-');
  const [o1, o2] = [join(dir, '异议.csv'), join(dir, '异议2.csv')];
  writeCsvTable(o1, ['工号', '处理结果', '操作', '学校代码'], [[a, '同意', '留任', '']]);
  writeCsvTable(o2, ['工号', '处理结果', '操作', '学校代码'], [[b, '同意', '留任', '']]);
  second = join(county, 'plan2');
  third = join(county, 'plan3');
  const r2 = await planInProcess([...inputsOf(county), o1], second, { sets: SETS, baseline: first });
  if (r2.kind !== 'written') throw new Error(r2.kind);
  const r3 = await planInProcess([...inputsOf(county), o1, o2], third, { sets: SETS, baseline: second });
  if (r3.kind !== 'written') throw new Error(r3.kind);
}, 300_000);

/** A school page of a publication folder, the index's first listed school's. */
function schoolPage(out: string): string {
  const [id = ''] = readPlanCsv(join(first, 'schools.csv')).rows.map((r) => r['学校代码'] ?? '');
  return readFileSync(join(out, `school-${id}.html`), 'utf8');
}

describe('the round of a re-posting', () => {
  it('the second posting says 第二次公示 in its title, running head, file titles and workbook; the terminal says where the round came from', async () => {
    const out = join(county, 'pub-round2');
    const p = await written([second], out);
    expect(p.round).toEqual({ round: 2, from: 'objections', files: 1 });
    const page = schoolPage(out);
    expect(page).toContain('拟交流人员名单第二次公示（重新公示）');
    expect(page).toMatch(/<title>拟交流人员名单（第二次公示） · /u);
    expect(page).toContain('重新公示（第二次公示）: 本名单根据异议处理结果调整, 替代前次公示的拟交流人员名单（第一次公示）');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/<title>拟交流人员名单（第二次公示）<\/title>/u);
    const [, school] = readBook(join(out, 'moves.xlsx')).names;
    expect(readBook(join(out, 'moves.xlsx')).sheets.get(school ?? '')?.[0]?.[0]).toContain('第二次公示');
    expect(XLSX.read(readFileSync(join(out, 'moves.xlsx')), { type: 'buffer' }).Props?.Title).toBe('拟交流人员名单（第二次公示）');
    expect(writtenText(p).join('\n')).toContain('第二次公示: 方案输入中有异议文件 1 个');
  });

  it('the third posting (the plan re-made with both rounds\' objections files against the second) says 第三次公示, replacing the 第二次公示', async () => {
    const out = join(county, 'pub-round3');
    const p = await written([third], out);
    expect(p.round).toEqual({ round: 3, from: 'objections', files: 2 });
    const page = schoolPage(out);
    expect(page).toContain('拟交流人员名单第三次公示（重新公示）');
    expect(page).toContain('替代前次公示的拟交流人员名单（第二次公示）');
    expect(page).not.toContain('第二次公示）<');
    expect(readFileSync(join(out, 'print-all.html'), 'utf8')).toMatch(/<title>拟交流人员名单（第三次公示）<\/title>/u);
  });

  it('--round sets it, where the bureau counts otherwise, and the terminal says so', async () => {
    const p = await written([third], join(county, 'pub-round5'), 5);
    expect(p.round).toEqual({ round: 5, from: 'set', files: 2 });
    expect(schoolPage(join(county, 'pub-round5'))).toContain('拟交流人员名单第五次公示（重新公示）');
    expect(writtenText(p).join('\n')).toContain('第五次公示（--round 5）');
  });

  it('--round is refused before planning and on a plan without a baseline, nothing written', async () => {
    for (const [args, out] of [[inputsOf(county), join(county, 'pub-round-eligible')], [[first], join(county, 'pub-round-first')]] as const) {
      const p = await publish([...args], out, 2);
      expect(p.kind).toBe('bad-input');
      if (p.kind === 'bad-input') expect(p.issues.map((i) => i.file).join(' ') + p.issues.map((i) => i.zh).join(' ')).toContain('--round');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('at the command line: --round 3 posts the third round, --round 1 is refused with exit 2', () => {
    const run = (round: string, out: string) => spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'publish', second, '-o', out, '--round', round], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const ok = run('3', join(county, 'pub-cli-round3'));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('第三次公示（--round 3）');
    expect(schoolPage(join(county, 'pub-cli-round3'))).toContain('拟交流人员名单第三次公示（重新公示）');
    const bad = run('1', join(county, 'pub-cli-round1'));
    expect([bad.status, bad.stderr.includes('--round')]).toEqual([2, true]);
    expect(existsSync(join(county, 'pub-cli-round1'))).toBe(false);
  });

  it('by default each round goes to a folder of its own, keeping the postings before as posted; -o still writes where it says', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'publish', ...args], { cwd: county, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const a = run(first);
    expect(a.status, a.stderr).toBe(0);
    const posted = readFileSync(join(county, 'publish', 'moves', 'moves.xlsx'));
    const b = run(second);
    expect(b.status, b.stderr).toBe(0);
    expect(b.stdout).toContain('公示名册已写入 publish/moves-round2/');
    expect(b.stdout).not.toContain('替换了');
    // The first posting is still there, byte for byte, beside the second.
    expect(readFileSync(join(county, 'publish', 'moves', 'moves.xlsx')).equals(posted)).toBe(true);
    expect(schoolPage(join(county, 'publish', 'moves'))).not.toContain('次公示');
    expect(schoolPage(join(county, 'publish', 'moves-round2'))).toContain('拟交流人员名单第二次公示（重新公示）');
    const c = run(third);
    expect(c.status, c.stderr).toBe(0);
    expect(schoolPage(join(county, 'publish', 'moves-round3'))).toContain('拟交流人员名单第三次公示（重新公示）');
    expect(schoolPage(join(county, 'publish', 'moves-round2'))).toContain('拟交流人员名单第二次公示（重新公示）');
    // Asked for by name, the first posting's folder is replaced, and that is said.
    const d = run(second, '-o', 'publish/moves');
    expect(d.status, d.stderr).toBe(0);
    expect(d.stdout).toContain('替换了此前写出的名单');
    expect(schoolPage(join(county, 'publish', 'moves'))).toContain('第二次公示');
  });

  it('a first posting names no round', async () => {
    const out = join(county, 'pub-round1');
    const p = await written([first], out);
    expect(p.round).toBeUndefined();
    expect(schoolPage(out)).not.toContain('次公示');
  });
});

describe('counting the rounds', () => {
  it('counts objections files by content (one given twice under two names is one round), else by name', () => {
    const f = (file: string, sha256: string, kind = 'objections'): { kind: string; file: string; sha256: string } => ({ kind, file, sha256 });
    expect(postingRound([f('a.csv', 'x'), f('b.csv', 'x'), f('c.csv', 'y'), f('t.csv', 'z', 'teachers')]).round).toBe(3);
    expect(postingRound([f('a.csv', ''), f('b.csv', '')]).round).toBe(3);
    expect(postingRound([]).round).toBe(2);
    expect(postingRound([f('a.csv', 'x')], 4)).toEqual({ round: 4, from: 'set', files: 1 });
  });

  it('writes the round as a notice does', () => {
    expect([2, 3, 10, 12, 20, 21].map(chineseCount)).toEqual(['二', '三', '十', '十二', '二十', '二十一']);
  });

  it('--round takes a whole number from 2 (full-width digits too)', () => {
    expect(parseRound('３')).toBe(3);
    for (const bad of ['1', '0', '二', '2.5', '']) expect(() => parseRound(bad), bad).toThrow(/--round/u);
  });
});

describe('a re-posting of the list posted before, unchanged', () => {
  it('says on the terminal that no re-posting is usually needed (it said only 新增 0 人, 改派 0 人, 取消交流 0 人); a changed one does not', () => {
    const base = { moment: 'moves' as const, dir: 'pub', files: ['index.html', 'moves.xlsx'], notice: { lang: 'zh' as const, county: '定远县', countyUnset: false, year: 2026, days: 5, objectionsTo: 'x', round: 2 }, counts: { moves: 3 }, schools: 2, warnings: [], replaced: false, round: { round: 2, from: 'objections' as const, files: 1 } };
    expect(writtenText({ ...base, repost: { added: 0, changed: 0, cancelled: 0 } }).join('\n')).toContain('一般无须重新公示');
    expect(writtenText({ ...base, repost: { added: 0, changed: 1, cancelled: 0 } }).join('\n')).not.toContain('无须重新公示');
  });
});
