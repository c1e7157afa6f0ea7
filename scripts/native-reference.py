"""The benchmark's native reference (npm run bench): reads a county's CSV files the way a plain
program would (decode, parse every row) and solves rotate's exported model (--export-model, CPLEX
LP format) with native HiGHS (highspy) the way rotate does (src/solve/highs.ts), to 0.1% of the
bound: the LP relaxation; if its integer columns are not all whole, the whole ones fixed and HiGHS
branching on the rest (if they have no whole values so, on them and the integer columns of their
rows; if still none, on the whole model); if that plan is not within 0.1% of the LP bound, branch and cut on the whole
model from it, to 0.1%, within 200 nodes. (Branch and cut on the whole model from scratch, which
this reference did before, took 4.7 s on the 12,000-teacher county's model with an epigraph row per
segment of the 优质均衡 curves and 37.6 s once they became bounded columns, while its LP relaxation
went 2.4 → 1.2 s: a reference must take the same road as rotate to say what rotate's own overhead is.)
It sets HiGHS's options as rotate does: the simplex prices row-wise, a model of 5,000 to 12,000 rows
is scaled by max value, and a model of 12,000 rows or more gets its LP relaxation from the interior
point method (src/solve/highs.ts, PRICE_STRATEGY, MAX_VALUE_SCALING_ROWS and INTERIOR_ROWS).
Prints one JSON line: seconds (whole process from start), objective, bound, status.

    python3 scripts/native-reference.py COUNTY_DIR MODEL.lp
"""
import csv
import json
import os
import sys
import time

START = time.perf_counter()

import highspy  # noqa: E402  (imported after the clock starts: its load is part of the run)

GAP = 0.001
NODES = 200
INTERIOR_ROWS = 12_000
MAX_VALUE_SCALING_ROWS = 5_000


def read_csv_files(folder):
    rows = 0
    for name in sorted(os.listdir(folder)):
        if name.endswith('.csv'):
            with open(os.path.join(folder, name), encoding='utf-8-sig', newline='') as f:
                rows += sum(1 for _ in csv.reader(f))
    return rows


def offset_of(model):
    """The objective's constant part, which rotate writes as comments at the top of the LP file (gaps are relative to the whole objective)."""
    total = 0.0
    with open(model, encoding='utf-8') as f:
        for line in f:
            if not line.startswith('\\'):
                break
            if line.startswith('\\ constant of term'):
                total += float(line.split(':', 1)[1].split('(')[0])
    return total


def solve(h, lp, integer, lower, upper, start=None, gap=1e-6, nodes=None, interior=False):
    """One run on the model with these integrality markers and column bounds (an LP by the interior point method if `interior`); the column values and objective."""
    lp.integrality_ = integer
    lp.col_lower_ = lower
    lp.col_upper_ = upper
    h.clearModel()
    h.passModel(lp)
    h.setOptionValue('mip_rel_gap', gap)
    h.setOptionValue('mip_max_nodes', nodes if nodes is not None else 2**31 - 1)
    h.setOptionValue('solver', 'ipm' if interior else 'choose')
    if start is not None:
        sol = highspy.HighsSolution()
        sol.col_value = start
        h.setSolution(sol)
    h.run()
    return list(h.getSolution().col_value), h.getInfo().objective_function_value


def neighbourhood(lp, is_int, frac, limit=60):
    """The integer columns of the fractional ones' rows (rows of at most `limit` entries), the fractional ones included: rotate's neighbourhood (src/solve/highs.ts)."""
    a = lp.a_matrix_
    if a.format_ != highspy.MatrixFormat.kColwise:
        raise SystemExit('expected a column-wise matrix from readModel')
    start, index = list(a.start_), list(a.index_)
    length = [0] * lp.num_row_
    for r in index:
        length[r] += 1
    touched = {r for j in frac for r in index[start[j]:start[j + 1]] if length[r] <= limit}
    free = set(frac)
    for j in range(lp.num_col_):
        if is_int[j] and any(r in touched for r in index[start[j]:start[j + 1]]):
            free.add(j)
    return free


def main():
    folder, model = sys.argv[1], sys.argv[2]
    rows = read_csv_files(folder)
    h = highspy.Highs()
    h.setOptionValue('output_flag', False)
    h.setOptionValue('random_seed', 1)
    h.setOptionValue('simplex_price_strategy', 1)
    h.readModel(model)
    lp = h.getLp()
    if MAX_VALUE_SCALING_ROWS <= lp.num_row_ < INTERIOR_ROWS:
        h.setOptionValue('simplex_scale_strategy', 4)
    kinds = list(lp.integrality_)
    n = lp.num_col_
    is_int = [i < len(kinds) and kinds[i] == highspy.HighsVarType.kInteger for i in range(n)]
    cont = [highspy.HighsVarType.kContinuous] * n
    lower, upper = list(lp.col_lower_), list(lp.col_upper_)
    x, bound = solve(h, lp, cont, lower, upper, interior=lp.num_row_ >= INTERIOR_ROWS)
    frac = [i for i in range(n) if is_int[i] and abs(x[i] - round(x[i])) > 1e-6]
    relaxed = x
    objective = bound
    if frac:
        def fixed_outside(free):
            """Column bounds with the integer columns not in `free` fixed at their whole LP-relaxation values (rotate's fixedOutside)."""
            fl, fu = list(lower), list(upper)
            for i in range(n):
                if is_int[i] and i not in free:
                    fl[i] = fu[i] = round(relaxed[i])
            return fl, fu
        x, objective = solve(h, lp, kinds, *fixed_outside(set(frac)))
        if h.getModelStatus() == highspy.HighsModelStatus.kInfeasible:
            # As rotate does: the fractional columns' neighbours are freed with them.
            x, objective = solve(h, lp, kinds, *fixed_outside(neighbourhood(lp, is_int, frac)))
        if h.getModelStatus() == highspy.HighsModelStatus.kInfeasible:
            x, objective = solve(h, lp, kinds, lower, upper)
        whole = max(1, abs(objective + offset_of(model)))
        if objective - bound > GAP * whole:
            x, objective = solve(h, lp, kinds, lower, upper, start=x, gap=GAP * whole / max(1, abs(objective)), nodes=NODES)
    print(json.dumps({
        'seconds': time.perf_counter() - START,
        'rows_read': rows,
        'status': h.modelStatusToString(h.getModelStatus()),
        'objective': objective,
        'bound': bound,
        'fractional': len(frac),
    }))


main()
