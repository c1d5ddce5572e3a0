"""Logs a folder as the artifacts of a run, registers them as a new version of a registered
model and points an alias at it, with the MLflow Python client (tracking URI from
MLFLOW_TRACKING_URI).

usage: mlflow_register.py MODEL_NAME FOLDER ALIAS
Prints one JSON object (version, source, run_id) on the last line of stdout.
"""

import json
import sys

import mlflow
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException

name, folder, alias = sys.argv[1:4]

mlflow.set_experiment("model-cd-smoke")
with mlflow.start_run() as run:
    mlflow.log_artifacts(folder, artifact_path="model")
    artifact_uri = run.info.artifact_uri

client = MlflowClient()
try:
    client.create_registered_model(name)
except MlflowException as e:
    if e.error_code != "RESOURCE_ALREADY_EXISTS":
        raise
version = client.create_model_version(name, source=f"{artifact_uri}/model", run_id=run.info.run_id)
client.set_registered_model_alias(name, alias, version.version)

print(json.dumps({"version": version.version, "source": version.source, "run_id": run.info.run_id}))
