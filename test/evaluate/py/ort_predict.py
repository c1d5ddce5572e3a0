#!/usr/bin/env python3
"""Reference predictions from Python onnxruntime, to compare the test-model action against.

    PY="$(bash scripts/py-env.sh ml --python)"
    "$PY" test/evaluate/py/ort_predict.py MODEL.onnx DATA.csv FEATURES_JSON LABEL_OUTPUT [PROBA_OUTPUT]

FEATURES_JSON is either a JSON array of column names, fed as one float32 tensor [N, len] to the
model's only input, or a JSON object {input name: [column names]} for models with several
inputs (e.g. '{"numeric": ["n0","n1","n2"], "extra": ["e0","e1"]}').
LABEL_OUTPUT is the output holding the labels (classifiers) or the values (regressors: a float
output); PROBA_OUTPUT, optional and may be "", the probabilities: a ZipMap output (a list of
{class: probability}) or a float tensor [N, classes].

The CSV is read with Python's csv module (a UTF-8 BOM is dropped); every feature cell goes
through float() and then float32. Models with a fixed batch dimension are run in chunks of it.

Prints one JSON object on the last stdout line:
    {"labels": [str, ...] | null, "probabilities": [[float, ...], ...] | null,
     "classes": [str, ...] | null, "values": [float, ...] | null}
labels/probabilities/classes are set for classifiers (probability rows follow "classes": the
sorted ZipMap keys, or the classifier's class labels for a tensor output), values for regressors.
Exits 1 with a message on stderr if the model does not load or run.
"""

import csv
import json
import sys

import numpy as np
import onnx
import onnxruntime as ort


def die(message):
    print(f"ort_predict: {message}", file=sys.stderr)
    sys.exit(1)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader)


def class_labels(model_path):
    """The class labels of the model's ai.onnx.ml classifier node, as strings, or None."""
    model = onnx.load(model_path)
    for node in model.graph.node:
        for attr in node.attribute:
            if attr.name == "classlabels_strings" and attr.strings:
                return [s.decode("utf-8") for s in attr.strings]
            if attr.name in ("classlabels_ints", "classlabels_int64s") and attr.ints:
                return [str(i) for i in attr.ints]
    return None


def key_string(key):
    return key if isinstance(key, str) else str(int(key))


def main():
    args = sys.argv[1:]
    if len(args) not in (4, 5):
        die("usage: ort_predict.py MODEL.onnx DATA.csv FEATURES_JSON LABEL_OUTPUT [PROBA_OUTPUT]")
    model_path, data_path, features_json, label_output = args[:4]
    proba_output = args[4] if len(args) == 5 and args[4] else None

    try:
        session = ort.InferenceSession(model_path, providers=["CPUExecutionProvider"])
    except Exception as error:  # noqa: BLE001 - reported as a failed load
        die(f"cannot load {model_path}: {error}")

    spec = json.loads(features_json)
    inputs = session.get_inputs()
    if isinstance(spec, list):
        if len(inputs) != 1:
            die(f"the model has {len(inputs)} inputs; give FEATURES_JSON as an object")
        spec = {inputs[0].name: spec}

    rows = read_csv(data_path)
    feeds = {}
    for name, columns in spec.items():
        try:
            matrix = [[float(row[c]) for c in columns] for row in rows]
        except (KeyError, ValueError, TypeError) as error:
            die(f"bad feature data in {data_path}: {error!r}")
        feeds[name] = np.asarray(matrix, dtype=np.float32).reshape(len(rows), len(columns))

    batch = inputs[0].shape[0] if isinstance(inputs[0].shape[0], int) else None
    wanted = [label_output] + ([proba_output] if proba_output else [])
    results = [[] for _ in wanted]
    step = batch or max(len(rows), 1)
    try:
        for start in range(0, len(rows), step):
            chunk = {k: v[start : start + step] for k, v in feeds.items()}
            for i, out in enumerate(session.run(wanted, chunk)):
                results[i].extend(list(out) if not isinstance(out, list) else out)
    except Exception as error:  # noqa: BLE001 - reported as a failed run
        die(f"cannot run {model_path}: {error}")

    label_type = next(o.type for o in session.get_outputs() if o.name == label_output)
    result = {"labels": None, "probabilities": None, "classes": None, "values": None}
    if label_type in ("tensor(float)", "tensor(double)"):
        result["values"] = [float(np.asarray(v).reshape(-1)[0]) for v in results[0]]
    else:
        result["labels"] = [
            v.decode("utf-8") if isinstance(v, bytes) else key_string(v) if not isinstance(v, str) else v
            for v in results[0]
        ]
    if proba_output:
        probs = results[1]
        if probs and isinstance(probs[0], dict):
            keys = sorted(probs[0].keys())
            result["classes"] = [key_string(k) for k in keys]
            result["probabilities"] = [[float(p[k]) for k in keys] for p in probs]
        else:
            result["classes"] = class_labels(model_path)
            result["probabilities"] = [[float(x) for x in np.asarray(p).reshape(-1)] for p in probs]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
