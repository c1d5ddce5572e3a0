#!/usr/bin/env python3
"""Seeded reference/current data set pairs for the check-drift tests.

    PY="$(bash scripts/py-env.sh drift --python)"
    "$PY" test/drift/py/make_drift_data.py OUT_DIR [--seed 7]

OUT_DIR is created (it must not exist or be empty) and receives one folder per pair, each with
reference.csv and current.csv (large_drift also has reference.parquet and current.parquet with
the same rows), and manifest.json, which describes every pair: its files and row counts, and
per column the kind Evidently gives it, the intended drift, the number of non-null reference
values and of distinct values, and the stattest Evidently's DataDriftPreset picks by default.
The same seed and the same package versions (scripts/tools/drift.txt) give byte-identical files.

Pairs:
    small_no_drift  reference 200 rows, current 150, same distributions   (<= 1000: ks/chisquare/z)
    small_drift     reference 200, current 150, one column per kind of drift
    large_no_drift  reference 5000, current 4000, same distributions      (> 1000: wasserstein/js)
    large_drift     reference 5000, current 4000, the small_drift columns (+ Parquet copies)
    boundary        reference 1100 rows: "dense" has 1100 values (wasserstein), "sparse" has 900
                    (200 nulls: ks), showing the 1000-row rule counts non-null reference values
    all_null        a column with no values at all: Evidently's report fails on it (ValueError)

Floats are rounded to 4 decimals, so CSV and Parquet hold the same numbers. Nulls are empty CSV
cells (Parquet nulls). Categorical values are letters or words, never digit strings, so pandas
reads them as strings; integer columns have no nulls, so pandas keeps them int64.

How Evidently 0.7.23 (evidently.legacy, the classic Report + DataDriftPreset) sees the columns,
read from its source (paths under evidently/legacy/):
  - kind: utils/data_operations.py process_columns(reference_data, column_mapping): a column is
    numerical ("num") when the *reference* DataFrame's dtype is numeric
    (select_dtypes([np.number])), categorical ("cat") when it is anything else but datetime
    (object/string/bool); columns named "target"/"prediction" (ColumnMapping defaults) are the
    target/prediction, not features. Integer columns with few distinct values stay "num"
    (the NUMBER_UNIQUE_AS_CATEGORICAL = 5 rule of utils/data_preprocessing.py _get_column_type
    feeds the data definition, not the drift metrics), but their default test is a categorical
    one, see the next point.
  - default test: calculations/stattests/registry.py _get_default_stattest, on the column after
    get_one_column_drift (calculations/data_drift.py) replaced +-inf by NaN and dropped NaN:
    rows = non-null reference values, n_values = distinct non-null values of reference and
    current together. rows <= 1000: num with n_values > 5 -> ks; num or cat with n_values 3+
    (num: 3..5) -> chisquare; n_values <= 2 -> z. rows > 1000: num with n_values > 5 ->
    wasserstein (normed), otherwise (num n_values <= 5, every cat) -> jensenshannon.
  - an empty column (all null in reference or current) raises ValueError("An empty column
    '...' was provided for drift calculation in the reference dataset.") and fails the report.
"""

import argparse
import json
import os
import sys

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

SMALL = (200, 150)
LARGE = (5000, 4000)


def die(message):
    print(f"make_drift_data: {message}", file=sys.stderr)
    sys.exit(1)


def r4(values):
    return np.round(np.asarray(values, dtype=np.float64), 4)


def normal(rng, n, mean=0.0, sd=1.0):
    return r4(rng.normal(mean, sd, n))


def bimodal(rng, n):
    """Mean 0, variance 1: +-0.95 with noise of variance 1 - 0.95**2."""
    signs = rng.choice([-1.0, 1.0], n)
    return r4(signs * 0.95 + rng.normal(0.0, np.sqrt(1 - 0.95**2), n))


