import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('schools that share a name', () => {
  it('are told apart by their code in the terminal summary, and town schools are labelled as such', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-names-'));
    for (const f of readdirSync(join(ROOT, 'data'))) {
      let text = readFileSync(join(ROOT, 'data', f), 'utf8');
      // Two of the shortest schools get one name, as happens in real counties (西坝中心中学 twice).
      if (f === '学校.csv') text = text.replace('杨郢乡张营学校', '桥头镇大熊屯学校');
      writeFileSync(join(dir, f), text);
    }
    const inputs = readdirSync(dir).map((f) => join(dir, f));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'plan', ...inputs, '-o', join(dir, 'plan'), '--set', 'plan.year=2026'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.includes('桥头镇大熊屯学校'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/桥头镇大熊屯学校（3411220\d\d）/);
    expect(r.stdout).toMatch(/刘集镇九年一贯制学校\s+镇区、薄弱/);
  }, 60_000);
});
