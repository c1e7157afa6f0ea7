/**
 * `rotate publish` before planning, on files where no teacher is eligible (here the sample with
 * eligibility.min_years=40): the terminal said only 符合交流条件 0 人（or only the principals）,
 * 暂缓/免交流 126 人, the 590 teachers too few years at their school in neither figure, and every
 * page read as a posting of nobody without a word. Now the terminal says why as validate says it,
 * and the index and each school's page carry one line of county figures by cause, no name.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { noneEligibleNote } from '../../src/publish/none-eligible-note.js';
import { policy, teacher } from '../helpers/make-county.js';
import { inputsOf, ROOT, sampleCounty } from './helpers.js';

const rotate = (args: string[], cwd: string) => spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const NOBODY = ['--set', 'plan.year=2026', '--set', 'eligibility.min_years=40'];

describe('publish before planning where nobody is eligible', () => {
  it('says why on the terminal, as validate does, in words true before any plan', () => {
    const dir = sampleCounty();
    const inputs = inputsOf(dir);
    const p = rotate(['publish', ...inputs, ...NOBODY, '-o', join(dir, 'pub')], dir);
    expect(p.status, p.stderr).toBe(0);
    const v = rotate(['validate', ...inputs, ...NOBODY], dir);
    expect(v.status, v.stderr).toBe(0);
    const why = v.stdout.split('\n').filter((l) => /没有符合交流条件的教师|^ {4}\S.* \d+ 人: /u.test(l));
    expect(why[0]).toBe('  没有符合交流条件的教师（校长、副校长除外）, 按现有数据和参数, 规划将无人交流。各原因人数, 及可核对或调整之处:');
    expect(why[1]).toMatch(/^ {4}本校任教未满40年 590 人: .*eligibility\.min_years（现为 40）/u);
    // validate and publish say the same lines; neither speaks of a plan that does not exist yet.
    const lines = p.stdout.split('\n');
    for (const l of why) expect(lines).toContain(l);
    expect(lines.indexOf(why[0] ?? '')).toBe(1);
    expect(p.stdout + v.stdout).not.toContain('本方案');
  });

  it('puts one line of county figures by cause on the index, every school page and the workbook; none where someone is eligible', () => {
    const dir = sampleCounty();
    const p = rotate(['publish', ...inputsOf(dir), ...NOBODY, '-o', join(dir, 'pub')], dir);
    expect(p.status, p.stderr).toBe(0);
    const line = '全县没有符合交流条件的教师（校长、副校长除外）: 在现学校任教未满40年 590 人、距法定退休不足5年 87 人、有免交流原因 14 人、非在编或不在岗 13 人、正在交流中 10 人';
    for (const f of ['index.html', 'school-341122001.html', 'school-341122030.html']) expect(readFileSync(join(dir, 'pub', f), 'utf8'), f).toContain(`<div class="info">${line}</div>`);
    // Once per school in the file that prints them all, and the index: first pages only.
    expect(readFileSync(join(dir, 'pub', 'print-all.html'), 'utf8').split(line).length - 1).toBe(31);
    const book = XLSX.read(readFileSync(join(dir, 'pub', 'eligible.xlsx')));
    const cells = book.SheetNames.map((n) => XLSX.utils.sheet_to_json<string[]>(book.Sheets[n] ?? {}, { header: 1 }).flat().join('\n'));
    expect(cells.every((c) => c.includes(line))).toBe(true);
    const fine = rotate(['publish', ...inputsOf(dir), '--set', 'plan.year=2026', '-o', join(dir, 'fine')], dir);
    expect(fine.status, fine.stderr).toBe(0);
    expect(fine.stdout).not.toContain('没有符合交流条件的教师');
    expect(readFileSync(join(dir, 'fine', 'index.html'), 'utf8')).not.toContain('全县没有符合交流条件的教师');
  });

  it('says it in English for an English county, and nothing when a teacher (not a principal) is eligible', () => {
    const p = policy();
    const short = [teacher('A', 'S1', '语文', { yearsAtSchool: 2 }), teacher('B', 'S1', '语文', { yearsAtSchool: 3 }), teacher('C', 'S1', '语文', { exempt: '哺乳期' })];
    expect(noneEligibleNote(short, p, false)?.en).toBe('No teacher of the county is eligible to rotate: 2 with fewer than 6 years at their school, 1 exempt');
    expect(noneEligibleNote(short, p, true)?.zh).toBe('全县没有符合交流条件的教师（校长、副校长除外）: 在现学校任教未满6年 2 人、有免交流原因 1 人');
    expect(noneEligibleNote([...short, teacher('D', 'S1', '语文', { yearsAtSchool: 9 })], p, false)).toBeNull();
  });
});
