import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The import graph of src/: no two files reach each other through imports (no circles, type-only
 * imports included), and nothing in the pure core (domain, rules, model, plan) imports the edges
 * that read, write or print (see README "For developers").
 */

const SRC = join(import.meta.dirname, '..', 'src');

/** Every .ts file under src/, as a path relative to src/ with forward slashes. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

/** Relative imports of a file (static, re-exports and dynamic), resolved to files under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gmu)].map((m) => m[1] ?? '');
  return specs.map((s) => normalize(join(dirname(file), s)).split('\\').join('/').replace(/\.js$/u, '.ts'));
}

/** The graph: file → the files it imports. */
function importGraph(): Map<string, string[]> {
  return new Map(sourceFiles().map((f) => [f, importsOf(f)]));
}

/** The strongly connected components with more than one file (Tarjan): each is an import circle. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/**
 * Circles known and being removed, each commented with who removes it. Empty this list as they go:
 * the test fails on any circle not listed here, and on a listed one that no longer exists.
 */
const ALLOWED_CIRCLES: string[][] = [
  // Empty: plan/explain.ts ↔ plan/stay-notes.ts, the last one, went with the rules registry.
];

/** The top folder of a file (`plan/explain.ts` → `plan`); a file directly in src/ is its own name. */
const layer = (file: string): string => (file.includes('/') ? (file.split('/')[0] ?? '') : file.replace(/\.ts$/u, ''));

const CORE = ['domain', 'rules', 'model', 'plan'];
/** The edges: they read, write or print; the core never imports them. */
const EDGES = ['output', 'plan-folder', 'report', 'review', 'text', 'cli', 'pipeline', 'batch', 'bench', 'app', 'cli', 'exit-codes', 'publish'];

/** For each layer, the layers it must not import. */
const FORBIDDEN: Record<string, readonly string[]> = {
  ...Object.fromEntries(CORE.map((c) => [c, EDGES])),
  solve: EDGES,
  input: EDGES,
  schema: EDGES,
  output: ['review', 'text', 'cli', 'pipeline', 'plan-folder', 'report', 'app'],
  'plan-folder': ['review', 'text', 'cli', 'pipeline', 'app'],
  report: ['review', 'text', 'cli', 'pipeline', 'app'],
  text: ['cli', 'pipeline', 'app'],
  review: ['cli', 'app'],
  pipeline: ['cli', 'review', 'text', 'app'],
  // The published lists are content only: they read plans and write nothing themselves.
  publish: ['review', 'text', 'cli', 'pipeline', 'plan-folder', 'app', 'batch', 'bench'],
};

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('is read: every relative import resolves to a file under src/', () => {
    expect(graph.size).toBeGreaterThan(100);
    const missing = [...graph].flatMap(([f, to]) => to.filter((t) => !graph.has(t)).map((t) => `${f} → ${t}`));
    expect(missing).toEqual([]);
  });

  it('finds a circle when there is one (the check itself works)', () => {
    const toy = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(circles(toy)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('has no import circles (but the commented allow-list, which must not outlive its circles)', () => {
    const key = (c: readonly string[]): string => [...c].sort().join(' ↔ ');
    const allowed = new Set(ALLOWED_CIRCLES.map(key));
    const found = circles(graph).map(key);
    expect(found.filter((c) => !allowed.has(c))).toEqual([]);
    expect([...allowed].filter((c) => !found.includes(c)), 'a circle on the allow-list is gone: remove it from ALLOWED_CIRCLES').toEqual([]);
  });

  it('runs downstream: nothing in the core imports an edge, and no edge imports one above it', () => {
    const upward = [...graph].flatMap(([f, to]) => to.filter((t) => (FORBIDDEN[layer(f)] ?? []).includes(layer(t))).map((t) => `${f} → ${t}`));
    expect(upward).toEqual([]);
  });
});
