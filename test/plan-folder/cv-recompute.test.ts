/**
 * A property of the plan's files: the CVs summary.json reports (`indicators.cv`) are the ones a
 * reader recomputes from schools.csv alone, the inspectors' way (each judged section's per-100
 * figure and students, enrolment-weighted against the county mean; small teaching points left
 * out), before and after, to 0.002. On the sample county and on a generated county given
 * 学历, 任教学段, per-section students and teaching points. The recomputation here is written
 * out on its own, not with src/indicators/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { planInProcess } from '../helpers/plan-run.js';

const ROOT = join(import.meta.dirname, '..', '..');
type Row = Record<string, string>;
const readCsv = (path: string): Row[] => parse(readFileSync(path, 'utf8').replace(/^\uFEFF/u, ''), { columns: true, skip_empty_lines: true }) as Row[];
const writeCsv = (path: string, rows: Row[]): void => {
  const header = Object.keys(rows[0] ?? {});
  writeFileSync(path, `\uFEFF${[header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((r) => r.join(',')).join('\r\n')}\r\n`);
};

interface CvEntry {
  stage: 'primary' | 'junior';
  indicator: string;
  before: number;
  after: number;
  schools: number;
}

/** The inspectors' CV over (students, counted teachers) points: sqrt(Σ (P_i/P)(X_i − X̄)²) / X̄, X̄ = 100 ΣC / ΣP. */
function inspectorsCv(points: { students: number; count: number }[]): number {
  const P = points.reduce((a, p) => a + p.students, 0);
  const C = points.reduce((a, p) => a + p.count, 0);
  if (P === 0 || C === 0) return 0;
  const mean = (100 * C) / P;
  const v = points.reduce((a, p) => a + (p.students / P) * ((100 * p.count) / p.students - mean) ** 2, 0);
  return Math.sqrt(v) / mean;
}

/** Every CV of summary.json recomputed from schools.csv (English or Chinese headers: read by position of the English names). */
function recompute(plan: string, small: ReadonlySet<string>): Map<string, { before: number; after: number; schools: number }> {
  const text = readFileSync(join(plan, 'schools.csv'), 'utf8').replace(/^\uFEFF/u, '');
  const [header = [], ...rows] = parse(text, { skip_empty_lines: true }) as string[][];
  // A Chinese header is read by its English name (the two are the file contract).
  const en = header.map((h) => ZH_TO_EN.get(h) ?? h);
  const out = new Map<string, { before: number; after: number; schools: number }>();
  for (const stage of ['primary', 'junior'] as const) {
    for (const indicator of ['degree_per_100', 'backbone_per_100', 'arts_pe_per_100']) {
      const at = (name: string): number => en.indexOf(name);
      const pts = rows.flatMap((r) => {
        const students = Number(r[at(`${stage}_students`)] || 0);
        const before = r[at(`${stage}_${indicator}_before`)] ?? '';
        if (students <= 0 || before === '' || small.has(r[at('school_id')] ?? '')) return [];
        // Counts are whole: the 4-decimal figure gives them back exactly.
        const count = (v: string): number => Math.round((Number(v) * students) / 100);
        return [{ students, b: count(before), a: count(r[at(`${stage}_${indicator}_after`)] ?? '') }];
      });
      out.set(`${stage} ${indicator}`, { before: inspectorsCv(pts.map((p) => ({ students: p.students, count: p.b }))), after: inspectorsCv(pts.map((p) => ({ students: p.students, count: p.a }))), schools: pts.length });
    }
  }
  return out;
}

const STAGE_ZH = { primary: '小学部', junior: '初中部' } as const;
const IND_ZH = { degree_per_100: '高于规定学历教师数', backbone_per_100: '县级以上骨干数', arts_pe_per_100: '体音美教师数' } as const;
const ZH_TO_EN = new Map<string, string>([
  ['学校代码', 'school_id'],
  ...(['primary', 'junior'] as const).flatMap((s) => [
    [`${STAGE_ZH[s]}学生数`, `${s}_students`] as [string, string],
    ...(Object.keys(IND_ZH) as (keyof typeof IND_ZH)[]).flatMap((i) => [
      [`${STAGE_ZH[s]}调整前每百名学生${IND_ZH[i]}`, `${s}_${i}_before`] as [string, string],
      [`${STAGE_ZH[s]}调整后每百名学生${IND_ZH[i]}`, `${s}_${i}_after`] as [string, string],
    ]),
  ]),
]);

