/**
 * The published lists' workbook in a real spreadsheet program: LibreOffice opens moves.xlsx and
 * saves every sheet as CSV, as a clerk forwarding a school's list would. Each school's sheet
 * reads as its printed page does: the title, the school, the period and where objections go,
 * then the header and the rows, ids with their zeros.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCounty, publish, sampleCounty, tempDir } from '../publish/helpers.js';
import { readPlanCsv } from '../helpers/plan-run.js';
import { CSV_ALL_SHEETS, libreOffice } from '../helpers/soffice.js';

describe('moves.xlsx opened in LibreOffice', () => {
  it('each school\'s sheet has its heading above the table, and the table under it whole', async () => {
    const plan = await planCounty(sampleCounty());
    const out = join(tempDir('rotate-lo-publish-'), 'moves');
    const r = await publish([plan], out, { 'publish.start': '2026-06-05', 'publish.objections_to': '县教育局人事股 0550-1234567' });
    expect(r.kind).toBe('written');
    const csv = join(tempDir('rotate-lo-publish-csv-'), 'csv');
    libreOffice()([join(out, 'moves.xlsx')], CSV_ALL_SHEETS, csv);
    const moves = readPlanCsv(join(plan, 'assignments.csv')).rows;
    const from = moves[0]?.['原学校代码'] ?? '';
    const school = readPlanCsv(join(plan, 'schools.csv')).rows.find((s) => s['学校代码'] === from)?.['学校名称'] ?? '';
    const file = readdirSync(csv).find((f) => f === `moves-${school}.csv`);
    expect(file, readdirSync(csv).join(' ')).toBeDefined();
    const lines = readFileSync(join(csv, file ?? ''), 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u);
    expect(lines[0]).toMatch(/^"?行政区划代码 341122 2026年度教师交流轮岗拟交流人员名单公示"?,*$/u);
    expect(lines[1]).toMatch(new RegExp(`^"?${school}（学校代码 ${from}）"?,*$`, 'u'));
    expect(lines[2]).toMatch(/^"?公示期: 2026年6月5日至2026年6月11日（5个工作日）"?,*$/u);
    expect(lines[3]).toContain('县教育局人事股 0550-1234567');
    expect(lines[4]).toMatch(/^"?交流期限: 2026年9月至2029年8月（3年）"?,*$/u);
    expect(lines[5]?.split(',').slice(0, 3)).toEqual(['类别', '序号', '工号']);
    const leaving = moves.filter((m) => m['原学校代码'] === from);
    const rows = lines.slice(6).filter((l) => l.startsWith('调出,'));
    expect(rows.map((l) => l.split(',')[2])).toEqual(leaving.map((m) => m['工号']));
    expect(rows[0]?.split(',')[2]).toMatch(/^0\d+$/u);
  }, 180_000);
});
