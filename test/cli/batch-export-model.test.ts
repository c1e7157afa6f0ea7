/**
 * `rotate plan 市/* --export-model model.lp` planned every county and wrote no model: the option was
 * dropped without a word (one file cannot hold every county's model). Now each county's model is
 * written beside the file named, under the county's name (`model-甲县.lp`, `model-乙县.lp`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';
import { countyArgs, modelFileFor } from '../../src/cli/batch-args.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('--export-model with county folders', () => {
  it('writes one model per county, named after the county, beside the file given', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-model-'));
    await runGenerate(join(root, '市', '甲县'), { teachers: 120, schools: 6, seed: 1, lang: 'zh', encoding: 'utf8' });
    await runGenerate(join(root, '市', '乙县'), { teachers: 150, schools: 8, seed: 2, lang: 'zh', encoding: 'utf8' });
    const folders = ['甲县', '乙县'].map((c) => join(root, '市', c));
    const r = spawnSync(process.execPath, [BIN, 'plan', ...folders, '-o', join(root, '方案'), '--export-model', join(root, 'models', 'model.lp')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const models = ['甲县', '乙县'].map((c) => join(root, 'models', `model-${c}.lp`));
    for (const m of models) expect(existsSync(m), m).toBe(true);
    // Each county's own model: the two differ, and each is the LP text a run for that county alone writes.
    const [a, b] = models.map((m) => readFileSync(m, 'utf8'));
    expect(a).not.toBe(b);
    const alone = join(root, 'alone.lp');
    const files = readdirSync(folders[0] ?? '').sort().map((f) => join(folders[0] ?? '', f));
    const one = spawnSync(process.execPath, [BIN, 'plan', ...files, '-o', join(root, 'alone'), '-q', '--export-model', alone], { encoding: 'utf8' });
    expect(one.status, one.stderr).toBe(0);
    expect(a).toBe(readFileSync(alone, 'utf8'));
    expect(existsSync(join(root, 'models', 'model.lp'))).toBe(false);
  }, 120_000);

  it('takes --export-model and --export-model= out of the options every county gets, and keeps the file', () => {
    expect(countyArgs(['a', 'b', '--export-model', 'm.lp', '--set', 'x=1'], ['a', 'b'])).toEqual({ pass: ['--set', 'x=1'], exportModel: 'm.lp' });
    expect(countyArgs(['a', '--export-model=m.lp'], ['a'])).toEqual({ pass: [], exportModel: 'm.lp' });
    expect(modelFileFor(join('out', 'm.lp'))('甲县')).toBe(join('out', 'm-甲县.lp'));
    expect(modelFileFor('model')('乙县')).toBe('model-乙县');
  });

  it('is told in plan --help', () => {
    const h = spawnSync(process.execPath, [BIN, 'plan', '--help'], { encoding: 'utf8' }).stdout.replace(/\s+/gu, ' ');
    expect(h).toContain('参数为县文件夹时每县一个, 文件名后加县名（model.lp → model-甲县.lp）');
    expect(h).toContain("for county folders, one per county, the county's name added (model.lp → model-甲县.lp)");
  });
});
