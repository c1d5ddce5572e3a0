#!/usr/bin/env python3
"""Reference data drift results from Evidently, to compare the check-drift action against.

    PY="$(bash scripts/py-env.sh drift --python)"
    "$PY" test/drift/py/evidently_drift.py REFERENCE CURRENT [--options JSON]

REFERENCE and CURRENT are .csv (pandas.read_csv defaults) or .parquet files. Runs the classic
Report(metrics=[DataDriftPreset(...)]) of Evidently 0.7.23, which lives in evidently.legacy
(evidently.legacy.report.Report, evidently.legacy.metric_preset.DataDriftPreset); the new
top-level evidently.Report API is not used. With no options every setting is Evidently's
default, including its column type inference (numeric reference dtype -> "num", else "cat").

--options is a JSON object; every key is optional:
    stattest, cat_stattest, num_stattest          a stattest name ("ks", "psi", ...) for all /
                                                  categorical / numerical columns
    per_column_stattest                           {column: stattest name}
    stattest_threshold, cat_stattest_threshold,
    num_stattest_threshold                        float
    per_column_stattest_threshold                 {column: float}
    drift_share                                   float (default 0.5)
    columns                                       [column, ...]: only these
    cat_columns, num_columns                      [column, ...]: ColumnMapping.categorical_features
                                                  / numerical_features (overrides inference)

Prints one JSON object on the last stdout line:
    {"dataset_drift": bool, "share_of_drifted_columns": float, "number_of_drifted_columns": int,
     "number_of_columns": int,
     "columns": {name: {"column_type": "num"|"cat", "stattest_name": str, "stattest": str,
                        "stattest_threshold": float, "drift_score": float, "drift_detected": bool}}}
stattest_name is Evidently's display name ("K-S p_value", "Wasserstein distance (normed)", ...),
stattest the registered short name ("ks", "wasserstein", ...). A NaN score is printed as null.
Exits 1 with a message on stderr if Evidently fails (e.g. a column with no values at all:
"An empty column ... was provided for drift calculation").
"""

import json
import math
import os
import sys
import warnings

# Evidently's own telemetry (evidently/telemetry.py) and iterative_telemetry honour these.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("ITERATIVE_DO_NOT_TRACK", "1")

import pandas as pd  # noqa: E402
from evidently.legacy.calculations.stattests.registry import _registered_stat_tests  # noqa: E402
from evidently.legacy.metric_preset import DataDriftPreset  # noqa: E402
from evidently.legacy.pipeline.column_mapping import ColumnMapping  # noqa: E402
from evidently.legacy.report import Report  # noqa: E402

PRESET_KEYS = (
    "columns",
    "drift_share",
    "stattest",
    "cat_stattest",
    "num_stattest",
    "per_column_stattest",
    "stattest_threshold",
    "cat_stattest_threshold",
    "num_stattest_threshold",
    "per_column_stattest_threshold",
)


def die(message):
    print(f"evidently_drift: {message}", file=sys.stderr)
    sys.exit(1)


def read(path):
    if path.lower().endswith(".parquet"):
        return pd.read_parquet(path)
    return pd.read_csv(path)


def number(value):
    value = float(value)
    return None if math.isnan(value) or math.isinf(value) else value


def short_names():
    """Display name -> registered name, from the stattest registry."""
    names = {}
    for name, by_type in _registered_stat_tests.items():
        for test in by_type.values():
            names.setdefault(test.display_name, name)
    return names


def main():
    args = sys.argv[1:]
    options = {}
    if len(args) == 4 and args[2] == "--options":
        options = json.loads(args[3])
        args = args[:2]
    if len(args) != 2 or not isinstance(options, dict):
        die("usage: evidently_drift.py REFERENCE CURRENT [--options JSON]")
    unknown = set(options) - set(PRESET_KEYS) - {"cat_columns", "num_columns"}
    if unknown:
        die(f"unknown options: {sorted(unknown)}")

    reference = read(args[0])
    current = read(args[1])
    mapping = None
    if "cat_columns" in options or "num_columns" in options:
        mapping = ColumnMapping(
            categorical_features=options.get("cat_columns"),
            numerical_features=options.get("num_columns"),
        )
    preset = DataDriftPreset(**{k: options[k] for k in PRESET_KEYS if k in options})
    report = Report(metrics=[preset])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            report.run(reference_data=reference, current_data=current, column_mapping=mapping)
            results = report.as_dict()["metrics"]
    except Exception as e:  # noqa: BLE001 - any failure is the answer
        die(f"{type(e).__name__}: {e}")

    dataset = results[0]["result"]  # DatasetDriftMetric
    table = results[1]["result"]  # DataDriftTable
    names = short_names()
    columns = {}
    for name, col in table["drift_by_columns"].items():
        columns[str(name)] = {
            "column_type": col["column_type"],
            "stattest_name": col["stattest_name"],
            "stattest": names.get(col["stattest_name"], ""),
            "stattest_threshold": number(col["stattest_threshold"]),
            "drift_score": number(col["drift_score"]),
            "drift_detected": bool(col["drift_detected"]),
        }
    out = {
        "dataset_drift": bool(dataset["dataset_drift"]),
        "share_of_drifted_columns": number(dataset["share_of_drifted_columns"]),
        "number_of_drifted_columns": int(dataset["number_of_drifted_columns"]),
        "number_of_columns": int(dataset["number_of_columns"]),
        "columns": columns,
    }
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main()
