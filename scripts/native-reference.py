"""The benchmark's native reference (npm run bench): reads a county's CSV files the way a plain
program would (decode, parse every row) and solves rotate's exported model (--export-model, CPLEX
LP format) with native HiGHS (highspy) to 0.1% of the bound, the same target rotate plans to.
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


def read_csv_files(folder):
    rows = 0
    for name in sorted(os.listdir(folder)):
        if name.endswith('.csv'):
            with open(os.path.join(folder, name), encoding='utf-8-sig', newline='') as f:
                rows += sum(1 for _ in csv.reader(f))
    return rows


def main():
    folder, model = sys.argv[1], sys.argv[2]
    rows = read_csv_files(folder)
    h = highspy.Highs()
    h.setOptionValue('output_flag', False)
    h.setOptionValue('mip_rel_gap', 0.001)
    h.setOptionValue('random_seed', 1)
    h.readModel(model)
    h.run()
    info = h.getInfo()
    print(json.dumps({
        'seconds': time.perf_counter() - START,
        'rows_read': rows,
        'status': h.modelStatusToString(h.getModelStatus()),
        'objective': info.objective_function_value,
        'bound': info.mip_dual_bound,
    }))


main()
