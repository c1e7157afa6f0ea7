import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExplain as readExplainFile } from '../../src/plan-folder/explain-file.js';

/*
 * The review loop as a bureau runs it: init the sample county, plan, edit assignments.csv by
 * hand (delete a row, change a destination), plan again against the first plan, then explain,
 * diff and sweep. Every command is spawned as a user runs it.
 */

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
function rotate(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Row = Record<string, string>;
const readCsv = (path: string): Row[] => parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Row[];
const writeCsv = (path: string, rows: Row[]): void => {
  writeFileSync(path, `\uFEFF${stringify(rows, { header: true, record_delimiter: '\r\n' })}`);
};
const movesOf = (dir: string): Map<string, string> => new Map(readCsv(join(dir, 'assignments.csv')).map((r) => [r['工号'] ?? '', r['交流学校代码'] ?? '']));

/** explain.json as `rotate explain` reads it. */
const readExplain = (dir: string) => {
  const r = readExplainFile(readFileSync(join(dir, 'explain.json'), 'utf8'), 'explain.json');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

let dir = '';
let county: string[] = [];
const base = () => join(dir, 'plan');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rotate-loop-'));
  const init = rotate(['init', join(dir, 'county')]);
  expect(init.code, init.stderr).toBe(0);
  county = readdirSync(join(dir, 'county')).filter((f) => f.endsWith('.csv')).map((f) => join(dir, 'county', f));
  const plan = rotate(['plan', ...county, '-o', base(), '-q']);
  expect(plan.code, plan.stderr).toBe(0);
});

