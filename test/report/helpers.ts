/**
 * Helpers of the report's browser tests: plan a county into a temporary folder with the real
 * pipeline, read the plan's CSVs back, and open pages in Debian's headless Chromium (installed by
 * scripts/ensure-browser.sh) through playwright-core with a fresh profile.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { runPlan } from '../../src/pipeline/run-plan.js';
import { generateCounty } from '../../src/generate/generate-county.js';
import { writeCounty } from '../../src/generate/write-county.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SMALL = join(import.meta.dirname, '..', 'fixtures', 'golden', 'small');
/** Screenshots and PDFs the tests leave behind (git-ignored). */
export const ARTEFACTS = join(import.meta.dirname, '..', '..', 'test-output');

export type Row = Record<string, string>;

/** Temporary folders (counties, plans, browser profiles), removed when the test file is done. */
const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface PlannedCounty {
  dir: string;
  /** The plan folder. */
  out: string;
  report: string;
  url: string;
  inputs: Record<'schools' | 'teachers' | 'posts', Row[]>;
  assignments: Row[];
  schools: Row[];
  summary: Summary;
}

export interface Summary {
  counts: Record<string, number>;
  rules: { rule: string; threshold: string; value: string; held: boolean }[];
  shortage: Record<string, number>;
  indicators: {
    backbone_per_100: { threshold: number; schools_meeting_before: number; schools_meeting_after: number };
    cv_primary: Record<string, number>;
    cv_junior: Record<string, number>;
    cv: { stage: string; indicator: string; threshold: number; before: number; after: number; schools: number }[];
    degree_given: boolean;
  };
  objective: { terms: Record<string, number> };
  policy: Record<string, string>;
}

/** Rows of a CSV file (UTF-8, BOM dropped), keyed by header. */
export function readCsv(path: string): Row[] {
  return parse(readFileSync(path, 'utf8').replace(/^\uFEFF/u, ''), { columns: true, skip_empty_lines: true }) as Row[];
}

const ENV = { now: () => 0, currentYear: 2026, version: 'test', tag: 'report-test', progress: () => undefined };

/** Plans the county whose CSV files are in `dir` (schools.csv, teachers.csv, posts.csv) into `dir/plan`. */
export async function planFolder(dir: string): Promise<PlannedCounty> {
  const out = join(dir, 'plan');
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => join(dir, f));
  const outcome = await runPlan({ inputs: files, outDir: out, sets: [], relax: false, recordTime: false, solver: 'auto' }, ENV);
  if (outcome.kind !== 'written') throw new Error(`planning ${dir} gave ${outcome.kind}`);
  const report = join(out, 'report.html');
  return {
    dir,
    out,
    report,
    url: pathToFileURL(report).href,
    inputs: { schools: readCsv(join(dir, 'schools.csv')), teachers: readCsv(join(dir, 'teachers.csv')), posts: readCsv(join(dir, 'posts.csv')) },
    assignments: readCsv(join(out, 'assignments.csv')),
    schools: readCsv(join(out, 'schools.csv')),
    summary: JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary,
  };
}

/** A copy of test/fixtures/golden/small in a temporary folder, with `edit` applied to each file's text. */
export function copySmall(edit: (name: string, text: string) => string = (_n, t) => t): string {
  const dir = tempDir('rotate-report-');
  for (const f of readdirSync(SMALL).filter((n) => n.endsWith('.csv'))) writeFileSync(join(dir, f), edit(f, readFileSync(join(SMALL, f), 'utf8')));
  return dir;
}

/** The sample-sized golden county (4 schools, English headers, no coordinates), planned. */
export async function planSmall(): Promise<PlannedCounty> {
  return planFolder(copySmall());
}

/**
 * A generated county with Chinese names, coordinates and townships (30 schools, 800 teachers),
 * planned. Headers are written in English (values stay Chinese) so that the tests read every
 * county's CSVs by the same column names.
 */
export async function planGenerated(): Promise<PlannedCounty> {
  const dir = tempDir('rotate-report-gen-');
  const opts = { teachers: 800, schools: 30, seed: 2026 };
  const zh = generateCounty({ ...opts, lang: 'zh' });
  const en = generateCounty({ ...opts, lang: 'en' });
  await writeCounty(dir, zh.files.map((f, i) => ({ ...f, header: en.files[i]?.header ?? f.header })), 'utf8');
  return planFolder(dir);
}

/** Debian's Chromium, headless, with a fresh profile; nothing from the network. */
export async function openBrowser(): Promise<BrowserContext> {
  const profile = tempDir('rotate-chromium-');
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
  });
}

/**
 * Opens the report of a planned county. Every request other than the file itself is refused and
 * recorded; console errors, page errors and Content-Security-Policy violations (a request the
 * page's own policy stopped before it reached the network) are recorded too.
 */
