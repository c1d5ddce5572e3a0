"""Logs a model folder with the MLflow Python client the way a training job does, and registers
it (tracking URI from MLFLOW_TRACKING_URI).

usage: mlflow_log_model.py MODEL_NAME FOLDER ALIAS

- a run with a metric and a param logs FOLDER as its artifact `model`;
- version 1 of MODEL_NAME has that run folder as its source, gets ALIAS, and the registered
  model and the version get tags and a description;
- version 2 is an MLflow 3 logged model (source `models:/m-<id>`) with the same files.

Prints one JSON object (run_id, versions, sources, model_id) on the last line of stdout.
"""

import json
import sys

import mlflow
from mlflow import MlflowClient

name, folder, alias = sys.argv[1:4]

client = MlflowClient()
mlflow.set_experiment("model-cd-pull")
with mlflow.start_run() as run:
    mlflow.log_metric("accuracy", 0.93)
    mlflow.log_param("max_depth", "4")
    mlflow.log_artifacts(folder, artifact_path="model")
    artifact_uri = run.info.artifact_uri

client.create_registered_model(name, tags={"team": "ml"}, description="a test model")
v1 = client.create_model_version(name, source=f"{artifact_uri}/model", run_id=run.info.run_id, tags={"stage": "candidate"}, description="first")
client.set_registered_model_alias(name, alias, v1.version)

logged = mlflow.initialize_logged_model(name="m")
client.log_model_artifacts(logged.model_id, folder)
mlflow.finalize_logged_model(logged.model_id, "READY")
v2 = client.create_model_version(name, source=f"models:/{logged.model_id}", model_id=logged.model_id)

print(json.dumps({
    "run_id": run.info.run_id,
    "versions": [v1.version, v2.version],
    "sources": [v1.source, v2.source],
    "model_id": logged.model_id,
}))
