"""The MLflow side of bench/pull-model.mjs, run with the MLflow venv's Python (tracking URI from
MLFLOW_TRACKING_URI).

usage:
  mlflow_bench.py publish MODEL_NAME FOLDER ALIAS
      logs FOLDER as the artifacts of a run (artifact path `model`), registers them as a new
      version of MODEL_NAME and points ALIAS at it; prints {"version", "run_id", "source"}
  mlflow_bench.py download MODEL_URI DEST
      mlflow.artifacts.download_artifacts(artifact_uri=MODEL_URI, dst_path=DEST), timed in this
      process (imports excluded); prints {"seconds", "path"}
  mlflow_bench.py cleanup MODEL_NAME RUN_ID
      deletes the registered model, the run's artifacts (where the store allows) and the run
Each command prints one JSON object on the last line of stdout.
"""

import json
import sys
import time

import mlflow
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException


def publish(name, folder, alias):
    mlflow.set_experiment("model-cd-bench")
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
    return {"version": version.version, "run_id": run.info.run_id, "source": version.source}


def download(uri, dest):
    t0 = time.perf_counter()
    path = mlflow.artifacts.download_artifacts(artifact_uri=uri, dst_path=dest)
    return {"seconds": time.perf_counter() - t0, "path": path}


def cleanup(name, run_id):
    client = MlflowClient()
    notes = []
    try:
        client.delete_registered_model(name)
    except MlflowException as e:
        notes.append(f"registered model: {e.message}")
    try:
        from mlflow.store.artifact.artifact_repository_registry import get_artifact_repository

        get_artifact_repository(client.get_run(run_id).info.artifact_uri).delete_artifacts("model")
    except Exception as e:  # the store may not support deletes; the bench reports it
        notes.append(f"artifacts: {e}")
    try:
        client.delete_run(run_id)
    except MlflowException as e:
        notes.append(f"run: {e.message}")
    return {"notes": notes}


commands = {"publish": publish, "download": download, "cleanup": cleanup}
if len(sys.argv) < 2 or sys.argv[1] not in commands:
    sys.exit(__doc__)
print(json.dumps(commands[sys.argv[1]](*sys.argv[2:])))
