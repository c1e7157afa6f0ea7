import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/domain/parameters.js';
import { HARD_RULES, RULES, TERMS } from '../../src/rules/registry.js';

const ROOT = join(import.meta.dirname, '../..');
const RULES_DIR = join(ROOT, 'src/rules');
/** Files of src/rules that hold no rule: the interface, the registry and what rules share. */
const SUPPORT = ['allows-move.ts', 'book.ts', 'caps.ts', 'check-result.ts', 'facts.ts', 'free-to-leave.ts', 'in-rotation.ts', 'indicator-arrival.ts', 'indicator-book.ts', 'indicator-curve.ts', 'indicator-term.ts', 'indicator-rows.ts', 'indicator-sections.ts', 'indicator-shift.ts', 'lock-arrivals.ts', 'move-bars.ts', 'parameter-labels.ts', 'rebook.ts', 'registry.ts', 'rule.ts', 'supply.ts', 'term-labels.ts'];
const fileOf = (name: string): string => `${name.replace(/_/g, '-')}.ts`;
const names = RULES.map((r) => r.name);

/**
 * In the manner of typescript-eslint's docs test: the registry, the rule files, `rotate policy`,
 * README's list of rules and summary.json's list carry the same names.
 */
describe('the rules registry', () => {
  it('names every rule once, hard rules first, then the soft terms', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(RULES).toEqual([...HARD_RULES, ...TERMS]);
    for (const r of HARD_RULES) expect(r.kind, r.name).toBe('hard');
    for (const t of TERMS) expect(t.kind, t.name).toBe('soft');
  });

  it('has one file per rule, named after it, exporting it; and no rule file outside the registry', async () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts'));
    const ruleFiles = files.filter((f) => !SUPPORT.includes(f)).sort();
    expect(ruleFiles).toEqual(names.map(fileOf).sort());
    for (const r of RULES) {
      const mod = (await import(join(RULES_DIR, fileOf(r.name)))) as Record<string, unknown>;
      expect(Object.values(mod), `${fileOf(r.name)} exports ${r.name}`).toContain(r);
    }
  });

  it('says in both languages what each rule is, and a relaxable rule names a parameter of the policy table that loosens it', () => {
    const params = new Set<string>(PARAMETERS.map((p) => p.name));
    for (const r of RULES) {
      expect(r.zh.length, r.name).toBeGreaterThan(0);
      expect(r.en.length, r.name).toBeGreaterThan(0);
    }
    for (const r of HARD_RULES) {
      if (r.loosen) expect(params.has(r.loosen.param), r.loosen.param).toBe(true);
      if (r.relaxable) expect(r.loosen, `${r.name} is relaxable: which parameter loosens it?`).toBeDefined();
    }
  });

  it('is what README lists under "The rules"', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### The rules'));
    const body = section.slice(0, section.indexOf('\n#', 5));
    const listed = [...body.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(names);
  });

  it('is what summary.json and rotate policy list', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rotate-registry-')), 'plan');
    const data = join(ROOT, 'test/fixtures/golden/small');
    const inputs = readdirSync(data).map((f) => join(data, f));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'plan', ...inputs, '-o', out, '-q', '--set', 'plan.year=2026'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { rules: { rule: string }[]; objective: { families: { name: string }[]; terms: Record<string, number> } };
    expect(summary.objective.families.map((f) => f.name)).toEqual(names);
    expect(summary.rules.map((c) => c.rule)).toEqual(HARD_RULES.map((h) => h.name));
    for (const k of Object.keys(summary.objective.terms)) expect(TERMS.map((t) => t.name)).toContain(k);
    const policy = spawnSync(process.execPath, [join(ROOT, 'bin/rotate.js'), 'policy'], { encoding: 'utf8' });
    expect(policy.status, policy.stderr).toBe(0);
    const listedRules = [...policy.stdout.matchAll(/^ {2}([a-z_]+) {2,}/gm)].map((m) => m[1]).filter((n) => n !== undefined && new Set<string>(names).has(n));
    expect(listedRules).toEqual(names);
  });
});
