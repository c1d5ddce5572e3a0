"""The seed's way of serving a model, as a bench peer of `model-cd serve`: a typical `app.py`,
Flask + onnxruntime, the model loaded once at start, Flask's own threaded server.

usage: flask_app.py MODEL.onnx PORT [--host 127.0.0.1] [--columns f0,f1,f2,f3,f4,f5]

    GET  /health   -> 200 {"status": "ok"}
    POST /predict  {"instances": [[6 floats], ...]}  or  {"instances": [{"f0": 1.0, ...}, ...]}
                   (records are read in --columns order)
                -> 200 {"predictions": [{"label": 0, "probabilities": {"0": 0.9, "1": 0.1}}, ...]}

Like most such apps it checks nothing beyond what onnxruntime itself refuses: a malformed request
is whatever Flask or numpy make of it (often a 500). Run it with the serve-peers venv's python
(`bash scripts/py-env.sh serve-peers --python`).
"""

import argparse

import numpy as np
import onnxruntime as ort
from flask import Flask, jsonify, request

parser = argparse.ArgumentParser()
parser.add_argument("model")
parser.add_argument("port", type=int)
parser.add_argument("--host", default="127.0.0.1")
parser.add_argument("--columns", default="f0,f1,f2,f3,f4,f5")
args = parser.parse_args()
columns = args.columns.split(",")

session = ort.InferenceSession(args.model, providers=["CPUExecutionProvider"])
input_name = session.get_inputs()[0].name
# skl2onnx classifiers: the labels first, then the probabilities (ZipMap dicts or a float tensor).
label_output, probability_output = (o.name for o in session.get_outputs()[:2])

app = Flask(__name__)


def as_rows(instances):
    if instances and isinstance(instances[0], dict):
        return [[row[c] for c in columns] for row in instances]
    return instances


@app.get("/health")
def health():
    return jsonify({"status": "ok"})


@app.post("/predict")
def predict():
    body = request.get_json()
    features = np.asarray(as_rows(body["instances"]), dtype=np.float32)
    labels, probabilities = session.run([label_output, probability_output], {input_name: features})
    predictions = []
    for label, probs in zip(labels.tolist(), probabilities):
        if isinstance(probs, dict):
            probs = {str(k): float(v) for k, v in probs.items()}
        else:
            probs = {str(i): float(v) for i, v in enumerate(probs)}
        predictions.append({"label": label, "probabilities": probs})
    return jsonify({"predictions": predictions})


if __name__ == "__main__":
    app.run(host=args.host, port=args.port, threaded=True)