def skewed(rng, n):
    """Mean 0, variance 1: a standard exponential minus 1."""
    return r4(rng.exponential(1.0, n) - 1.0)


def categories(rng, n, values, p):
    return np.array(rng.choice(values, n, p=p), dtype=object)


def with_nulls(rng, values, share):
    values = np.array(values, dtype=np.float64)
    values[rng.random(len(values)) < share] = np.nan
    return values


# Column specs: name -> (reference maker, current maker, intended drift, what changes).
# Makers take (rng, n). The order of the dict is the column order in the files.
def stable_columns():
    return {
        "num_normal": (lambda g, n: normal(g, n, 10, 2), lambda g, n: normal(g, n, 10, 2), False, "N(10, 2) both"),
        "num_uniform": (
            lambda g, n: r4(g.uniform(0, 100, n)),
            lambda g, n: r4(g.uniform(0, 100, n)),
            False,
            "U(0, 100) both",
        ),
        "cat_color": (
            lambda g, n: categories(g, n, ["red", "green", "blue", "grey"], [0.4, 0.3, 0.2, 0.1]),
            lambda g, n: categories(g, n, ["red", "green", "blue", "grey"], [0.4, 0.3, 0.2, 0.1]),
            False,
            "4 categories, same shares",
        ),
        "cat_flag": (
            lambda g, n: categories(g, n, ["yes", "no"], [0.5, 0.5]),
            lambda g, n: categories(g, n, ["yes", "no"], [0.5, 0.5]),
            False,
            "binary yes/no 50/50 both",
        ),
        "int_few": (
            lambda g, n: g.choice([0, 1, 2, 3], n, p=[0.4, 0.3, 0.2, 0.1]).astype(np.int64),
            lambda g, n: g.choice([0, 1, 2, 3], n, p=[0.4, 0.3, 0.2, 0.1]).astype(np.int64),
            False,
            "integers 0..3, same shares",
        ),
    }


def drift_columns():
    cols = {
        "mean_shift": (lambda g, n: normal(g, n, 0, 1), lambda g, n: normal(g, n, 0.8, 1), True, "N(0,1) -> N(0.8,1)"),
        "variance_change": (
            lambda g, n: normal(g, n, 0, 1),
            lambda g, n: normal(g, n, 0, 2.5),
            True,
            "N(0,1) -> N(0,2.5): same mean",
        ),
        "shape_bimodal": (
            lambda g, n: normal(g, n, 0, 1),
            bimodal,
            True,
            "N(0,1) -> bimodal +-0.95: same mean 0 and variance 1",
        ),
        "shape_skewed": (
            lambda g, n: normal(g, n, 0, 1),
            skewed,
            True,
            "N(0,1) -> Exp(1)-1: same mean 0 and variance 1",
        ),
        "no_shift": (lambda g, n: normal(g, n, 5, 1), lambda g, n: normal(g, n, 5, 1), False, "N(5,1) both"),
        "new_category": (
            lambda g, n: categories(g, n, ["a", "b", "c"], [0.5, 0.3, 0.2]),
            lambda g, n: categories(g, n, ["a", "b", "c", "d"], [0.35, 0.25, 0.15, 0.25]),
            True,
            "a/b/c -> a/b/c + new d (25%)",
        ),
        "lost_category": (
            lambda g, n: categories(g, n, ["a", "b", "c", "d"], [0.3, 0.3, 0.2, 0.2]),
            lambda g, n: categories(g, n, ["a", "b", "c"], [0.4, 0.35, 0.25]),
            True,
            "a/b/c/d -> a/b/c (d disappears)",
        ),
        "binary_shift": (
            lambda g, n: categories(g, n, ["yes", "no"], [0.5, 0.5]),
            lambda g, n: categories(g, n, ["yes", "no"], [0.8, 0.2]),
            True,
            "yes 50% -> 80% (two categories)",
        ),
        "constant": (
            lambda g, n: np.full(n, 5.0),
            lambda g, n: np.full(n, 5.0),
            False,
            "5.0 everywhere (one distinct value)",
        ),
        "some_nulls": (
            lambda g, n: with_nulls(g, normal(g, n, 0, 1), 0.2),
            lambda g, n: with_nulls(g, normal(g, n, 1, 1), 0.2),
            True,
            "N(0,1) -> N(1,1), about 20% nulls on both sides",
        ),
        "int_few_shift": (
            lambda g, n: g.choice([0, 1, 2, 3], n, p=[0.4, 0.3, 0.2, 0.1]).astype(np.int64),
            lambda g, n: g.choice([0, 1, 2, 3], n, p=[0.1, 0.2, 0.3, 0.4]).astype(np.int64),
            True,
            "integers 0..3, shares reversed",
        ),
        "int_binary": (
            lambda g, n: g.choice([0, 1], n, p=[0.7, 0.3]).astype(np.int64),
            lambda g, n: g.choice([0, 1], n, p=[0.7, 0.3]).astype(np.int64),
            False,
            "integers 0/1, 70/30 both",
        ),
        "int_many": (
            lambda g, n: g.integers(0, 20, n).astype(np.int64),
            lambda g, n: g.integers(5, 25, n).astype(np.int64),
            True,
            "integers 0..19 -> 5..24",
        ),
    }
    return cols


