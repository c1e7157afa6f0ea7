import { describe, expect, it } from 'vitest';
import { benchArgs } from '../../src/bench/bench-args.js';

const SIZES = ['300', '3000', '12000', '80000'];

describe('the benchmark reads its command line before any work', () => {
  it('runs every size three times with the automatic solver when given nothing', () => {
    expect(benchArgs([], SIZES)).toEqual({ kind: 'run', args: { runs: 3, sizes: SIZES, solver: 'auto', sets: [] } });
  });

  it('takes runs, sizes, the solver and repeated policy settings', () => {
    expect(benchArgs(['--runs', '5', '--sizes', '300,12000', '--solver', 'highs', '--set', 'rules.cv_ceiling=no', '--set', 'weights.indicator_spread=0'], SIZES)).toEqual({
      kind: 'run',
      args: { runs: 5, sizes: ['300', '12000'], solver: 'highs', sets: ['rules.cv_ceiling=no', 'weights.indicator_spread=0'] },
    });
  });

  it('answers --help with what it takes, naming the sizes it knows', () => {
    const c = benchArgs(['--sizes', '300', '--help'], SIZES);
    expect(c.kind).toBe('help');
    if (c.kind === 'help') expect(c.text).toContain('--sizes S,…     county sizes in teachers, of 300, 3000, 12000, 80000');
  });

  it.each([
    [['--sizes', '12k'], 'unknown size "12k": the sizes are 300, 3000, 12000, 80000'],
    [['--runs', '0'], '--runs takes a whole number of at least 1, not "0"'],
    [['--runs'], '--runs needs a value'],
    [['--solver', 'glpk'], '--solver takes auto, highs or jslp, not "glpk"'],
    [['--set', 'rules.cv_ceiling'], '--set takes name=value, not "rules.cv_ceiling"'],
    [['--runz', '3'], 'unknown argument "--runz"'],
  ])('refuses %j, saying why', (argv, message) => {
    const c = benchArgs(argv, SIZES);
    expect(c.kind).toBe('bad');
    if (c.kind === 'bad') expect(c.message.split('\n')[0]).toBe(message);
  });
});
