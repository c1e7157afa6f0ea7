import { buildColumns, type Columns } from './columns.js';
import type { ModelContext } from './context.js';
import type { BuildOptions } from './family.js';
import { LpBuilder, type Lp } from './lp.js';
import { FAMILIES } from './registry.js';

export interface Model {
  lp: Lp;
  cols: Columns;
}

/** The counting model: columns first, then each family's rows in registry order. */
export function buildModel(ctx: ModelContext, opts: BuildOptions): Model {
  const b = new LpBuilder();
  const cols = buildColumns(ctx, b);
  for (const f of FAMILIES) if (!opts.omit?.has(f.name)) f.build(ctx, cols, b, opts);
  return { lp: b.build(), cols };
}
