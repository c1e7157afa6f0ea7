/**
 * A path that names nothing is answered with what was meant: slashes for backslashes, the name
 * with its extension, or the one path the shell cut at its spaces.
 */
import { describe, expect, it } from 'vitest';
import { meantPath, spacedPathText, spacedPaths } from '../../src/input/meant-path.js';

const on = (...paths: string[]) => (p: string) => paths.includes(p);

describe('meantPath', () => {
  it('says to type / for \\, naming the path when it exists', () => {
    expect(meantPath('data\\学校.csv', on('data/学校.csv'))).toEqual({ zh: '路径用 / 分隔, 不用 \\: 请写 data/学校.csv', en: 'folders in a path are separated by /, not \\: type data/学校.csv' });
    expect(meantPath('C:\\县\\学校.csv', on())?.en).toBe('folders in a path are separated by /, not \\');
  });

  it('names the file the name without its extension is', () => {
    expect(meantPath('data/岗位', on('data/岗位.xlsx'))?.zh).toBe('是否指 data/岗位.xlsx？');
    expect(meantPath('data/岗位', on())).toBeNull();
  });
});

describe('spacedPaths', () => {
  it('finds the runs of arguments that name nothing and joined with spaces name one path', () => {
    const exists = on('my county/学校 2026.csv', 'a b', 'data/教师.csv');
    const runs = spacedPaths(['my', 'county/学校', '2026.csv', 'data/教师.csv', 'a', 'b', 'c'], exists);
    expect(runs).toEqual([
      { from: 0, count: 3, path: 'my county/学校 2026.csv' },
      { from: 4, count: 2, path: 'a b' },
    ]);
    expect(spacedPathText(runs[0]!).en).toBe('the path holds spaces and was cut into 3 arguments; put it in quotes: "my county/学校 2026.csv"');
    // An argument that names something is no part of a run.
    expect(spacedPaths(['data/教师.csv', 'x'], on('data/教师.csv x', 'data/教师.csv'))).toEqual([]);
  });
});
