import { join } from 'node:path';
import { resolvePolicy } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import type { County } from '../../src/domain/types.js';
import { buildContext, type ModelContext } from '../../src/model/context.js';
import { loadCounty } from '../../src/schema/load-county.js';
import { readdirSync } from 'node:fs';

export const SMALL = join(import.meta.dirname, '../fixtures/golden/small');
export const csvsIn = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.csv')).sort().map((f) => join(dir, f));

/** The small golden county, read as the CLI reads it. */
export async function smallCounty(): Promise<County> {
  const r = await loadCounty(csvsIn(SMALL));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

export function ctxOf(c: County, sets: Record<string, string> = {}, baseline: ReadonlyMap<string, string> = new Map()): ModelContext {
  const p = resolvePolicy(Object.entries(sets).map(([key, value]) => ({ key, value, file: 'test' })), 2026, subjectKey);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return buildContext(c, p.value, baseline);
}
