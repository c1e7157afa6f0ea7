import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SMALL = join(ROOT, 'test/fixtures/golden/small');
const EXPECTED = join(ROOT, 'test/fixtures/golden/small-expected');

describe('golden scenario: the small county', () => {
  it('plans exactly the plan checked by hand (see small-expected/README.md)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-golden-')), 'plan');
    const inputs = readdirSync(SMALL).map((f) => join(SMALL, f));
    // Checked by hand with its five teachers who retire by the cut-off date counted as staff (born 1970 and 1971, birth years alone).
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'plan', ...inputs, '-o', out, '-q', '--set', 'plan.year=2026', '--set', 'eligibility.retirees_leave=no'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['assignments.csv', 'schools.csv']) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(EXPECTED, f), 'utf8'));
  });
});