function expectSame(plan: string, small: ReadonlySet<string>): number {
  const summary = JSON.parse(readFileSync(join(plan, 'summary.json'), 'utf8')) as { indicators: { cv: CvEntry[]; degree_given: boolean } };
  const mine = recompute(plan, small);
  let checked = 0;
  for (const e of summary.indicators.cv) {
    if (e.indicator === 'degree_per_100' && !summary.indicators.degree_given) continue;
    const m = mine.get(`${e.stage} ${e.indicator}`);
    expect(m?.schools, `${e.stage} ${e.indicator} schools`).toBe(e.schools);
    expect(Math.abs((m?.before ?? NaN) - e.before), `${e.stage} ${e.indicator} before`).toBeLessThanOrEqual(0.002);
    expect(Math.abs((m?.after ?? NaN) - e.after), `${e.stage} ${e.indicator} after`).toBeLessThanOrEqual(0.002);
    checked += 1;
  }
  return checked;
}

describe('summary.json\'s CVs equal a recomputation from schools.csv (the inspectors\' formula)', () => {
  it('on the sample county', async () => {
    const plan = join(mkdtempSync(join(tmpdir(), 'rotate-cv-sample-')), 'plan');
    const inputs = readdirSync(join(ROOT, 'data')).sort().map((f) => join(ROOT, 'data', f));
    expect((await planInProcess(inputs, plan, {}, {})).kind).toBe('written');
    expect(expectSame(plan, new Set())).toBe(4);
  });

  it('on a generated county with 学历, 任教学段, per-section students and small teaching points', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-cv-gen-'));
    const gen = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'generate', join(dir, 'county'), '--teachers', '900', '--schools', '40', '--seed', '11', '--lang', 'en'], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    const schools = readCsv(join(dir, 'county', 'schools.csv'));
    const teachers = readCsv(join(dir, 'county', 'teachers.csv'));
    const stageOf = new Map(schools.map((s) => [s['school_id'] ?? '', s['stage'] ?? '']));
    // Each 一贯制 splits its students 3:2; the three smallest primary schools become teaching points, left out under 400 students.
    const smallest = schools.filter((s) => s['stage'] === 'primary').sort((a, b) => Number(a['students']) - Number(b['students'])).slice(0, 3).map((s) => s['school_id'] ?? '');
    for (const s of schools) {
      const n = Number(s['students']);
      const split = s['stage'] === 'nine_year';
      s['primary_students'] = split ? String(Math.round((n * 3) / 5)) : '';
      s['junior_students'] = split ? String(n - Math.round((n * 3) / 5)) : '';
      s['teaching_point'] = smallest.includes(s['school_id'] ?? '') ? 'yes' : 'no';
    }
    const degrees = ['研究生', '本科', '本科', '专科', '专科', '高中'];
    teachers.forEach((t, i) => {
      t['degree'] = degrees[(i * 7) % degrees.length] ?? '';
      t['teaching_stage'] = stageOf.get(t['school_id'] ?? '') === 'nine_year' ? (i % 5 < 3 ? 'primary' : 'junior') : '';
    });
    writeCsv(join(dir, 'county', 'schools.csv'), schools);
    writeCsv(join(dir, 'county', 'teachers.csv'), teachers);
    const inputs = readdirSync(join(dir, 'county')).sort().map((f) => join(dir, 'county', f));
    const plan = join(dir, 'plan');
    const r = await planInProcess(inputs, plan, { solver: 'auto', sets: [{ key: 'indicator.teaching_point_min_students', value: '400', file: '--set' }] });
    expect(r.kind).toBe('written');
    const small = new Set(smallest.filter((id) => Number(schools.find((s) => s['school_id'] === id)?.['students']) < 400));
    expect(small.size).toBeGreaterThan(0);
    expect(expectSame(plan, small)).toBe(6);
    // Some plan moved teachers: the after figures are not the before ones everywhere.
    const summary = JSON.parse(readFileSync(join(plan, 'summary.json'), 'utf8')) as { indicators: { cv: CvEntry[] } };
    expect(summary.indicators.cv.some((e) => e.before !== e.after)).toBe(true);
  }, 180_000);
});
