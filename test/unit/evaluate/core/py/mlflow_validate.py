"""Runs MLflow's own gate check (mlflow.models.evaluation.validation._validate) on each case.

Input: a JSON file, a list of {id, metric, gate: {threshold, min_absolute_change,
min_relative_change, greater_is_better}, candidate, champion}; a null candidate or champion is
left out of the metrics dict, as MLflow sees a metric the model did not produce.
Output (stdout): {id: "pass" | "fail" | "error: <exception type>"}.
"""
import json
import logging
import sys

from mlflow.models.evaluation.validation import MetricThreshold, ModelValidationFailedException, _validate

logging.disable(logging.CRITICAL)

with open(sys.argv[1], encoding="utf-8") as f:
    cases = json.load(f)

out = {}
for case in cases:
    g = case["gate"]
    rel = g.get("min_relative_change")
    threshold = MetricThreshold(
        threshold=g.get("threshold"),
        min_absolute_change=g.get("min_absolute_change"),
        # MLflow insists on a Python float here; YAML's 0 and 0.0 are the same to us.
        min_relative_change=None if rel is None else float(rel),
        greater_is_better=g["greater_is_better"],
    )
    metric = case["metric"]
    candidate = {} if case["candidate"] is None else {metric: case["candidate"]}
    baseline = {} if case["champion"] is None else {metric: case["champion"]}
    try:
        _validate({metric: threshold}, candidate, baseline)
        out[case["id"]] = "pass"
    except ModelValidationFailedException:
        out[case["id"]] = "fail"
    except Exception as e:  # noqa: BLE001 - reported to the test, which decides
        out[case["id"]] = f"error: {type(e).__name__}"
print(json.dumps(out))
