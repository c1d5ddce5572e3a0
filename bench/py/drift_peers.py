"""The Python side of bench/check-drift.mjs, run with the drift venv's Python
(bash scripts/py-env.sh drift --python).

usage:
  drift_peers.py generate OUT --rows N --cols C --seed S
      writes OUT/reference.csv and OUT/current.csv (N rows each, header, no nulls) and, last,
      OUT/.complete; 80% numerical columns (a third drifted in mean, a third in variance, the rest
      unchanged; floats rounded to 4 decimals), 20% categorical (8-12 word categories; every other
      one gets a new category in current, the rest shift their shares a little or not at all)
  drift_peers.py evidently REF CUR
      Evidently 0.7.23's classic Report(metrics=[DataDriftPreset()]) (evidently.legacy), defaults,
      on pandas.read_csv of both files, as test/drift/py/evidently_drift.py runs it
  drift_peers.py scipy REF CUR
      pandas.read_csv, then per column the test Evidently picks above 1000 reference rows:
      scipy.stats.wasserstein_distance / max(std(reference), 0.001) for numerical columns with more
      than 5 distinct values, scipy.spatial.distance.jensenshannon on value shares otherwise;
      threshold 0.1 (drift when >= 0.1), dataset drift when >= 0.5 of the columns drifted
evidently and scipy print one JSON object on the last stdout line:
  {"seconds", "import_seconds", "max_rss_mb", "dataset_drift", "columns": {name: score},
   "drifted": {name: bool}, "tests": {name: test}}
seconds runs from before the first read_csv to after the last test (Python start-up and imports
excluded); import_seconds is the time of the imports alone (in this process, after start-up);
max_rss_mb is resource.getrusage(RUSAGE_SELF).ru_maxrss of this process.
"""

import json
import math
import os
import resource
import sys
import time

T_START = time.perf_counter()

# Evidently's own telemetry (evidently/telemetry.py) and iterative_telemetry honour these.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("ITERATIVE_DO_NOT_TRACK", "1")

WORDS = [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
    "kilo", "lima", "mike", "november",
]


def die(message):
    print(f"drift_peers: {message}", file=sys.stderr)
    sys.exit(1)


def max_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def number(value):
    value = float(value)
    return None if math.isnan(value) or math.isinf(value) else value


def generate(out, rows, cols, seed):
    import numpy as np
    import pyarrow as pa
    import pyarrow.csv as pacsv

    rng = np.random.default_rng(seed)
    n_num = round(cols * 0.8)
    n_cat = cols - n_num
    ref, cur = {}, {}
    for i in range(n_num):
        kind = ("mean", "var", "same")[i % 3]
        mean, sd = rng.uniform(-50, 50), rng.uniform(0.5, 20)
        # shifts from barely visible to plain (normed Wasserstein ~ 0.02 .. 0.4)
        shift = rng.uniform(0.02, 0.4) * sd if kind == "mean" else 0.0
        scale = rng.uniform(1.05, 1.8) if kind == "var" else 1.0
        name = f"num_{kind}_{i:02d}"
        ref[name] = np.round(rng.normal(mean, sd, rows), 4)
        cur[name] = np.round(rng.normal(mean + shift, sd * scale, rows), 4)
    for j in range(n_cat):
        k = int(rng.integers(8, 13))
        values = np.array([f"{w}_{j}" for w in WORDS[:k]] + [f"new_{j}"])
        p = rng.dirichlet(np.full(k, 2.0))
        if j % 2 == 0:
            kind = "new"
            share = rng.uniform(0.01, 0.15)
            q = np.append(p * (1 - share), share)
        else:
            kind = "shift" if j % 4 == 1 else "same"
            q = p if kind == "same" else rng.dirichlet(p * 200)
            q = np.append(q, 0.0)
        name = f"cat_{kind}_{j:02d}"
        ref[name] = values[rng.choice(k, rows, p=p)]
        cur[name] = values[rng.choice(k + 1, rows, p=q / q.sum())]
    os.makedirs(out, exist_ok=True)
    # pyarrow quotes the header whatever quoting_style says: write it plainly, then the rows.
    options = pacsv.WriteOptions(quoting_style="none", include_header=False)
    for file, data in (("reference.csv", ref), ("current.csv", cur)):
        with open(os.path.join(out, file + ".tmp"), "wb") as f:
            f.write((",".join(data) + "\n").encode())
            pacsv.write_csv(pa.table(data), f, write_options=options)
        os.replace(os.path.join(out, file + ".tmp"), os.path.join(out, file))
    open(os.path.join(out, ".complete"), "w").close()
    return {"rows": rows, "cols": cols, "numerical": n_num, "categorical": n_cat}


