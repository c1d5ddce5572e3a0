"""Reads a registered model version back with the MLflow Python client (tracking URI from
MLFLOW_TRACKING_URI): its status, source, run and tags, the model's aliases, the run's metrics,
and the version an alias points to.

usage: mlflow_read_version.py MODEL_NAME VERSION [ALIAS]
Prints one JSON object on the last line of stdout.
"""

import json
import sys

from mlflow import MlflowClient

name, version = sys.argv[1:3]
alias = sys.argv[3] if len(sys.argv) > 3 else ""

client = MlflowClient()
mv = client.get_model_version(name, version)
model = client.get_registered_model(name)
run = client.get_run(mv.run_id) if mv.run_id else None
out = {
    "version": mv.version,
    "status": mv.status,
    "description": mv.description or "",
    "source": mv.source,
    "run_id": mv.run_id,
    "tags": dict(mv.tags),
    "aliases": dict(model.aliases),
    "metrics": dict(run.data.metrics) if run else {},
    "run_status": run.info.status if run else "",
}
if alias:
    out["alias_version"] = client.get_model_version_by_alias(name, alias).version
print(json.dumps(out))
