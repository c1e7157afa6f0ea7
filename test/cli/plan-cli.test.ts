import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const SMALL = join(import.meta.dirname, '../fixtures/golden/small');
const inputs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => join(dir, f));

function rotate(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('rotate plan, spawned as a user runs it', () => {
  it('writes the four plan files, Excel-friendly, and the same bytes on a rerun', () => {
    const out = mkdtempSync(join(tmpdir(), 'rotate-'));
    const a = rotate(['plan', ...inputs(SMALL), '-o', join(out, 'a')]);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/teachers rotated: \d+/);
    const b = rotate(['plan', ...inputs(SMALL).reverse(), '-o', join(out, 'b')]);
    expect(b.code).toBe(0);
    for (const f of ['assignments.csv', 'schools.csv', 'teachers.csv', 'summary.json']) {
      const bytes = readFileSync(join(out, 'a', f));
      expect(bytes.equals(readFileSync(join(out, 'b', f))), f).toBe(true);
      if (f.endsWith('.csv')) {
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(bytes.toString('utf8')).toMatch(/\r\n/);
        expect(bytes.toString('utf8').replace(/\r\n/g, '')).not.toMatch(/\n/);
      }
    }
    const summary = JSON.parse(readFileSync(join(out, 'a', 'summary.json'), 'utf8')) as { rules: { held: boolean }[]; inputs: { sha256: string }[] };
    expect(summary.rules.every((r) => r.held)).toBe(true);
    expect(summary.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
  });

  it('rejects bad input naming file, row and column in both languages, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-bad-'));
    writeFileSync(join(dir, 'a.csv'), readFileSync(join(SMALL, 'schools.csv')));
    const teachers = readFileSync(join(SMALL, 'teachers.csv'), 'utf8').split('\n');
    teachers[3] = (teachers[3] ?? '').replace(/,(\d+),([MF]),/, ',六,$2,');
    writeFileSync(join(dir, 'b.csv'), teachers.join('\n'));
    const out = join(dir, 'plan');
    const r = rotate(['plan', join(dir, 'a.csv'), join(dir, 'b.csv'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('b.csv 第4行');
    expect(r.stderr).toContain('years_at_school');
    expect(r.stderr).toContain('六');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an output folder it did not write under a heading about the folder, not the inputs, and leaves the folder as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-out-'));
    const out = join(dir, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'note.txt'), 'keep me');
    const r = rotate(['plan', ...inputs(SMALL), '-o', out]);
    expect(r.code).toBe(2);
    const [heading, line] = r.stderr.trim().split('\n');
    expect(heading).toBe('输出文件夹不能使用, 未写入任何文件 / the output folder cannot be used, nothing was written (1):');
    expect(line).toContain('note.txt');
    expect(readdirSync(out)).toEqual(['note.txt']);
    // Bad input beside it is still headed as bad input.
    const teachers = join(dir, 'teachers.csv');
    writeFileSync(teachers, readFileSync(join(SMALL, 'teachers.csv'), 'utf8').replace(/,(\d+),([MF]),/, ',六,$2,'));
    const both = rotate(['plan', ...inputs(SMALL).filter((f) => !f.endsWith('teachers.csv')), teachers, '-o', out]);
    expect(both.code).toBe(2);
    expect(both.stderr.split('\n')[0]).toMatch(/^输入有误, 未写入任何文件 \/ bad input, nothing was written \(\d+\):$/u);
  });

  it('explains the conflict in numbers and exits 3 when the rules cannot all hold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-inf-'));
    const out = join(dir, 'plan');
    const r = rotate(['plan', ...inputs(SMALL), '-o', out, '--set', 'rules.max_backbone_outflow_share=0']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/需要骨干 ≥ \d+ 人/);
    expect(existsSync(out)).toBe(false);
    const relaxed = rotate(['plan', ...inputs(SMALL), '-o', out, '--set', 'rules.max_backbone_outflow_share=0', '--relax']);
    expect(relaxed.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).relaxed).toBe(true);
    for (const f of ['assignments.csv', 'schools.csv', 'teachers.csv']) expect(readFileSync(join(out, f), 'utf8').split('\r\n')[1]).toContain('rules relaxed: backbone_share');
  });

  it('lists every parameter with its default, and documents the exit codes', () => {
    const p = rotate(['policy']);
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('eligibility.min_years = 6');
    expect(p.stdout).toContain('rules.quota_share = 0.10');
    const h = rotate(['plan', '--help']);
    expect(h.stdout).toContain('exit codes');
    expect(h.stdout).toContain('方案已写入 / plan written');
    // --jobs says its default once, and no other default text for it.
    const jobs = h.stdout.slice(h.stdout.indexOf('--jobs'), h.stdout.indexOf('\n  -', h.stdout.indexOf('--jobs') + 1));
    expect(jobs.match(/default/g)).toHaveLength(1);
    expect(jobs.replace(/\s*\n\s*/gu, ' ')).toContain('half the cores, here');
    const v = rotate(['validate', '--help']);
    expect(v.stdout).toContain('exit codes');
    expect(v.stdout).not.toContain('plan written');
    // validate solves nothing: its 3 is a lock that breaks a hard rule (what plan finds before solving), and it has no 4.
    expect(v.stdout).toMatch(/^ {2}3 {2}锁定与硬性规则冲突/m);
    expect(v.stdout).not.toMatch(/^ {2}4 /m);
    // Every other command lists its own codes: none of them solves, so none says a plan was written or the rules conflict.
    for (const c of ['explain', 'diff', 'sweep', 'init', 'publish', 'roster', 'generate']) {
      const o = rotate([c, '--help']).stdout;
      expect(o, c).toContain('退出码 / exit codes:');
      expect(o, c).toMatch(/^ {2}0 {2}\S/m);
      expect(o, c).toMatch(/^ {2}2 {2}\S/m);
      expect(o, c).not.toContain('plan written');
      expect(o, c).not.toMatch(/^ {2}[34] /m);
    }
    const bad = rotate(['plan', ...inputs(SMALL), '--set', 'weights.nope=1', '-o', join(mkdtempSync(join(tmpdir(), 'r-')), 'p')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('weights.nope');
  });

  it('says which 优质均衡 indicators the county has too few teachers for every section to meet, counted from the plan\'s own section figures; validate says it before any plan', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-supply-')), 'plan');
    const data = join(import.meta.dirname, '../../data');
    const r = rotate(['plan', ...inputs(data), '-o', out, '--set', 'plan.year=2026']);
    expect(r.code, r.stderr).toBe(0);
    // From schools.csv: each primary section's students and county-level backbone teachers per 100 before the plan.
    const [head = '', ...rows] = readFileSync(join(out, 'schools.csv'), 'utf8').replace(/^\uFEFF/u, '').trim().split('\r\n');
    const col = head.split(',');
    const [p, b] = [col.indexOf('小学部学生数'), col.indexOf('小学部调整前每百名学生县级以上骨干数')];
    let have = 0;
    let need = 0;
    for (const row of rows.map((x) => x.split(','))) {
      const students = Number(row[p] || 0);
      if (students <= 0 || row[b] === '') continue;
      have += Math.round((Number(row[b]) * students) / 100);
      need += Math.ceil(students / 100 - 1e-9);
    }
    expect(need).toBeGreaterThan(have);
    expect(r.stdout).toContain(`小学 县级以上骨干教师: 现有 ${have} 人, 各学部都达标需 ${need} 人, 差 ${need - have} 人`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { indicators: { county_supply: { stage: string; indicator: string; short: number }[] } };
    expect(summary.indicators.county_supply.find((e) => e.stage === 'primary' && e.indicator === 'backbone_per_100')?.short).toBe(need - have);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(`小学 县级以上骨干教师: 现有 ${have} 人, 需 ${need} 人, 差 ${need - have} 人`);
    // validate counts the same county the same way (the same cut-off date, retirees out), and writes nothing.
    const v = rotate(['validate', ...inputs(data), '--set', 'plan.year=2026']);
    expect(v.code, v.stderr).toBe(0);
    const planLines = r.stdout.split('\n').filter((l) => / {4}(小学|初中) .+: 现有 /u.test(l));
    expect(planLines.length).toBeGreaterThan(0);
    expect(v.stdout.split('\n').filter((l) => / {4}(小学|初中) .+: 现有 /u.test(l))).toEqual(planLines);
    expect(v.stdout).toContain('3 所九年一贯制学校缺少分学部学生数');
    // A lock that breaks a hard rule: validate stops where plan would, naming the rule and the row, exit 3.
    const locks = join(mkdtempSync(join(tmpdir(), 'rotate-vlock-')), 'locks.csv');
    writeFileSync(locks, '\uFEFF工号,操作,学校代码\r\n000001,调往,341122002\r\n');
    const bad = rotate(['validate', ...inputs(data), locks, '--set', 'plan.year=2026']);
    expect(bad.code).toBe(3);
    expect(bad.stdout).not.toContain('输入无误');
    expect(bad.stderr).toContain('locks.csv 第2行: 000001 从 城关第一小学 调往 城关第二小学 不符合 城镇→乡村、优质→薄弱 方向');
    const plan = rotate(['plan', ...inputs(data), locks, '-o', join(mkdtempSync(join(tmpdir(), 'rotate-vlock-')), 'p'), '--set', 'plan.year=2026']);
    expect(plan.code).toBe(3);
    expect(plan.stderr).toContain('locks.csv 第2行: 000001 从 城关第一小学 调往 城关第二小学 不符合 城镇→乡村、优质→薄弱 方向');
    // A year later, other teachers have retired: the figures follow the cut-off date.
    const later = rotate(['validate', ...inputs(data), '--set', 'plan.year=2030']);
    expect(later.code, later.stderr).toBe(0);
    expect(later.stdout).not.toContain(`小学 县级以上骨干教师: 现有 ${have} 人`);
  });

  it('says, in validate as in plan, that posts will be estimated when no posts file is given, and from what', () => {
    const data = join(import.meta.dirname, '../../data');
    const files = ['学校.csv', '教师.csv'].map((f) => join(data, f));
    const note = '  岗位数为估算: 未提供岗位表, 按编制标准（生师比）和各学段学科比例估算';
    const v = rotate(['validate', ...files, '--set', 'plan.year=2026']);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout.split('\n')).toContain(note);
    const p = rotate(['plan', ...files, '-o', join(mkdtempSync(join(tmpdir(), 'rotate-est-')), 'p'), '--set', 'plan.year=2026']);
    expect(p.code, p.stderr).toBe(0);
    expect(p.stdout.split('\n')).toContain(note);
    // With the posts file, neither says it.
    const withPosts = rotate(['validate', ...inputs(data), '--set', 'plan.year=2026']);
    expect(withPosts.stdout).not.toContain('岗位数为估算');
  });
});
