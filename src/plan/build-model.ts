import { buildColumns, type Columns } from '../model/columns.js';
import type { ModelContext } from '../model/context.js';
import { addFlowRows } from '../model/flow-rows.js';
import type { BuildOptions } from '../model/hard-row.js';
import { LpBuilder, type Lp } from '../model/lp.js';
import { moveClasses } from '../rules/allows-move.js';
import { RULES } from '../rules/registry.js';

export interface Model {
  lp: Lp;
  cols: Columns;
}

/** The counting model: columns and flows between the classes the move rules allow, then each rule's rows in registry order. */
export function buildModel(ctx: ModelContext, opts: BuildOptions): Model {
  const b = new LpBuilder();
  const cols = buildColumns(ctx, b, moveClasses(ctx.schools, ctx));
  addFlowRows(cols, b);
  for (const r of RULES) if (!opts.omit?.has(r.name)) r.build?.(ctx, cols, b, opts);
  return { lp: b.build(), cols };
}
