#!/usr/bin/env python3
"""Prints run.py's table for runs already recorded: python3 bench/summarize.py bench/results/A.jsonl [B.jsonl ...]

Rows of several files are pooled (medians over all their repetitions); rows run with other JVM options
(`javaOpts`) or tagged (JFR profiles) are left out.
"""
import json
import sys
import types

import run

rows = []
for path in sys.argv[1:]:
    with open(path) as f:
        rows += [json.loads(line) for line in f if line.strip()]
rows = [r for r in rows if "javaOpts" not in r and "tag" not in r]
cases = [c for c in run.CASES if any(r["case"] == c for r in rows)]
bench = run.Bench.__new__(run.Bench)
bench.rows = rows
bench.results_path = ", ".join(sys.argv[1:])
bench.args = types.SimpleNamespace(repeat=max(sum(1 for r in rows if r["case"] == c and r["receiver"] == "ours")
                                              for c in cases))
bench.table(cases)
