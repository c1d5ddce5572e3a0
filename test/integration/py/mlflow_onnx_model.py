"""Saves an ONNX file as an MLflow model (onnx flavour, served through pyfunc), the way a training job
hands an ONNX model to `mlflow models serve`.

usage: mlflow_onnx_model.py MODEL.onnx OUT_DIR [--columns f0,f1,... | --no-signature]

The signature declares one float column per feature (default f0..f5, the example contract's
features). Without it the pyfunc wrapper feeds DataFrame.values to the single tensor input, so
column names would be ignored and their order would decide the features; with it MLflow checks the
names, reorders the columns and rejects what cannot be read as float.

Prints one JSON object (path, columns, mlflow version) on the last line of stdout.
"""

import argparse
import json
import os

import mlflow
import mlflow.onnx
import onnx
from mlflow.models import ModelSignature
from mlflow.types import ColSpec, Schema

parser = argparse.ArgumentParser()
parser.add_argument("model")
parser.add_argument("out")
parser.add_argument("--columns", default="f0,f1,f2,f3,f4,f5")
parser.add_argument("--no-signature", action="store_true", help="save no signature (the pyfunc wrapper then feeds DataFrame.values as is)")
args = parser.parse_args()

columns = [] if args.no_signature else args.columns.split(",")
signature = ModelSignature(inputs=Schema([ColSpec("float", name) for name in columns])) if columns else None
mlflow.onnx.save_model(
    onnx.load(args.model),
    args.out,
    signature=signature,
    # The test machines have no GPU: CUDA (MLflow's default first provider) would only log a warning.
    onnx_execution_providers=["CPUExecutionProvider"],
    # Written down rather than inferred: inference loads the model in a fresh interpreter, and the
    # server runs with --env-manager local, so nothing installs them.
    pip_requirements=[f"mlflow-skinny=={mlflow.__version__}", f"onnx=={onnx.__version__}", "onnxruntime"],
    save_as_external_data=False,
)
print(json.dumps({"path": os.path.abspath(args.out), "columns": columns, "mlflow": mlflow.__version__}))
