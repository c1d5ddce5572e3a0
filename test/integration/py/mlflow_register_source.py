"""Registers SOURCE (any artifact URI, e.g. s3://bucket/prefix) as a new version of MODEL_NAME
with the MLflow Python client (tracking URI from MLFLOW_TRACKING_URI), without logging a run.

usage: mlflow_register_source.py MODEL_NAME SOURCE
Prints one JSON object (version, source) on the last line of stdout.
"""

import json
import sys

from mlflow import MlflowClient

name, source = sys.argv[1:3]
client = MlflowClient()
client.create_registered_model(name)
version = client.create_model_version(name, source=source)
print(json.dumps({"version": version.version, "source": version.source}))
