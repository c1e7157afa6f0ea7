/**
 * `rotate sweep` says what is wrong with its --set: a list meant as a sweep that is not all numbers
 * is named with its value, and a --set of one value is told as fixed, not only that no parameter
 * was swept. A list parameter (subjects.scarce=音乐,体育) is a fixed setting, not a sweep.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../src/cli/sweep-command.js';
import { formatIssues } from '../../src/schema/format-issue.js';

const DATA = join(import.meta.dirname, '../../data');
const INPUTS = ['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(DATA, f));

async function issues(key: string, value: string): Promise<string[]> {
  const r = await runSweep({ inputs: INPUTS, sets: [{ key, value, file: '--set' }] }, () => 0, 2026, 'sweep-usage', () => undefined);
  return r.kind === 'bad-input' ? formatIssues(r.issues) : [];
}

describe('sweep --set mistakes', () => {
  it('names a list that is not all numbers, with its value', async () => {
    expect(await issues('weights.moves', 'a,b')).toEqual(['--set weights.moves: 扫描取值应为用逗号分开的数值（如 0.5,1,2,4）, 实为「a,b」 / the values to sweep must be numbers separated by commas (like 0.5,1,2,4), found "a,b"']);
    expect((await issues('rules.max_outflow_share', '0.1,x'))[0]).toContain('实为「0.1,x」');
  });

  it('shows the whole line for a label swept as a parameter, with every value of its list', async () => {
    const [line] = await issues('调动代价', '1,2');
    expect(line).toContain('参数请写 weights.moves, 即 --set weights.moves=1,2');
    expect(line).toContain('weights.moves: --set weights.moves=1,2 ');
  });

  it('says a comma too many or an extra = in a list to sweep, showing the list meant', async () => {
    for (const typed of ['1,2,', ',1,2', '1,,2', '1，2，']) {
      const [line] = await issues('weights.moves', typed);
      expect(line, typed).toContain('多了逗号, 应为 --set weights.moves=1,2');
      expect(line, typed).toContain('a comma too many: meant --set weights.moves=1,2');
    }
    expect((await issues('weights.moves', '=1,2'))[0]).toContain('an extra = was typed: meant --set weights.moves=1,2');
    expect((await issues('weights.moves', 'a,b,'))[0]).not.toContain('meant');
  });

  it('says the values to sweep are parted by commas, not by ; / or spaces, showing the list meant', async () => {
    for (const typed of ['1;2;4', '1；2；4', '1/2/4', '1 2 4']) {
      const [line] = await issues('weights.moves', typed);
      expect(line, typed).toContain(`实为「${typed}」; 取值用逗号分开, 应为 --set weights.moves=1,2,4`);
      expect(line, typed).toContain('the values are separated by commas: meant --set weights.moves=1,2,4');
    }
    expect((await issues('rules.quota_share', '10% 20%'))[0]).toContain('meant --set rules.quota_share=10%,20%');
    // A list parameter's own separator is no sweep.
    expect((await issues('subjects.scarce', '音乐;体育'))[0]).toContain('只有一个取值的 --set 是固定参数');
  });

  it('shows every value of a swept share typed without its %', async () => {
    const lines = await issues('rules.quota_share', '10,20');
    expect(lines[0]).toContain('meant --set rules.quota_share=10%,20%');
  });

  it('tells a single value as fixed; a list parameter is not taken for a sweep', async () => {
    for (const [key, value] of [['weights.moves', '1'], ['subjects.scarce', '音乐,体育']] as const) {
      expect((await issues(key, value))[0]).toContain('只有一个取值的 --set 是固定参数');
    }
  });
});

describe('sweep: one parameter swept twice', () => {
  it('is refused, naming the parameter, before any plan (the table showed the second list twice and planned neither as labelled)', async () => {
    const r = await runSweep(
      {
        inputs: INPUTS,
        sets: [
          { key: 'weights.moves', value: '1,2', file: '--set' },
          { key: 'weights.moves', value: '8,16', file: '--set' },
        ],
      },
      () => 0,
      2026,
      'sweep-usage',
      () => {
        throw new Error('planned a point');
      },
    );
    expect(r.kind).toBe('bad-input');
    expect(r.kind === 'bad-input' ? formatIssues(r.issues) : []).toEqual([
      '--set weights.moves: 扫描参数给了两次（1,2 和 8,16）, 每个参数只能扫描一次, 取值写在一个逗号列表里, 如 --set weights.moves=1,2,8,16 / the parameter is swept twice (1,2 and 8,16): sweep each parameter once, its values in one comma list, such as --set weights.moves=1,2,8,16',
    ]);
  });
});

describe('sweep: a swept parameter also given as fixed', () => {
  it('is refused, naming both values (one of them was dropped without a word)', async () => {
    const r = await runSweep({ inputs: INPUTS, sets: [{ key: 'weights.moves', value: '4', file: '--set' }, { key: 'weights.moves', value: '1,2', file: '--set' }] }, () => 0, 2026, 'sweep-usage', () => undefined);
    expect(r.kind === 'bad-input' ? formatIssues(r.issues)[0] : '').toContain('扫描参数给了两次（4 和 1,2）');
  });
});

describe('sweep: a yes/no or choice parameter', () => {
  it('sweeps rules.two_way=yes,no (it was told that a --set of one value is fixed)', async () => {
    const seen: Record<string, string>[] = [];
    const r = await runSweep({ inputs: INPUTS, sets: [{ key: 'rules.two_way', value: 'yes,no', file: '--set' }] }, () => 0, 2026, 'sweep-usage', (p) => seen.push(p));
    expect(r.kind === 'bad-input' ? formatIssues(r.issues) : []).toEqual([]);
    expect(seen).toEqual([{ 'rules.two_way': 'yes' }, { 'rules.two_way': 'no' }]);
    if (r.kind === 'swept') expect(r.rows.map((x) => x.status)).toEqual(['planned', 'planned']);
  }, 60_000);

  it('names a value that is not one of the choices', async () => {
    expect(await issues('rules.backbone_share_base', 'movers,所有')).toEqual(['--set rules.backbone_share_base: 应为 movers / eligible 之一, 实为「所有」 / expected one of movers, eligible, found "所有"']);
  });
});

describe('sweep: a value given twice in a list', () => {
  it('is refused, naming it (the same plan was made twice and shown as two rows)', async () => {
    expect(await issues('weights.moves', '1,2,1.0')).toEqual(['--set weights.moves: 扫描取值「1.0」与「1」重复, 每个取值只写一次 / the value "1.0" to sweep repeats "1": give each value once']);
  });
});

describe('sweep: more than two swept parameters', () => {
  it('names the three, and how to keep one fixed (it said only "give one or two swept parameters")', async () => {
    const sets = [
      { key: 'weights.moves', value: '1,2', file: '--set' },
      { key: 'weights.scarce_factor', value: '1,2', file: '--set' },
      { key: 'rules.quota_share', value: '0.1,0.2', file: '--set' },
    ];
    const r = await runSweep({ inputs: INPUTS, sets }, () => 0, 2026, 'sweep-usage', () => undefined);
    expect(r.kind === 'bad-input' ? formatIssues(r.issues) : []).toEqual([
      '--set: 扫描参数有 3 个（weights.moves、weights.scarce_factor、rules.quota_share）, 至多两个: 其余参数只给一个取值（固定）, 如 --set rules.quota_share=0.1 / 3 swept parameters (weights.moves, weights.scarce_factor, rules.quota_share), at most two: give the others one value each (fixed), such as --set rules.quota_share=0.1',
    ]);
  });
});

describe('sweep: the bad-input header', () => {
  it('says that nothing was written, as plan, publish and roster do (it said only 输入有误 / bad input)', () => {
    const bin = join(import.meta.dirname, '../../bin/rotate.js');
    const r = spawnSync(process.execPath, [bin, 'sweep', ...INPUTS, '--set', 'weights.moves=1,2', '--set', 'weights.scarce_factor=1,2', '--set', 'rules.quota_share=0.1,0.2'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('输入有误, 未写入任何文件 / bad input, nothing was written (1):');
    expect(r.stderr).toContain('扫描参数有 3 个（weights.moves、weights.scarce_factor、rules.quota_share）');
  });
});