describe('the review loop, spawned as a user runs it', () => {
  it('init writes a policy file with a row and an explanation for every weight, and planning with it changes nothing', () => {
    const policy = readCsv(join(dir, 'county', '参数.csv'));
    const weights = rotate(['policy']).stdout.split('\n').filter((l) => l.startsWith('weights.')).map((l) => l.split(' = ')[0]);
    expect(weights.length).toBeGreaterThan(5);
    for (const w of weights) expect(policy.find((r) => r['参数'] === w)?.['说明'], w).toMatch(/\S/);
    const without = rotate(['plan', ...county.filter((f) => !f.endsWith('参数.csv')), '-o', join(dir, 'nopolicy'), '-q']);
    expect(without.code).toBe(0);
    expect(readFileSync(join(dir, 'nopolicy', 'assignments.csv')).equals(readFileSync(join(base(), 'assignments.csv')))).toBe(true);
  });

  it('teachers.csv gives every teacher a status and a reason in a sentence', () => {
    const rows = readCsv(join(base(), 'teachers.csv'));
    expect(new Set(rows.map((r) => r['状态']))).toEqual(new Set(['交流', '留任', '免交流', '不符合条件', '列入校长交流名单', '返回原校', '退休']));
    for (const r of rows) expect(r['理由'], r['工号']).toMatch(/\S/);
    expect(rows.find((r) => r['状态'] === '不符合条件')?.['理由']).toMatch(/^本校任教\d+年, 未满6年/);
    expect(rows.filter((r) => r['状态'] === '留任').some((r) => /未安排交流: \S/.test(r['理由'] ?? ''))).toBe(true);
  });

  it('explain agrees with the plan files: destinations, objective terms, school shortage; and it says how alternatives were evaluated', () => {
    const e = readExplain(base());
    const moves = movesOf(base());
    for (const t of e.teachers) expect(t.move?.to_id, t.id).toBe(moves.get(t.id));
    const summary = JSON.parse(readFileSync(join(base(), 'summary.json'), 'utf8')) as { objective: { terms: Record<string, number> } };
    for (const [k, v] of Object.entries(summary.objective.terms)) expect((e.terms as Record<string, number>)[k] ?? 0, k).toBeCloseTo(v, 4);
    for (const s of readCsv(join(base(), 'schools.csv'))) {
      const x = e.schools.find((y) => y.id === s['学校代码']);
      expect(x?.subjects.reduce((a, f) => a + f.shortage[0], 0)).toBe(Number(s['调整前缺员']));
      expect(x?.subjects.reduce((a, f) => a + f.shortage[1], 0)).toBe(Number(s['调整后缺员']));
    }
    const [id, to] = [...moves][0] ?? ['', ''];
    const r = rotate(['explain', base(), id]);
    expect(r.code).toBe(0);
    // A plan folder as written: no table named as changed since (principals.csv included).
    expect(r.stderr).not.toContain('在方案写出后被修改');
    expect(r.stdout).toContain(`→`);
    expect(r.stdout).toContain(to);
    expect(r.stdout).toMatch(/留任（不交流）: [+-]?\d/);
    expect(r.stdout).toContain('未重新优化');
    expect(r.stdout).toContain('not re-optimised');
    expect(r.stdout.indexOf('教师')).toBeLessThan(r.stdout.indexOf('Teacher'));
    const school = rotate(['explain', base(), to]);
    expect(school.code).toBe(0);
    expect(school.stdout).toContain(`调入 ${id}`);
    expect(rotate(['explain', base(), 'no-such-id']).code).toBe(2);
  });

  it('locks round trip: a deleted row stays, a changed destination holds, the rest barely changes against --baseline', () => {
    const e = readExplain(base());
    // A teacher with another destination that keeps every rule, as a principal would ask for.
    const change = e.teachers.find((t) => t.move && t.alternatives.some((a) => a.kind === 'move' && a.breaks.length === 0));
    const target = change?.alternatives.find((a) => a.kind === 'move' && a.breaks.length === 0)?.school_id;
    expect(change && target).toBeTruthy();
    const rows = readCsv(join(base(), 'assignments.csv'));
    const deleted = rows.find((r) => r['工号'] !== change?.id);
    const edited = rows.filter((r) => r !== deleted).map((r) => (r['工号'] === change?.id ? { ...r, 交流学校代码: target ?? '' } : r));
    const editedDir = mkdtempSync(join(tmpdir(), 'rotate-edit-'));
    writeCsv(join(editedDir, 'assignments.csv'), edited);

    const out = join(dir, 'plan2');
    const r = rotate(['plan', ...county, '--locks', join(editedDir, 'assignments.csv'), '--baseline', base(), '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    // The sample is a Chinese county: the lines about the locks are in Chinese, as the rest of the summary.
    expect(r.stdout).toMatch(/ {2}锁定: \d+（调往 \d+, 留任 \d+/);
    expect(r.stdout).toContain('与基准方案相比: ');
    expect(r.stdout).not.toMatch(/against the baseline|own lock/);
    const after = movesOf(out);
    expect(after.get(change?.id ?? '')).toBe(target);
    expect(after.has(deleted?.['工号'] ?? '')).toBe(false);
    for (const row of edited) expect(after.get(row['工号'] ?? ''), row['工号']).toBe(row['交流学校代码']);
    // Beyond the two edits, at most a couple of moves change (a post the deleted row freed may be refilled).
    const before = movesOf(base());
    const changedElsewhere = [...new Set([...before.keys(), ...after.keys()])].filter((id) => id !== change?.id && id !== deleted?.['工号'] && before.get(id) !== after.get(id));
    expect(changedElsewhere.length).toBeLessThanOrEqual(2);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { locks: { locks: { deleted_rows: number; rows_from_plan: number }; against: { reference: string; effects: { teacher_id: string; cause: { zh: string } }[] } } };
    expect(summary.locks.locks.deleted_rows).toBe(1);
    expect(summary.locks.locks.rows_from_plan).toBe(edited.length);
    expect(summary.locks.against.reference).toBe('baseline');
    expect(summary.locks.against.effects.find((x) => x.teacher_id === deleted?.['工号'])?.cause.zh).toMatch(/删除.*锁定留任/);
    const teachers = readCsv(join(out, 'teachers.csv'));
    expect(teachers.find((t) => t['工号'] === deleted?.['工号'])?.['理由']).toContain('人工锁定留任');
    expect(readCsv(join(out, 'assignments.csv')).find((x) => x['工号'] === change?.id)?.['与基准方案比较']).toContain('人工锁定调往');

    // diff reports exactly what the files say changed.
    const d = rotate(['diff', base(), out, '--csv', join(dir, 'diff.csv')]);
    expect(d.code).toBe(0);
    const added = [...after.keys()].filter((id) => !before.has(id));
    const removed = [...before.keys()].filter((id) => !after.has(id));
    const changed = [...before.keys()].filter((id) => after.has(id) && after.get(id) !== before.get(id));
    expect(d.stdout).toContain(`新增 added ${added.length}, 取消 removed ${removed.length}, 改派 changed ${changed.length}`);
    const csv = readCsv(join(dir, 'diff.csv'));
    expect(csv.filter((x) => x['类别'] === '改派').map((x) => x['代码']).sort()).toEqual(changed.sort());
    expect(csv.filter((x) => x['类别'] === '取消交流').map((x) => x['代码']).sort()).toEqual(removed.sort());
    expect(csv.find((x) => x['类别'] === '改派' && x['代码'] === change?.id)?.['方案B']).toBe(target);
  });

  it('assignments.csv edited in place in the plan folder still compares against the plan as written', () => {
    const copy = join(dir, 'plan-copy');
    cpSync(base(), copy, { recursive: true });
    const rows = readCsv(join(copy, 'assignments.csv'));
    // Not a two-way move (跟岗): the post its teacher freed may be taken by another, so deleting it alone conflicts.
    const gone = rows.filter((r) => !(r['交流方向'] ?? '').includes('跟岗')).at(-1);
    writeCsv(join(copy, 'assignments.csv'), rows.filter((r) => r !== gone));
    const out = join(dir, 'plan-inplace');
    const r = rotate(['plan', ...county, '--locks', join(copy, 'assignments.csv'), '--baseline', copy, '-o', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(movesOf(out).has(gone?.['工号'] ?? '')).toBe(false);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { locks: { locks: { deleted_rows: number } } };
    expect(summary.locks.locks.deleted_rows).toBe(1);
    expect(rotate(['explain', copy, gone?.['工号'] ?? '']).stderr).toContain('assignments.csv 在方案写出后被修改');
  });

  it('a lock that breaks a hard rule is reported with the rule, and nothing is written', () => {
    // A principal moves a teacher to another strong urban school: against the direction rule.
    const rows = readCsv(join(base(), 'assignments.csv'));
    const schools = readCsv(join(dir, 'county', '学校.csv'));
    const row = rows[0];
    const other = schools.find((s) => s['城乡类型'] === '城区' && s['薄弱学校'] === '否' && s['学校代码'] !== row?.['原学校代码']);
    const editedDir = mkdtempSync(join(tmpdir(), 'rotate-edit-'));
    writeCsv(join(editedDir, 'assignments.csv'), rows.map((r) => (r === row ? { ...r, 交流学校代码: other?.['学校代码'] ?? '' } : r)));
    const out = join(dir, 'plan3');
    const r = rotate(['plan', ...county, '--locks', join(editedDir, 'assignments.csv'), '--baseline', base(), '-o', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('人工锁定与规则冲突');
    expect(r.stderr).toContain(`${row?.['工号']} 从`);
    expect(r.stderr).toContain('不符合 城镇→乡村、优质→薄弱 方向');
    expect(r.stderr).toContain('assignments.csv 第2行');
    expect(existsSync(out)).toBe(false);
  });

  it('sweep reports what a plan at each weight really gives', () => {
    const s = rotate(['sweep', ...county, '--set', 'weights.moves=1,16', '-o', join(dir, 'sweep.csv')]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toContain('weights.moves');
    const [before, ...rows] = readCsv(join(dir, 'sweep.csv'));
    // The first row is the county before any plan: summary.json's figures before the plan.
    expect(before?.['weights.moves']).toBe('调整前 before');
    expect(rows.map((x) => x['weights.moves'])).toEqual(['1', '16']);
    const first = JSON.parse(readFileSync(join(dir, 'plan', 'summary.json'), 'utf8')) as { shortage: { before: number; scarce_before: number; rural_weak_before: number }; indicators: { sections_meeting_all: { before: number }; backbone_per_100: { schools_meeting_before: number } } };
    expect([before?.['交流人数'], before?.['缺员'], before?.['紧缺缺员'], before?.['乡村薄弱缺员'], before?.['骨干达标学部'], before?.['均达标学部']].map(Number)).toEqual([0, first.shortage.before, first.shortage.scarce_before, first.shortage.rural_weak_before, first.indicators.backbone_per_100.schools_meeting_before, first.indicators.sections_meeting_all.before]);
    for (const w of ['1', '16']) {
      const out = join(dir, `w${w}`);
      expect(rotate(['plan', ...county, '--set', `weights.moves=${w}`, '-o', out, '-q']).code).toBe(0);
      const sum = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
        counts: { moved: number; preferences_met: number };
        shortage: { after: number; scarce_after: number; rural_weak_after: number };
        indicators: { degree_given: boolean; backbone_per_100: { schools_meeting_after: number }; cv: { stage: string; indicator: string; threshold: number; after: number }[] };
      };
      const row = rows.find((x) => x['weights.moves'] === w);
      expect(Number(row?.['交流人数'])).toBe(sum.counts.moved);
      expect(Number(row?.['缺员'])).toBe(sum.shortage.after);
      expect(Number(row?.['紧缺缺员'])).toBe(sum.shortage.scarce_after);
      expect(Number(row?.['乡村薄弱缺员'])).toBe(sum.shortage.rural_weak_after);
      expect(Number(row?.['满足志愿'])).toBe(sum.counts.preferences_met);
      // The judged sections meeting the backbone indicator, as summary.json counts them.
      expect(Number(row?.['骨干达标学部'])).toBe(sum.indicators.backbone_per_100.schools_meeting_after);
      // The CV columns are summary.json's inspectors' CVs after the plan, and the count over the ceiling is theirs.
      const stageZh: Record<string, string> = { primary: '小学', junior: '初中' };
      const short: Record<string, string> = { degree_per_100: '学历', backbone_per_100: '骨干', arts_pe_per_100: '体音美' };
      const known = sum.indicators.cv.filter((e) => sum.indicators.degree_given || e.indicator !== 'degree_per_100');
      expect(known.length).toBeGreaterThanOrEqual(4);
      for (const e of known) expect(Number(row?.[`${stageZh[e.stage]}${short[e.indicator]}差异系数`]), `${e.stage} ${e.indicator}`).toBeCloseTo(e.after, 3);
      expect(Number(row?.['差异系数超标项数'])).toBe(known.filter((e) => e.after > e.threshold).length);
    }
    expect(Number(rows[1]?.['交流人数'])).toBeLessThan(Number(rows[0]?.['交流人数']));
  }, 180_000);
});