def boundary_columns():
    return {
        "dense": (lambda g, n: normal(g, n, 0, 1), lambda g, n: normal(g, n, 0, 1), False, "N(0,1) both, no nulls"),
        "sparse": (
            lambda g, n: sparse_reference(g, n),
            lambda g, n: normal(g, n, 0, 1),
            False,
            "N(0,1) both; reference has exactly 200 nulls (900 values)",
        ),
    }


def sparse_reference(rng, n):
    values = normal(rng, n, 0, 1)
    values[rng.permutation(n)[:200]] = np.nan
    return values


def all_null_columns():
    return {
        "num_ok": (lambda g, n: normal(g, n, 0, 1), lambda g, n: normal(g, n, 0, 1), False, "N(0,1) both"),
        "all_null": (
            lambda g, n: np.full(n, np.nan),
            lambda g, n: np.full(n, np.nan),
            False,
            "no values at all (Evidently raises ValueError: empty column)",
        ),
    }


def build(rng, columns, n, side):
    """side 0: the reference makers, 1: the current makers."""
    return pd.DataFrame({name: spec[side](rng, n) for name, spec in columns.items()})


def evidently_kind(series):
    """utils/data_operations.py process_columns: numeric dtype in the reference -> num."""
    return "num" if pd.api.types.is_numeric_dtype(series) and series.dtype != bool else "cat"


def default_stattest(kind, ref, cur):
    """calculations/stattests/registry.py _get_default_stattest on the NaN-dropped columns."""
    ref = ref.replace([-np.inf, np.inf], np.nan).dropna() if kind == "num" else ref.dropna()
    cur = cur.replace([-np.inf, np.inf], np.nan).dropna() if kind == "num" else cur.dropna()
    if ref.empty or cur.empty:
        return None
    n_values = int(pd.concat([ref, cur]).nunique())
    if ref.shape[0] <= 1000:
        if kind == "num" and n_values > 5:
            return "ks"
        return "chisquare" if n_values > 2 else "z"
    if kind == "num" and n_values > 5:
        return "wasserstein"
    return "jensenshannon"


def write_csv(df, path):
    df.to_csv(path, index=False, lineterminator="\n", na_rep="")


