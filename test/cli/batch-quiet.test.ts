/**
 * rotate plan over county folders with -q prints what plan -q prints: nothing for counties planned
 * without a word to say (it printed the batch's header, a line per county and the summary, though
 * --help says -q prints no summary); a county planned with warnings still has its lines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('rotate plan FOLDERS -q', () => {
  it('prints nothing for counties planned without warnings, and a warned county\'s lines', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-quiet-'));
    // Counties with nothing to warn of (seeds 1 and 2 have 初中 posts in a subject only 小学 teachers teach: a warning).
    for (const [i, seed] of [5, 6].entries()) await runGenerate(join(root, `county${i + 1}`), { teachers: 200, schools: 10, seed, lang: 'zh', encoding: 'utf8' });
    const quiet = spawnSync(process.execPath, [BIN, 'plan', join(root, 'county1'), join(root, 'county2'), '-q', '--jobs', '1'], { encoding: 'utf8' });
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toBe('');
    // Without -o each county's plan is in its own folder, as plan's --help now says.
    for (const c of ['county1', 'county2']) expect(existsSync(join(root, c, 'plan', 'summary.json')), c).toBe(true);
    const help = spawnSync(process.execPath, [BIN, 'plan', '--help'], { encoding: 'utf8' }).stdout;
    expect(help.slice(help.indexOf('-o, --out'), help.indexOf('--policy'))).toMatch(/<folder>\/plan/u);
    // Last year's plan list left in a county's folder is read as locks: a warning, which -q keeps.
    writeFileSync(join(root, 'county2', '上次方案.csv'), readFileSync(join(root, 'county2', 'plan', 'assignments.csv')));
    const warned = spawnSync(process.execPath, [BIN, 'plan', join(root, 'county1'), join(root, 'county2'), '-q', '-o', join(root, 'plans'), '--jobs', '1'], { encoding: 'utf8' });
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stdout).toBe('');
    expect(warned.stderr).toContain('✓ county2');
    expect(warned.stderr).not.toContain('county1');
    expect(warned.stderr).toContain('上次方案.csv');
  }, 60_000);
});
