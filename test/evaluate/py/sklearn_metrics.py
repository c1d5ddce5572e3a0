"""Reference values from scikit-learn for test/unit/evaluate: the oracle the TypeScript metrics
must equal. Reads one JSON object from the file named by argv[1] and prints one JSON line.

  {"task": "classification", "y_true": [str], "y_pred": [str],
   "proba": [[float]] | null, "classes": [str] | null}
  {"task": "regression", "y_true": [float], "y_pred": [float]}
  {"task": "latency", "ms": [float], "rows": [int], "q": [float]}

Any metric sklearn refuses (raises) or leaves undefined (NaN) is null.
"""
import json
import math
import re
import sys
import warnings

import numpy as np
from sklearn import metrics as m
from sklearn.utils.multiclass import unique_labels

DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def num(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def attempt(fn):
    try:
        return fn()
    except ValueError:
        return None


def classification(d):
    yt_s, yp_s = d["y_true"], d["y_pred"]
    cls_s = d.get("classes") or []
    seen = set(yt_s) | set(yp_s) | set(cls_s)
    # A model with numeric classes is scored by sklearn on numbers; see src/evaluate/metrics/labels.ts.
    numeric = all(DECIMAL.fullmatch(s) and math.isfinite(float(s)) for s in seen)
    conv = float if numeric else str
    back = {conv(s): s for s in seen}
    assert len(back) == len(seen), "labels collide as numbers"
    yt = np.array([conv(s) for s in yt_s])
    yp = np.array([conv(s) for s in yp_s])
    labels = unique_labels(yt, yp)
    names = [back[v.item()] for v in labels]

    def prf(fn):
        per = fn(yt, yp, average=None, labels=labels)
        return {
            "macro": num(fn(yt, yp, average="macro")),
            "micro": num(fn(yt, yp, average="micro")),
            "weighted": num(fn(yt, yp, average="weighted")),
            "perClass": {n: num(v) for n, v in zip(names, per)},
        }

    out = {
        "count": len(yt_s),
        "classes": names,
        "accuracy": num(m.accuracy_score(yt, yp)),
        "balancedAccuracy": num(m.balanced_accuracy_score(yt, yp)),
        "precision": prf(m.precision_score),
        "recall": prf(m.recall_score),
        "f1": prf(m.f1_score),
        "confusionMatrix": {"labels": names, "matrix": m.confusion_matrix(yt, yp).tolist()},
        "rocAuc": None,
        "rocAucPerClass": None,
        "logLoss": None,
    }
    if d.get("proba") is None:
        return out
    cls = np.array([conv(s) for s in cls_s])
    order = np.argsort(cls, kind="stable")
    cls = cls[order]
    proba = np.asarray(d["proba"], dtype=np.float64)[:, order]
    # Outside sklearn's own checks: a true label that is not a probability column makes both
    # metrics meaningless (binary roc_auc_score would silently pick y_true's own classes).
    if len(cls) < 2 or not set(yt.tolist()) <= set(cls.tolist()):
        return out
    out["logLoss"] = num(attempt(lambda: m.log_loss(yt, proba, labels=cls)))
    if len(cls) == 2:
        out["rocAuc"] = num(attempt(lambda: m.roc_auc_score(yt, proba[:, 1])))
    else:
        out["rocAuc"] = num(attempt(lambda: m.roc_auc_score(yt, proba, multi_class="ovr", average="macro", labels=cls)))
        per = attempt(lambda: m.roc_auc_score(yt, proba, multi_class="ovr", average=None, labels=cls))
        out["rocAucPerClass"] = None if per is None else {back[c.item()]: num(v) for c, v in zip(cls, per)}
    return out


def regression(d):
    yt = np.asarray(d["y_true"], dtype=np.float64)
    yp = np.asarray(d["y_pred"], dtype=np.float64)
    return {
        "count": len(yt),
        "mae": num(m.mean_absolute_error(yt, yp)),
        "mse": num(m.mean_squared_error(yt, yp)),
        "rmse": num(m.root_mean_squared_error(yt, yp)),
        "r2": num(m.r2_score(yt, yp)),
        "mape": num(m.mean_absolute_percentage_error(yt, yp)),
    }


def latency(d):
    ms = np.asarray(d["ms"], dtype=np.float64)
    rows = np.asarray(d["rows"], dtype=np.int64)
    keep = rows > 0
    per_row = np.repeat(ms[keep] / rows[keep], rows[keep])
    return {"percentiles": [float(np.percentile(per_row, q)) for q in d["q"]]}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        d = json.load(f)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = {"classification": classification, "regression": regression, "latency": latency}[d["task"]](d)
    print(json.dumps(out, allow_nan=False))


if __name__ == "__main__":
    main()
