import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PolicySetting } from '../../src/domain/policy.js';
import { runPublish } from '../../src/pipeline/run-publish.js';
import { inputsOf, planCounty, publish, sampleCounty, tempDir } from './helpers.js';

const sets: PolicySetting[] = [{ key: 'plan.year', value: '2026', file: '--set' }];

describe('rotate publish into a folder that holds the lists of the other moment', () => {
  it('does not replace the eligible lists with the moves (or back) unless --force: one -o for both would lose the lists published first', async () => {
    const county = sampleCounty();
    const plan = await planCounty(county);
    const out = join(tempDir('rotate-other-moment-'), '公示');
    const first = await publish(inputsOf(county), out);
    expect(first.kind).toBe('written');
    const before = readFileSync(join(out, 'eligible.xlsx'));
    const again = await publish([plan], out);
    if (again.kind !== 'bad-input') throw new Error(again.kind);
    expect(again.issues.map((i) => `${i.zh} / ${i.en}`)).toEqual([
      `输出文件夹 ${out} 中是规划前的公示名册（eligible.xlsx）, 不能用规划后的拟交流人员名单替换，未覆盖；请用 -o 另选文件夹，或加 --force 覆盖 / the output folder ${out} holds the lists published before planning (eligible.xlsx), not the moves; nothing was replaced: choose another folder with -o, or add --force to replace it`,
    ]);
    expect(readFileSync(join(out, 'eligible.xlsx'))).toEqual(before);
    expect(readdirSync(out)).not.toContain('moves.xlsx');
    // The same moment again replaces its own lists, as before, and says so; --force replaces the other's.
    expect(first.kind === 'written' && first.published.replaced).toBe(false);
    const same = await publish(inputsOf(county), out, { 'publish.start': '2026-06-01' });
    expect(same.kind === 'written' && same.published.replaced).toBe(true);
    const forced = await runPublish({ args: [plan], outDir: out, sets, force: true }, { currentYear: 2026, tag: `om${process.pid}` });
    expect(forced.kind === 'written' && forced.published.replaced).toBe(true);
    expect(readdirSync(out)).toContain('moves.xlsx');
    expect(readdirSync(out)).not.toContain('eligible.xlsx');
  });

  it('refuses a plan folder given with other files (an objections file beside it), saying to give the folder alone', async () => {
    const county = sampleCounty();
    const plan = await planCounty(county);
    const out = join(tempDir('rotate-plan-and-files-'), 'moves');
    const r = await publish([plan, inputsOf(county)[0] ?? ''], out);
    if (r.kind !== 'bad-input') throw new Error(r.kind);
    expect(r.issues.map((i) => `${i.file}: ${i.zh} / ${i.en}`)).toEqual([
      `${plan}: 这是 rotate plan 写出的方案文件夹: 规划后公示只给这一个文件夹（rotate publish ${plan}）; 异议文件应在 rotate plan 时与县文件一起给出, 再公示新方案 / this is a plan folder written by rotate plan: after planning, give that folder alone (rotate publish ${plan}); an objections file goes to rotate plan with the county's files, and the new plan is published`,
    ]);
  });
});
