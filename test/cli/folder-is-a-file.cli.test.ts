/**
 * `rotate init` and `rotate generate` given a folder that is a file (or lies under one): a mistake
 * on the command line, told in one bilingual line, exit 2, nothing written; it was an internal
 * error (exit 1, EEXIST) or an environment error (exit 5, ENOTDIR).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

function rotate(args: string[], cwd: string): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stderr: r.stderr };
}

describe('init and generate on a file', () => {
  it('say the path is a file, exit 2 and write nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotate-file-dir-'));
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    const cases: [string[], string][] = [
      [['init', 'notes.txt'], 'notes.txt 是一个文件而不是文件夹, 未写入任何文件; 请另选文件夹 / notes.txt is a file, not a folder; nothing was written: choose another folder'],
      [['generate', 'notes.txt'], 'notes.txt 是一个文件而不是文件夹, 未写入任何文件; 请另选文件夹 / notes.txt is a file, not a folder; nothing was written: choose another folder'],
      [['init', 'notes.txt/县数据'], 'notes.txt/县数据 中的 notes.txt 是一个文件而不是文件夹, 未写入任何文件; 请另选文件夹 / notes.txt, in notes.txt/县数据, is a file, not a folder; nothing was written: choose another folder'],
      [['generate', 'notes.txt/county'], 'notes.txt/county 中的 notes.txt 是一个文件而不是文件夹, 未写入任何文件; 请另选文件夹 / notes.txt, in notes.txt/county, is a file, not a folder; nothing was written: choose another folder'],
    ];
    for (const [args, line] of cases) {
      const r = rotate(args, dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toEqual([line]);
    }
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine\n');
  });
});
