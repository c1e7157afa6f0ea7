/**
 * Nothing lost: `rotate plan` killed with SIGKILL at random moments over an existing plan. After
 * the recovery every run starts with, the folder holds exactly the old plan or exactly the new
 * one (every file, byte for byte, and nothing else), and the next run writes over it normally.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverFolder } from '../../src/output/write-folder.js';

const BIN = join(import.meta.dirname, '../../bin/rotate.js');
const BASE = 'test/fixtures/adversarial/_base';
const INPUTS = ['base-schools.csv', 'base-teachers.csv', 'base-posts.csv'].map((f) => join(BASE, f));
// A plan that differs from the default one (4 moves instead of 10), so that a mix of the two would show.
const NEW_PLAN = ['--set', 'weights.moves=30'];
const RUNS = 24;

/** A small seeded generator (mulberry32): the same kill times on every run of the test. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every file of a folder (hidden ones too) with its bytes in hex. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f)).toString('hex')]));
}

function plan(out: string, extra: string[] = []) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'plan', ...INPUTS, '-o', out, '-q', ...extra], { encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, ms: performance.now() - t };
}

/**
 * Spawns a plan run and kills it with SIGKILL `delay` ms after it starts or, with `whileWriting`,
 * `delay` ms after its temporary folder appears beside the plan (the files are being written
 * and swapped then: a window of a few milliseconds a timer alone rarely hits).
 */
function planKilledAfter(out: string, delay: number, whileWriting: boolean): Promise<'killed' | 'finished'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'plan', ...INPUTS, '-o', out, '-q', ...NEW_PLAN], { stdio: 'ignore' });
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      timer = setTimeout(() => child.kill('SIGKILL'), delay);
    };
    const watcher = whileWriting
      ? watch(join(out, '..'), (_event, name) => {
          if (timer === undefined && String(name).startsWith('.plan.new-')) kill();
        })
      : undefined;
    if (!whileWriting) kill();
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      resolve(signal === 'SIGKILL' ? 'killed' : 'finished');
    });
  });
}

describe('a plan run killed at any moment', () => {
  it('leaves exactly the old plan or exactly the new one, never a mix, and the next run goes on', { timeout: 240_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'rotate-kill-'));
    const pristine = join(root, 'old');
    expect(plan(pristine).code).toBe(0);
    const oldPlan = snapshot(pristine);
    const fresh = plan(join(root, 'new'), NEW_PLAN);
    expect(fresh.code).toBe(0);
    const newPlan = snapshot(join(root, 'new'));
    expect(newPlan['assignments.csv']).not.toBe(oldPlan['assignments.csv']);
    const duration = fresh.ms;

    const next = random(20261122);
    const out = join(root, 'plan');
    const seen = { old: 0, new: 0, killed: 0 };
    for (let i = 0; i < RUNS; i++) {
      rmSync(out, { recursive: true, force: true });
      cpSync(pristine, out, { recursive: true });
      // Half the kills anywhere in a run, half while the files are written and swapped.
      const whileWriting = i % 2 === 1;
      const delay = whileWriting ? next() * 16 : next() * duration * 1.1;
      if ((await planKilledAfter(out, delay, whileWriting)) === 'killed') seen.killed++;
      await recoverFolder(out);
      // The killed run's lock stays (its process is gone: the next run finds it stale and takes it).
      expect(readdirSync(root).filter((f) => f.startsWith('.plan.') && f !== '.plan.lock'), 'left beside the plan').toEqual([]);
      const now = snapshot(out);
      const state = JSON.stringify(now) === JSON.stringify(oldPlan) ? 'old' : JSON.stringify(now) === JSON.stringify(newPlan) ? 'new' : 'mixed';
      expect(state, `run ${i}, killed after ${delay.toFixed(0)} ms${whileWriting ? ' of writing' : ''}`).not.toBe('mixed');
      seen[state as 'old' | 'new']++;
      if (i % 6 === 5) {
        // The next run, with its own recovery and edit check (and a stale lock taken over), simply replaces it.
        const again = plan(out, NEW_PLAN);
        expect(again.code, again.stderr).toBe(0);
        expect(snapshot(out)).toEqual(newPlan);
        expect(readdirSync(root).filter((f) => f.startsWith('.plan.')), 'left after the next run').toEqual([]);
      }
    }
    expect(seen.old + seen.new).toBe(RUNS);
    expect(seen.killed).toBeGreaterThan(0);
  });
});