export async function openReport(ctx: BrowserContext, county: PlannedCounty): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await ctx.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.exposeFunction('__reportViolation', (uri: string) => problems.push(`CSP violation: ${uri}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (u: string) => void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === county.url) await route.continue();
    else await route.abort();
  });
  await page.goto(county.url, { waitUntil: 'load' });
  return { page, requests, problems };
}

/** Saves a full-page screenshot under test-output/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS, { recursive: true });
  const path = join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Shortage per subject from the input files and the assignments alone: Σ over schools of max(0, posts − teachers). */
export function subjectShortage(c: PlannedCounty): Map<string, { before: number; after: number }> {
  // Posts, teachers and shortage are per section of a 九年一贯制 or 完全中学 (DOMAIN.md): a teacher
  // there counts in his or her teaching stage, or, without that column, in the share of the
  // sections' students (per subject, by id: the lower section takes the rounded share); a mover
  // fills his or her own section at the destination, else the one below.
  const TWO: Record<string, string[]> = { nine_year: ['primary', 'junior'], 九年一贯制: ['primary', 'junior'], complete: ['junior', 'senior'], 完全中学: ['junior', 'senior'] };
  const SECTION: Record<string, string> = { 小学: 'primary', 初中: 'junior', 高中: 'senior' };
  const section = (v: string | undefined): string => SECTION[v ?? ''] ?? v ?? '';
  const GRADES: Record<string, number> = { primary: 6, junior: 3, senior: 3 };
  const schools = new Map(c.inputs.schools.map((s) => [s['school_id'] ?? '', s]));
  const sectionsOf = (id: string): string[] => TWO[schools.get(id)?.['stage'] ?? ''] ?? [''];
  const lowerShare = (id: string): number => {
    const s = schools.get(id);
    const [a = '', b = ''] = sectionsOf(id);
    const given = (sec: string): number | undefined => (s?.[`${sec}_students`] ? Number(s[`${sec}_students`]) : undefined);
    const total = Number(s?.['students'] ?? 0);
    const na = given(a) ?? (given(b) !== undefined ? total - (given(b) ?? 0) : Math.round((total * GRADES[a]!) / (GRADES[a]! + GRADES[b]!)));
    const nb = given(b) ?? total - na;
    return na + nb > 0 ? na / (na + nb) : 0.5;
  };
  // A teacher whose exchange ends by the cut-off date is back home (before the sections are split, as the planner does).
  const cutoff = (c.summary.policy['plan.cutoff'] ?? '').slice(0, 7);
  const homeOf = (t: Row): string => {
    const end = t['exchange_end'] ?? '';
    return t['exchange_home_school'] && end !== '' && end <= cutoff ? t['exchange_home_school'] : (t['school_id'] ?? '');
  };
  // A teacher who retires by the cut-off date counts nowhere (the plan's teachers.csv says which: 退休).
  const retiring = new Set(readCsv(join(c.out, 'teachers.csv')).filter((t) => ['退休', 'retires'].includes(t['status'] ?? t['状态'] ?? '')).map((t) => t['teacher_id'] ?? t['工号'] ?? ''));
  const teachers = c.inputs.teachers.filter((t) => !retiring.has(t['teacher_id'] ?? ''));
  const own = new Map<string, string>();
  const groups = new Map<string, Row[]>();
  for (const t of teachers) {
    const id = homeOf(t);
    const secs = sectionsOf(id);
    if (secs.length === 1) own.set(t['teacher_id'] ?? '', '');
    else if (t['teaching_stage']) own.set(t['teacher_id'] ?? '', section(t['teaching_stage']));
    else groups.set(`${id}|${t['subject']}`, [...(groups.get(`${id}|${t['subject']}`) ?? []), t]);
  }
  for (const [k, ts] of groups) {
    const id = k.split('|')[0] ?? '';
    const [a = '', b = ''] = sectionsOf(id);
    const nA = Math.round(ts.length * lowerShare(id));
    [...ts].sort((x, y) => ((x['teacher_id'] ?? '') < (y['teacher_id'] ?? '') ? -1 : 1)).forEach((t, i) => own.set(t['teacher_id'] ?? '', i < nA ? a : b));
  }
  const posts = new Map<string, number>();
  for (const p of c.inputs.posts) {
    const key = `${p['school_id']}|${sectionsOf(p['school_id'] ?? '').length > 1 ? section(p['stage']) : ''}|${p['subject']}`;
    posts.set(key, (posts.get(key) ?? 0) + Number(p['posts']));
  }
  const dest = new Map(c.assignments.map((a) => [a['teacher_id'], a['to_school_id']]));
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  const LEVEL: Record<string, number> = { primary: 1, junior: 2, senior: 3 };
  for (const t of teachers) {
    // Principals and vice principals hold no subject post.
    if (['principal', 'vice_principal', '校长', '副校长'].includes(t['role'] ?? '')) continue;
    const at = homeOf(t);
    const mine = own.get(t['teacher_id'] ?? '') ?? '';
    const mineLevel = LEVEL[mine || section(schools.get(at)?.['stage'])] ?? 0;
    const b = `${at}|${mine}|${t['subject']}`;
    const to = dest.get(t['teacher_id'] ?? '');
    const secs = to === undefined ? [] : sectionsOf(to);
    const fill = to === undefined ? mine : secs.length === 1 ? '' : (secs.find((x) => LEVEL[x] === mineLevel) ?? secs.find((x) => LEVEL[x] === mineLevel - 1) ?? '');
    const a = `${to ?? at}|${fill}|${t['subject']}`;
    before.set(b, (before.get(b) ?? 0) + 1);
    after.set(a, (after.get(a) ?? 0) + 1);
  }
  const out = new Map<string, { before: number; after: number }>();
  for (const [key, n] of posts) {
    const subject = key.split('|')[2] ?? '';
    const e = out.get(subject) ?? { before: 0, after: 0 };
    e.before += Math.max(0, n - (before.get(key) ?? 0));
    e.after += Math.max(0, n - (after.get(key) ?? 0));
    out.set(subject, e);
  }
  return out;
}
