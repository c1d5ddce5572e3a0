"""The paired tests' reference values, from scipy, statsmodels' formula and scikit-learn.

Reads one JSON case file and prints the answers as JSON:
  {"mcnemar": [[b, c], ...]}
      -> {"mcnemar": [{"binomtest": p, "statsmodels": p}, ...]}: scipy.stats.binomtest's two-sided
         p-value of b in b + c at 1/2, and statsmodels' mcnemar(exact=True) formula,
         min(1, 2 * binom.cdf(min(b, c), b + c, 0.5)).
  {"weighted": {"metric": m, "y": [...], "pred": [...] or [[...]], "weights": [[...], ...]}}
      -> {"weighted": [value, ...]}: the sklearn metric with sample_weight=weights[i] (roc_auc:
         binary on a score column, or multiclass one-vs-rest macro on probability rows).
  {"bootstrap": {"metric": m, "y": [...], "pred": [cand, champ], "weights": [[...], ...],
                 "confidence": c}}
      -> {"bootstrap": {"delta": d, "low": l, "high": h, "resamples": n}}: candidate - champion on
         each resample (dropping undefined ones), numpy.quantile's default of the differences.
"""
import json
import sys
import warnings

import numpy as np
from scipy import stats
from sklearn import metrics


def mcnemar(b, c):
    n = b + c
    formula = 1.0 if n == 0 else min(1.0, 2 * stats.binom.cdf(min(b, c), n, 0.5))
    test = 1.0 if n == 0 else stats.binomtest(b, n, 0.5).pvalue
    return {"binomtest": float(test), "statsmodels": float(formula)}


def score(metric, y, pred, w):
    w = np.asarray(w, dtype=float)
    keep = w > 0
    y, pred, w = np.asarray(y)[keep], np.asarray(pred)[keep], w[keep]
    if metric == "roc_auc":
        if pred.ndim == 1:
            if len(np.unique(y)) < 2:
                return None
            return metrics.roc_auc_score(y, pred, sample_weight=w)
        if len(np.unique(y)) < pred.shape[1]:
            return None
        return metrics.roc_auc_score(y, pred, sample_weight=w, multi_class="ovr", average="macro", labels=list(range(pred.shape[1])))
    if metric == "mse":
        return metrics.mean_squared_error(y, pred, sample_weight=w)
    if metric == "rmse":
        return float(np.sqrt(metrics.mean_squared_error(y, pred, sample_weight=w)))
    if metric == "mae":
        return metrics.mean_absolute_error(y, pred, sample_weight=w)
    if metric == "r2":
        return metrics.r2_score(y, pred, sample_weight=w)
    raise SystemExit(f"unknown metric {metric}")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        case = json.load(f)
    out = {}
    warnings.simplefilter("ignore")
    if "mcnemar" in case:
        out["mcnemar"] = [mcnemar(b, c) for b, c in case["mcnemar"]]
    if "weighted" in case:
        w = case["weighted"]
        out["weighted"] = [score(w["metric"], w["y"], w["pred"], ws) for ws in w["weights"]]
    if "bootstrap" in case:
        b = case["bootstrap"]
        ones = np.ones(len(b["y"]))
        delta = score(b["metric"], b["y"], b["pred"][0], ones) - score(b["metric"], b["y"], b["pred"][1], ones)
        diffs = []
        for ws in b["weights"]:
            cand, champ = score(b["metric"], b["y"], b["pred"][0], ws), score(b["metric"], b["y"], b["pred"][1], ws)
            if cand is not None and champ is not None:
                diffs.append(cand - champ)
        tail = (1 - b["confidence"]) / 2
        low, high = np.quantile(np.asarray(diffs), [tail, 1 - tail])
        out["bootstrap"] = {"delta": float(delta), "low": float(low), "high": float(high), "resamples": len(diffs)}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
