/**
 * `rotate explain PLAN 工号` reads the head of explain.json and the lines of the teacher asked about
 * (and of the schools they point to), not every line of the county (explain-lines.ts): the answer
 * must be the one the whole file gives, a line it does not need is not read, and a file edited since
 * the plan was written is still read whole, its damage reported as before.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExplain } from '../../src/cli/explain-command.js';
import { readExplain, type ExplainFile } from '../../src/plan-folder/explain-file.js';
import { explainRowsOf } from '../../src/plan-folder/explain-lines.js';
import { planInProcess } from '../helpers/plan-run.js';

const data = join(import.meta.dirname, '../../data');
const root = mkdtempSync(join(tmpdir(), 'rotate-explain-lines-'));
const dir = join(root, 'plan');
let bytes: Buffer;
let whole: ExplainFile;

/** explain.json with the line of the teacher at `i` (in the file's order) replaced by `row`. */
function withTeacherLine(text: string, i: number, row: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l === '"teachers":[');
  const at = first + 1 + i;
  lines[at] = `${row}${lines[at]?.endsWith(',') ? ',' : ''}`;
  return lines.join('\n');
}

describe('explain.json read a line at a time', () => {
  beforeAll(async () => {
    const inputs = readdirSync(data).filter((f) => f.endsWith('.csv')).map((f) => join(data, f));
    expect((await planInProcess(inputs, dir)).kind).toBe('written');
    bytes = readFileSync(join(dir, 'explain.json'));
    const r = readExplain(bytes.toString('utf8'), 'explain.json');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    whole = r.value;
  }, 120_000);

  it('gives every teacher, by 工号 and by name, as the whole file does, with the schools they are at', () => {
    const schoolOf = new Map(whole.schools.map((s) => [s.id, s]));
    for (const t of whole.teachers) {
      for (const key of [t.id, t.name]) {
        const e = explainRowsOf(bytes, key, 'explain.json');
        expect(e?.teachers).toEqual(whole.teachers.filter((x) => x.id === key || x.name === key));
        for (const s of e?.schools ?? []) expect(s).toEqual(schoolOf.get(s.id));
        expect(e?.schools.map((s) => s.id)).toContain(t.school_id);
      }
    }
    const { teachers: _t, schools: _s, ...head } = whole;
    const { teachers: _t1, schools: _s1, ...headRead } = explainRowsOf(bytes, whole.teachers[0]?.id ?? '', 'explain.json') ?? whole;
    expect(headRead).toEqual(head);
  });

  it('gives a school by its code and by its name, with its teachers', () => {
    for (const s of whole.schools) {
      for (const key of [s.id, s.name]) {
        const e = explainRowsOf(bytes, key, 'explain.json');
        expect(e?.schools).toEqual([s]);
        expect(e?.teachers).toEqual(whole.teachers.filter((t) => t.school_id === s.id || t.id === key || t.name === key));
      }
    }
  });

  it('answers as the whole file does, for schools, teachers, names, and keys only the whole file answers', async () => {
    const copy = join(root, 'no-manifest');
    cpSync(dir, copy, { recursive: true });
    rmSync(join(copy, '.rotate-manifest.json'));
    const keys = [...whole.schools.map((s) => s.id), ...whole.teachers.filter((_, i) => i % 20 === 0).flatMap((t) => [t.id, t.name]), whole.schools[0]?.name ?? '', '1', '城关', 'nobody'];
    for (const key of keys) expect(await runExplain(dir, key)).toEqual(await runExplain(copy, key));
  }, 120_000);

  it('does not read the lines it does not need: another teacher\'s damaged line leaves the answer as it was', () => {
    const [asked, other] = whole.teachers;
    const damaged = Buffer.from(withTeacherLine(bytes.toString('utf8'), 1, '[0]'));
    expect(readExplain(damaged.toString('utf8'), 'explain.json').ok).toBe(false);
    expect(explainRowsOf(damaged, asked?.id ?? '', 'explain.json')?.teachers).toEqual([asked]);
    // The damaged line of the teacher asked about is not read around: the file is to be read whole.
    const own = Buffer.from(withTeacherLine(bytes.toString('utf8'), 1, `[${JSON.stringify(other?.id)}]`));
    expect(explainRowsOf(own, other?.id ?? '', 'explain.json')).toBeUndefined();
  });

  it('leaves a file not laid out as rotate writes it to be read whole', () => {
    const id = whole.teachers[0]?.id ?? '';
    const text = bytes.toString('utf8');
    expect(explainRowsOf(Buffer.from(JSON.stringify(JSON.parse(text), null, 1)), id, 'explain.json')).toBeUndefined();
    expect(explainRowsOf(Buffer.from(`\uFEFF${text}`), id, 'explain.json')).toBeUndefined();
    expect(explainRowsOf(Buffer.from(text.replace('"format":2', '"format":3')), id, 'explain.json')).toBeUndefined();
  });

  it('still reads an explain.json edited since the plan was written whole, and reports its damage', async () => {
    const [asked] = whole.teachers;
    const intact = await runExplain(dir, asked?.id ?? '');
    expect(intact.kind).toBe('answered');
    for (const manifest of [true, false]) {
      const copy = join(root, `edited-${manifest}`);
      cpSync(dir, copy, { recursive: true });
      if (!manifest) rmSync(join(copy, '.rotate-manifest.json'));
      writeFileSync(join(copy, 'explain.json'), withTeacherLine(bytes.toString('utf8'), 1, '[0]'));
      const r = await runExplain(copy, asked?.id ?? '');
      expect(r.kind).toBe('bad-input');
      expect(r.kind === 'bad-input' ? r.issues[0]?.file : '').toContain('explain.json');
    }
    // The same bytes as the manifest records them (as if rotate had written them): read a line at a time, so answered.
    const recorded = join(root, 'recorded');
    cpSync(dir, recorded, { recursive: true });
    const damaged = withTeacherLine(bytes.toString('utf8'), 1, '[0]');
    writeFileSync(join(recorded, 'explain.json'), damaged);
    const manifest = JSON.parse(readFileSync(join(recorded, '.rotate-manifest.json'), 'utf8')) as { files: Record<string, string> };
    manifest.files['explain.json'] = createHash('sha256').update(damaged).digest('hex');
    writeFileSync(join(recorded, '.rotate-manifest.json'), JSON.stringify(manifest));
    expect(await runExplain(recorded, asked?.id ?? '')).toEqual(intact);
  });
});
