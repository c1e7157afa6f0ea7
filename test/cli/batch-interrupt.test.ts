/**
 * Ctrl-C in the middle of a batch. The batch ended at once, without a word, while the county being
 * planned went on in its own process and wrote its plan after the batch was gone (a signal sent to
 * the batch alone, as a job runner's stop does). Now no county starts after the signal, the running
 * ones get it and write nothing, and the batch says what was written, exit 130.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../src/generate/write-county.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');

describe('a batch stopped by Ctrl-C', () => {
  it('starts no county after the signal, stops the running one, and says what was written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-batch-int-'));
    await runGenerate(join(root, 'in', 'c1'), { teachers: 150, schools: 8, seed: 1, lang: 'zh', encoding: 'utf8' });
    await runGenerate(join(root, 'in', 'c2'), { teachers: 1500, schools: 50, seed: 2, lang: 'zh', encoding: 'utf8' });
    await runGenerate(join(root, 'in', 'c3'), { teachers: 150, schools: 8, seed: 3, lang: 'zh', encoding: 'utf8' });
    const plans = join(root, 'plans');
    const child = spawn(process.execPath, [BIN, 'plan', ...['c1', 'c2', 'c3'].map((c) => join(root, 'in', c)), '-j', '1', '-o', plans], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    const first = new Promise<void>((resolve) =>
      child.stderr.setEncoding('utf8').on('data', (s: string) => {
        stderr += s;
        if (stderr.includes('✓ c1')) resolve();
      }),
    );
    const closed = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    await first;
    child.kill('SIGINT');
    const end = await closed;
    expect(end, stderr).toEqual({ code: 130, signal: null });
    expect(stderr).toContain('已中断（SIGINT）: 1 个县已规划并写入, 其余 2 个县未写入');
    expect(stderr).toMatch(/✗ \(130\) c2 .* 已中断 \/ interrupted/u);
    expect(stdout).toMatch(/c3 +· 未开始 /u);
    expect(stdout).toContain('未开始 = not started');
    // Time for a county left running to finish: none does.
    await sleep(8000);
    expect(existsSync(join(plans, 'c1', 'summary.json'))).toBe(true);
    expect(existsSync(join(plans, 'c2', 'summary.json'))).toBe(false);
    expect(existsSync(join(plans, 'c3'))).toBe(false);
  }, 60_000);
});