def evidently(ref_path, cur_path):
    import warnings

    import pandas as pd
    from evidently.legacy.metric_preset import DataDriftPreset
    from evidently.legacy.report import Report

    t_imported = time.perf_counter()
    reference = pd.read_csv(ref_path)
    current = pd.read_csv(cur_path)
    report = Report(metrics=[DataDriftPreset()])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report.run(reference_data=reference, current_data=current, column_mapping=None)
        results = report.as_dict()["metrics"]
    seconds = time.perf_counter() - t_imported
    table = results[1]["result"]["drift_by_columns"]  # DataDriftTable
    return {
        "seconds": seconds,
        "import_seconds": t_imported - T_START,
        "max_rss_mb": max_rss_mb(),
        "dataset_drift": bool(results[0]["result"]["dataset_drift"]),  # DatasetDriftMetric
        "columns": {str(n): number(c["drift_score"]) for n, c in table.items()},
        "drifted": {str(n): bool(c["drift_detected"]) for n, c in table.items()},
        "tests": {str(n): c["stattest_name"] for n, c in table.items()},
    }


def scipy_peer(ref_path, cur_path):
    import numpy as np
    import pandas as pd
    from scipy import stats
    from scipy.spatial import distance

    t_imported = time.perf_counter()
    reference = pd.read_csv(ref_path)
    current = pd.read_csv(cur_path)
    scores, tests = {}, {}
    for name in reference.columns:
        r = reference[name].replace([np.inf, -np.inf], np.nan).dropna()
        c = current[name].replace([np.inf, -np.inf], np.nan).dropna()
        numeric = pd.api.types.is_numeric_dtype(reference[name].dtype)
        if numeric and len(r) > 1000 and pd.concat([r, c]).nunique() > 5:
            norm = max(float(np.std(r.to_numpy())), 0.001)
            scores[name] = float(stats.wasserstein_distance(r.to_numpy(), c.to_numpy())) / norm
            tests[name] = "wasserstein"
        else:
            rc, cc = r.value_counts(), c.value_counts()
            keys = rc.index.union(cc.index)
            p = rc.reindex(keys, fill_value=0).to_numpy() / len(r)
            q = cc.reindex(keys, fill_value=0).to_numpy() / len(c)
            scores[name] = float(distance.jensenshannon(p, q))
            tests[name] = "jensenshannon"
    seconds = time.perf_counter() - t_imported
    drifted = sum(s >= 0.1 for s in scores.values())
    return {
        "seconds": seconds,
        "import_seconds": t_imported - T_START,
        "max_rss_mb": max_rss_mb(),
        "dataset_drift": drifted >= 0.5 * len(scores),
        "columns": {n: number(s) for n, s in scores.items()},
        "drifted": {n: bool(s >= 0.1) for n, s in scores.items()},
        "tests": tests,
    }


def main():
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "generate":
        opts = dict(zip(args[2::2], args[3::2]))
        if set(opts) - {"--rows", "--cols", "--seed"}:
            die(f"generate: unknown options {sorted(set(opts) - {'--rows', '--cols', '--seed'})}")
        out = generate(args[1], int(opts.get("--rows", 1000000)), int(opts.get("--cols", 50)), int(opts.get("--seed", 1)))
    elif len(args) == 3 and args[0] == "evidently":
        out = evidently(args[1], args[2])
    elif len(args) == 3 and args[0] == "scipy":
        out = scipy_peer(args[1], args[2])
    else:
        die("usage: drift_peers.py generate OUT --rows N --cols C --seed S | evidently REF CUR | scipy REF CUR")
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main()
