"""Registers SOURCE (any artifact URI, e.g. s3://bucket/prefix) as a new version of MODEL_NAME
with the MLflow Python client (tracking URI from MLFLOW_TRACKING_URI), without logging a run; or,
given RUN_ID, as a version of that run (how MLflow 2.x pipelines register runs:/<run>/model).

usage: mlflow_register_source.py MODEL_NAME SOURCE [RUN_ID]
Prints one JSON object (version, source) on the last line of stdout.
"""

import json
import sys

from mlflow import MlflowClient

name, source = sys.argv[1:3]
run_id = sys.argv[3] if len(sys.argv) > 3 else None
client = MlflowClient()
client.create_registered_model(name)
version = client.create_model_version(name, source=source, run_id=run_id)
print(json.dumps({"version": version.version, "source": version.source}))
