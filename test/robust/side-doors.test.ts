/**
 * The side doors around the plan folder, each class spawned as a user runs it: what is read
 * (FIFOs, devices, ten thousand files under a low open-file limit, names with newlines or GBK
 * bytes), what is written (side outputs over inputs, plan folders or foreign files; batch
 * names; a symlinked -o), and what the machine does (a read-only place, a full or closed
 * output, two runs into one folder, a stale lock, a folder left mid-swap).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const SMALL = join(import.meta.dirname, '../fixtures/golden/small');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function rotate(args: readonly string[], cwd?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A shell line, for what only a shell does (ulimit, redirecting to /dev/full). */
function sh(line: string): Run {
  const r = spawnSync('bash', ['-c', line], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let root = '';
let county: string[] = [];
let plan = '';

/** A fresh copy of the small county in its own folder. */
function countyCopy(name: string): string[] {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return ['schools.csv', 'posts.csv', 'teachers.csv'].map((f) => {
    cpSync(join(SMALL, f), join(dir, f));
    return join(dir, f);
  });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'rotate-doors-'));
  county = countyCopy('county');
  plan = join(root, 'plan');
  const r = rotate(['plan', ...county, '-o', plan, '-q']);
  expect(r.code, r.stderr).toBe(0);
});

/** Every line of a message: one line per issue, never a stack trace or an internal error. */
function oneLineEach(stderr: string): void {
  expect(stderr).not.toMatch(/internal error|内部错误|\n\s+at |Error:/u);
}

describe('reading: only regular files, quickly, whatever the path names', () => {
  it('a FIFO and /dev/zero among the inputs are refused at once (exit 2), never waited on or read', () => {
    const fifo = join(root, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const r = rotate(['plan', ...county, fifo, '/dev/zero', '-o', join(root, 'p-fifo')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pipe.csv: 这不是普通文件，而是命名管道（FIFO），未读取 / this is not a regular file but a named pipe (FIFO), and was not read');
    expect(r.stderr).toContain('zero: 这不是普通文件，而是设备（如 /dev/zero），未读取');
    expect(existsSync(join(root, 'p-fifo'))).toBe(false);
  });

  it("a FIFO or a device in place of a plan's explain.json or assignments.csv: explain, diff and --baseline refuse it", () => {
    const bad = join(root, 'plan-fifo');
    cpSync(plan, bad, { recursive: true });
    execFileSync('rm', [join(bad, 'explain.json'), join(bad, 'assignments.csv')]);
    execFileSync('mkfifo', [join(bad, 'explain.json')]);
    symlinkSync('/dev/zero', join(bad, 'assignments.csv'));
    const explain = rotate(['explain', bad, 'T0001']);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toContain('explain.json: 这不是普通文件，而是命名管道（FIFO），未读取');
    const diff = rotate(['diff', plan, bad]);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toContain('assignments.csv: 这不是普通文件，而是设备');
    const base = rotate(['plan', ...county, '--baseline', bad, '-o', join(root, 'p-base')]);
    expect(base.code).toBe(2);
    expect(existsSync(join(root, 'p-base'))).toBe(false);
  });

  it('10,000 input files are read under ulimit -n 256, and a file given twice is named once', () => {
    const dir = join(root, 'many');
    mkdirSync(dir);
    const [header, ...rows] = readFileSync(join(SMALL, 'teachers.csv'), 'utf8').trim().split('\n');
    for (let i = 0; i < 10_000; i++) {
      const cells = (rows[i % rows.length] ?? '').split(',');
      cells[0] = `T${String(i).padStart(6, '0')}`;
      writeFileSync(join(dir, `t${String(i).padStart(5, '0')}.csv`), `${header}\n${cells.join(',')}\n`);
    }
    const r = sh(`ulimit -n 256; cd ${dir} && ${process.execPath} ${BIN} validate ${county[0]} ${county[1]} t*.csv t00007.csv`);
    expect(r.code, r.stderr.slice(0, 500)).toBe(2);
    // The one problem: every other file was read (no "too many open files", no other issue).
    expect(r.stderr.trim().split('\n')).toEqual(['输入有误 / bad input (1):', 't00007.csv: 此文件被指定了两次（t00007.csv） / this file was given twice (t00007.csv)']);
  }, 300_000);

  it('a newline or a carriage return in a file name cannot forge a line; a GBK-byte name is read and shown as GBK', () => {
    const dir = join(root, 'names');
    mkdirSync(dir);
    const forged = join(dir, 'a\n输入无误 / input OK\r.csv'.replace(' / ', ' '));
    writeFileSync(forged, 'x,y\n1,2\n');
    const r = rotate(['validate', ...county, forged]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('输入无误'))).toEqual([]);
    expect(r.stderr).toContain('a\\n输入无误 input OK\\r.csv: 无法从表头判断文件类型');
    // 教师.csv in GBK bytes, as a Chinese Windows names it.
    const gbk = Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xbd, 0xcc, 0xca, 0xa6]), Buffer.from('.csv')]);
    writeFileSync(gbk, readFileSync(join(SMALL, 'teachers.csv')));
    const shell = sh(`${process.execPath} ${BIN} validate ${county[0]} ${county[1]} ${dir}/$(printf '\\xbd\\xcc\\xca\\xa6').csv`);
    expect(shell.code, shell.stderr).toBe(0);
    expect(shell.stdout).toContain('76 名教师 teachers');
  });
});

