/**
 * `rotate publish PLAN_DIR` of a plan that moves nobody: the index read 全县 30 所学校, 拟交流 0 人
 * and every school's page 调出人员（0 人） 无, 调入人员（0 人） 无, with no word of why. Now the index,
 * each school's first page and each sheet of moves.xlsx carry one line from summary.json's counts:
 * nobody eligible (with the county's figures by status), or the eligible counted and none moved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writtenText } from '../../src/cli/publish-command.js';
import { noMovesNote } from '../../src/domain/no-moves-note.js';
import { planInProcess, YEAR } from '../helpers/plan-run.js';
import { inputsOf, publish, readBook, sampleCounty } from './helpers.js';

/** The sample planned with these settings (plan year 2026), then published; the publication folder. */
async function planAndPublish(dir: string, name: string, sets: Record<string, string>, terminal?: (lines: string[]) => void): Promise<string> {
  const settings = [{ key: 'plan.year', value: String(YEAR) }, ...Object.entries(sets).map(([key, value]) => ({ key, value }))].map((s) => ({ ...s, file: '--set' }));
  const plan = join(dir, name);
  const r = await planInProcess(inputsOf(dir), plan, { sets: settings });
  if (r.kind !== 'written') throw new Error(`plan: ${r.kind}`);
  const out = join(dir, `${name}-pub`);
  const p = await publish([plan], out);
  expect(p.kind).toBe('written');
  if (p.kind === 'written' && terminal) terminal(writtenText(p.published));
  return out;
}

/** The line on the index, on every school's first page (once per school in print-all.html), and on every sheet of the workbook. */
function expectEverywhere(out: string, line: string): void {
  for (const f of ['index.html', 'school-341122001.html', 'school-341122030.html']) expect(readFileSync(join(out, f), 'utf8'), f).toContain(`<div class="info">${line}</div>`);
  expect(readFileSync(join(out, 'print-all.html'), 'utf8').split(line).length - 1).toBe(31);
  const book = readBook(join(out, 'moves.xlsx'));
  expect(book.names.length).toBe(31);
  for (const name of book.names) expect((book.sheets.get(name) ?? []).flat(), name).toContain(line);
}

describe('publish after planning a plan that moves nobody', () => {
  it('says nobody is eligible, with the county by status, when nobody is (eligibility.min_years=40)', async () => {
    const dir = sampleCounty();
    let terminal: string[] = [];
    const out = await planAndPublish(dir, 'p40', { 'eligibility.min_years': '40' }, (lines) => (terminal = lines));
    expectEverywhere(out, '全县没有符合交流条件的教师（校长、副校长除外）, 本方案无人交流: 免交流 110 人、截止日前退休 16 人、不符合条件 638 人');
    // The terminal says it too, under the count of moves.
    expect(terminal[1]).toBe('  全县没有符合交流条件的教师（校长、副校长除外）, 本方案无人交流: 免交流 110 人、截止日前退休 16 人、不符合条件 638 人 / No teacher of the county is eligible to rotate (principals and vice principals aside), so this plan moves nobody: 110 exempt, 16 retiring by the cut-off date, 638 not eligible');
  }, 120_000);

  it('says how many were eligible when the plan moved none of them (no quota, moves costly)', async () => {
    const dir = sampleCounty();
    const out = await planAndPublish(dir, 'p0', { 'rules.quota_share': '0', 'weights.moves': '1000' });
    expectEverywhere(out, '全县符合交流条件的教师 238 人（校长、副校长除外）, 本方案无人交流');
  }, 120_000);

  it('says it in English, leaves out empty figures, and nothing when the plan moves someone', () => {
    const counts = { eligible: 0, exempt: 3, not_eligible: 12, retiring: 0, principals_due: 0 };
    expect(noMovesNote(counts, 0)?.en).toBe('No teacher of the county is eligible to rotate, so this plan moves nobody: 3 exempt, 12 not eligible');
    expect(noMovesNote({ ...counts, eligible: 1 }, 0)?.en).toBe('1 teacher of the county is eligible to rotate, but this plan moves nobody');
    expect(noMovesNote({ ...counts, eligible: 5, principals_due: 2 }, 0)?.zh).toBe('全县符合交流条件的教师 5 人（校长、副校长除外）, 本方案无人交流');
    expect(noMovesNote({ ...counts, eligible: 5 }, 1)).toBeNull();
  });
});