def write_parquet(df, path):
    arrays = {}
    for name in df.columns:
        s = df[name]
        if s.dtype == object:
            arrays[name] = pa.array(s.tolist(), type=pa.string())
        else:
            arrays[name] = pa.array(s.to_numpy(), from_pandas=True)
    pq.write_table(pa.table(arrays), path, compression="snappy")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    out = args.out_dir
    if os.path.exists(out) and (not os.path.isdir(out) or os.listdir(out)):
        die(f"{out} exists and is not an empty folder")
    os.makedirs(out, exist_ok=True)

    pairs = [
        ("small_no_drift", stable_columns(), SMALL, False),
        ("small_drift", drift_columns(), SMALL, False),
        ("large_no_drift", stable_columns(), LARGE, False),
        ("large_drift", drift_columns(), LARGE, True),
        ("boundary", boundary_columns(), (1100, 900), False),
        ("all_null", all_null_columns(), SMALL, False),
    ]

    manifest = {
        "seed": args.seed,
        "versions": {"numpy": np.__version__, "pandas": pd.__version__, "pyarrow": pa.__version__},
        "notes": {
            "kind": "Evidently's column type (evidently/legacy/utils/data_operations.py process_columns): "
            "num when the reference column's pandas dtype is numeric, cat otherwise; integer "
            "columns with few values stay num",
            "default_stattest": "evidently/legacy/calculations/stattests/registry.py _get_default_stattest: "
            "rows = non-null reference values, n_values = distinct non-null values in reference + current; "
            "rows <= 1000: ks (num, n_values > 5), chisquare (n_values > 2), z (n_values <= 2); "
            "rows > 1000: wasserstein (num, n_values > 5), jensenshannon otherwise",
            "dataset_drift": "share of drifted columns >= 0.5 "
            "(evidently/legacy/calculations/data_drift.py get_dataset_drift)",
            "intended_drift": "what the generator built; small samples may miss a weak change",
        },
        "pairs": {},
    }

    for index, (name, columns, (n_ref, n_cur), parquet) in enumerate(pairs):
        # One generator per pair, derived from the seed, so adding a pair keeps the others.
        rng = np.random.default_rng([args.seed, index])
        ref = build(rng, columns, n_ref, 0)
        cur = build(rng, columns, n_cur, 1)
        folder = os.path.join(out, name)
        os.makedirs(folder)
        write_csv(ref, os.path.join(folder, "reference.csv"))
        write_csv(cur, os.path.join(folder, "current.csv"))
        files = {"reference": f"{name}/reference.csv", "current": f"{name}/current.csv"}
        if parquet:
            write_parquet(ref, os.path.join(folder, "reference.parquet"))
            write_parquet(cur, os.path.join(folder, "current.parquet"))
            files["reference_parquet"] = f"{name}/reference.parquet"
            files["current_parquet"] = f"{name}/current.parquet"

        # Describe the columns as they read back from the CSV (the dtypes Evidently will see).
        ref_read = pd.read_csv(os.path.join(folder, "reference.csv"))
        cur_read = pd.read_csv(os.path.join(folder, "current.csv"))
        described = {}
        for col, (_, _, drift, what) in columns.items():
            kind = evidently_kind(ref_read[col])
            described[col] = {
                "kind": kind,
                "dtype": str(ref_read[col].dtype),
                "intended_drift": drift,
                "what": what,
                "reference_non_null": int(ref_read[col].notna().sum()),
                "current_non_null": int(cur_read[col].notna().sum()),
                "n_values": int(pd.concat([ref_read[col], cur_read[col]]).nunique()),
                "default_stattest": default_stattest(kind, ref_read[col], cur_read[col]),
            }
        entry = {
            "files": files,
            "rows": {"reference": n_ref, "current": n_cur},
            "columns": described,
        }
        empty = [c for c, d in described.items() if d["reference_non_null"] == 0 or d["current_non_null"] == 0]
        if empty:
            entry["expected_error"] = f"ValueError: An empty column '{empty[0]}' was provided for drift calculation"
        else:
            drifted = sum(c["intended_drift"] for c in described.values())
            entry["intended_dataset_drift"] = drifted / len(described) >= 0.5
        manifest["pairs"][name] = entry

    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, indent=2, sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    main()