describe('plan files read back are not trusted', () => {
  it('a crafted explain.json (a number of 1e999, a teacher without its fields) is refused with exit 2, never a crash', () => {
    const bad = join(root, 'plan-crafted');
    cpSync(plan, bad, { recursive: true });
    const text = readFileSync(join(plan, 'explain.json'), 'utf8');
    writeFileSync(join(bad, 'explain.json'), text.replace(/"backbone_per_100_needed":\s*[0-9.]+/u, '"backbone_per_100_needed": 1e999'));
    const inf = rotate(['explain', bad, 'T0001']);
    expect(inf.code).toBe(2);
    expect(inf.stdout).not.toContain('Infinity');
    writeFileSync(join(bad, 'explain.json'), JSON.stringify({ teachers: [{ id: 'T0001' }], schools: [] }));
    const partial = rotate(['explain', bad, 'T0001']);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('this file is not as this version of rotate plan writes it');
    oneLineEach(partial.stderr);
  });

  it('a crafted summary.json (null, a number of 1e999) makes diff refuse the plan, never crash', () => {
    const bad = join(root, 'plan-summary');
    cpSync(plan, bad, { recursive: true });
    for (const text of ['null', '{"objective":{"terms":{"moves":1e999}}}']) {
      writeFileSync(join(bad, 'summary.json'), text);
      const r = rotate(['diff', plan, bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('this file is not as this version of rotate plan writes it');
      oneLineEach(r.stderr);
    }
  });

  it('a baseline that names schools the county does not have is refused, naming its row', () => {
    const bad = join(root, 'plan-foreign');
    cpSync(plan, bad, { recursive: true });
    execFileSync('rm', [join(bad, 'explain.json')]);
    const csv = readFileSync(join(plan, 'assignments.csv'), 'utf8').split('\r\n');
    const header = (csv[0] ?? '').replace(/^\uFEFF/u, '').split(',');
    const to = header.findIndex((h) => h === 'to_school_id' || h === '交流学校代码');
    const row = (csv[1] ?? '').split(',');
    row[to] = 'Z9';
    csv[1] = row.join(',');
    writeFileSync(join(bad, 'assignments.csv'), csv.join('\r\n'));
    const r = rotate(['plan', ...county, '--baseline', bad, '-o', join(root, 'p-foreign')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('assignments.csv 第2行: 基准方案的交流学校代码「Z9」不在本次输入的学校中');
    expect(existsSync(join(root, 'p-foreign'))).toBe(false);
  });
});

describe('writing: nothing the user did not ask to replace, refused before any work', () => {
  const refused = (r: Run, text: string): void => {
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(text);
    oneLineEach(r.stderr);
  };

  it('--export-model over an input, inside the new -o folder, or over a foreign file; kept with --force', () => {
    const c = countyCopy('export');
    const before = readFileSync(c[0] ?? '');
    refused(rotate(['plan', ...c, '-o', join(root, 'p-ex'), '--export-model', c[0] ?? '']), '是本次的输入');
    expect(readFileSync(c[0] ?? '')).toEqual(before);
    refused(rotate(['plan', ...c, '-o', join(root, 'p-ex'), '--export-model', join(root, 'p-ex', 'model.lp')]), '在本次的输出文件夹中');
    writeFileSync(join(root, 'notes.lp'), 'my notes\n');
    refused(rotate(['plan', ...c, '-o', join(root, 'p-ex'), '--export-model', join(root, 'notes.lp')]), '已存在且不是 rotate 写出的同类文件');
    expect(readFileSync(join(root, 'notes.lp'), 'utf8')).toBe('my notes\n');
    expect(existsSync(join(root, 'p-ex'))).toBe(false);
    // A model rotate wrote is replaced by the next run's; a foreign file only with --force.
    expect(rotate(['plan', ...c, '-o', join(root, 'p-ex'), '-q', '--export-model', join(root, 'm.lp')]).code).toBe(0);
    expect(rotate(['plan', ...c, '-o', join(root, 'p-ex'), '-q', '--export-model', join(root, 'm.lp')]).code).toBe(0);
    expect(rotate(['plan', ...c, '-o', join(root, 'p-ex'), '-q', '--export-model', join(root, 'notes.lp'), '--force']).code).toBe(0);
    expect(readFileSync(join(root, 'notes.lp'), 'utf8')).toMatch(/^\\ rotate:/u);
  });

  it('sweep -o over the schools file and diff --csv into a plan folder are refused; the plan folder stays as written', () => {
    const c = countyCopy('sweep');
    refused(rotate(['sweep', ...c, '--set', 'weights.moves=1,2', '-o', c[0] ?? '']), 'sweep -o:');
    const manifest = readFileSync(join(plan, '.rotate-manifest.json'), 'utf8');
    const assignments = readFileSync(join(plan, 'assignments.csv'));
    refused(rotate(['diff', plan, plan, '--csv', join(plan, 'assignments.csv')]), 'diff --csv:');
    refused(rotate(['diff', plan, plan, '--csv', join(plan, 'other.csv')]), 'diff --csv:');
    expect(readFileSync(join(plan, 'assignments.csv'))).toEqual(assignments);
    expect(readdirSync(plan).sort()).toEqual(Object.keys(JSON.parse(manifest).files as object).concat('.rotate-manifest.json').sort());
  });

  it('sweep points and generate sizes are bounded', () => {
    const values = Array.from({ length: 51 }, (_, i) => String(i + 1)).join(',');
    refused(rotate(['sweep', ...county, '--set', `weights.moves=${values}`]), '扫描取值有 51 个, 上限 50 个');
    const r = rotate(['generate', join(root, 'huge'), '--teachers', '100001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('teachers: expected a whole number from 1 to 100000');
  });

  it('generate DIR refuses existing county files, as init does', () => {
    const dir = join(root, 'gen');
    mkdirSync(dir);
    writeFileSync(join(dir, 'teachers.csv'), 'mine\n');
    const r = rotate(['generate', dir, '--teachers', '300', '--schools', '15']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('files exist, nothing was written');
    expect(readdirSync(dir)).toEqual(['teachers.csv']);
    expect(readFileSync(join(dir, 'teachers.csv'), 'utf8')).toBe('mine\n');
  });

  it('batch mode: two county folders of the same name get two plan folders', () => {
    const a = join(root, 'batch', 'a', 'county');
    const b = join(root, 'batch', 'b', 'county');
    for (const d of [a, b]) {
      mkdirSync(d, { recursive: true });
      for (const f of ['schools.csv', 'posts.csv', 'teachers.csv']) cpSync(join(SMALL, f), join(d, f));
    }
    const r = rotate(['plan', a, b, '-o', join(root, 'batch', 'plans'), '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(root, 'batch', 'plans')).sort()).toEqual(['a_county', 'b_county']);
  });

  it('a symlinked -o is followed (the plan lands in the folder it points to, the link stays); a link to nothing is refused', () => {
    const real = join(root, 'real-plan');
    cpSync(plan, real, { recursive: true });
    const link = join(root, 'plan-link');
    symlinkSync(real, link);
    const r = rotate(['plan', ...county, '-o', link, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(spawnSync('readlink', [link], { encoding: 'utf8' }).stdout.trim()).toBe(real);
    expect(readFileSync(join(real, 'summary.json'), 'utf8')).toBe(readFileSync(join(plan, 'summary.json'), 'utf8'));
    const dangling = join(root, 'dangling');
    symlinkSync(join(root, 'nowhere'), dangling);
    const d = rotate(['plan', ...county, '-o', dangling, '-q']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('symbolic link to nothing');
  });
});

describe('the environment: its own exit code (5) and one line, never an internal error', () => {
  it('an output folder that cannot be written is found before solving', () => {
    for (const out of ['/proc/rotate-plan', '/sys/rotate-plan']) {
      const r = rotate(['plan', ...county, '-o', out]);
      expect(r.code, r.stderr).toBe(5);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^环境错误, 未完成: .* \/ environment error, not done: /u);
      oneLineEach(r.stderr);
    }
    const side = rotate(['sweep', ...county, '--set', 'weights.moves=1,2', '-o', '/sys/sweep.csv']);
    expect(side.code).toBe(5);
    expect(side.stdout).toBe('');
  });

  it('standard output on a full device after the plan was written: exit 5, and the line says the plan was written', () => {
    const out = join(root, 'p-full');
    const r = sh(`${process.execPath} ${BIN} plan ${county.join(' ')} -o ${out} > /dev/full`);
    expect(r.code).toBe(5);
    expect(r.stderr.trim()).toBe(`方案已写入 ${out}，但无法输出摘要: 磁盘已满（ENOSPC） / the plan was written to ${out}, but its summary could not be printed: no space left on the device (ENOSPC)`);
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
    const v = sh(`${process.execPath} ${BIN} validate ${county.join(' ')} > /dev/full`);
    expect(v.code).toBe(5);
    oneLineEach(v.stderr);
  });

  it('standard output closed by its reader (EPIPE): exit 5 with one line', async () => {
    const child = spawn(process.execPath, [BIN, 'policy'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(5);
    expect(stderr.trim()).toMatch(/^环境错误, 未完成: 输出已被关闭（EPIPE）/u);
  });

  it('two concurrent runs into one folder: one writes, the other stops at once with exit 5; the folder holds one whole plan', async () => {
    const out = join(root, 'p-two');
    const runs = [0, 1, 2].map(
      () =>
        new Promise<{ code: number | null; stderr: string }>((done) => {
          const child = spawn(process.execPath, [BIN, 'plan', ...county, '-o', out, '-q'], { stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
          child.on('close', (code) => done({ code, stderr }));
        }),
    );
    const results = await Promise.all(runs);
    for (const r of results) expect([0, 5], r.stderr).toContain(r.code);
    expect(results.some((r) => r.code === 0)).toBe(true);
    for (const r of results.filter((x) => x.code === 5)) expect(r.stderr).toContain('another rotate run');
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(readFileSync(join(plan, 'summary.json'), 'utf8'));
    expect(readdirSync(root).filter((f) => f.startsWith('.p-two.'))).toEqual([]);
  });

  it('a stale lock (its process gone) is taken over; a lock of a live process is respected', () => {
    const out = join(root, 'p-stale');
    writeFileSync(join(root, '.p-stale.lock'), '2147483646\nold\n');
    const r = rotate(['plan', ...county, '-o', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(root, '.p-stale.lock'))).toBe(false);
    writeFileSync(join(root, '.p-stale.lock'), `${process.pid}\nlive\n`);
    const busy = rotate(['plan', ...county, '-o', out, '-q']);
    expect(busy.code).toBe(5);
    expect(busy.stderr).toContain(`another rotate run (process ${process.pid})`);
  });

  it('explain, diff and --baseline put a folder left mid-swap back in order, as plan does', () => {
    const out = join(root, 'p-swap');
    cpSync(plan, out, { recursive: true });
    // Killed between the two renames: the plan is only in its backup beside the folder.
    renameSync(out, join(root, '.p-swap.old-999999'));
    const r = rotate(['explain', out, 'T0001']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, 'explain.json'))).toBe(true);
    expect(readdirSync(root).filter((f) => f.startsWith('.p-swap.'))).toEqual([]);
    renameSync(out, join(root, '.p-swap.old-999998'));
    expect(rotate(['diff', plan, out]).code).toBe(0);
    renameSync(out, join(root, '.p-swap.old-999997'));
    expect(rotate(['plan', ...county, '--baseline', out, '-o', join(root, 'p-after'), '-q']).code).toBe(0);
  });
});
