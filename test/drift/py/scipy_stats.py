#!/usr/bin/env python3
"""Reference drift statistics from scipy, built exactly as Evidently 0.7.23 builds them.

    PY="$(bash scripts/py-env.sh drift --python)"
    "$PY" test/drift/py/scipy_stats.py INPUT.json

INPUT.json: {"test": "ks" | "chisquare" | "z" | "wasserstein" | "jensenshannon" | "psi" |
             "kl_div" | "hellinger",
             "reference": [value, ...], "current": [value, ...],
             "kind": "num" | "cat",      optional: Evidently's column type; default "num" when
                                         every non-null value is a number (not a bool), else "cat"
             "threshold": float,         optional: default is the stattest's default_threshold
             "dtype": "int" | "float"}   optional, num only: the pandas dtype Evidently saw; default
                                         "int" when every value is a JSON integer (no nulls: a
                                         CSV column with nulls reads as float64). It matters for
                                         hellinger: np.histogram_bin_edges keeps integer bins at
                                         least 1 wide, so 0/1 integers make one bin (distance 0)
null values (and, for "num", +-Infinity given as the strings "inf"/"-inf" or 1e999) are dropped
first, as Evidently's get_one_column_drift (evidently/legacy/calculations/data_drift.py) does.

Prints one JSON object on the last stdout line:
    {"test": str, "kind": "num"|"cat", "drift_score": float, "threshold": float,
     "drift_detected": bool, ...test-specific values:
       ks:            statistic, pvalue           (scipy.stats.ks_2samp, method="auto")
       chisquare:     statistic, pvalue, keys, f_obs, f_exp   (scipy.stats.chisquare)
       z:             statistic (z), pvalue
       wasserstein:   distance (scipy.stats.wasserstein_distance), norm, normed
       jensenshannon / psi / kl_div:  reference_percents, current_percents (and bins or keys)
       hellinger:     distance}
drift_score is what Evidently reports (p-value for ks/chisquare/z, the distance otherwise).
NaN/inf are printed as null.

What Evidently does, from evidently/legacy/calculations/stattests/*.py (files below are in that
folder; thresholds are each StatTest's default_threshold, registry.py StatTest):

  ks (ks_stattest.py _ks_stat_test): p = scipy.stats.ks_2samp(reference, current)[1], default
     arguments (two-sided, method "auto"). drift when p <= threshold (0.05). Note "<=".
  chisquare (chisquare_stattest.py _chi_stat_test): keys = distinct non-null values of reference
     and current (utils.py get_unique_not_nan_values_list_from_series: list(set | set), so in
     set order); f_obs = current count per key (0 if absent); f_exp = reference count per key
     * len(current) / len(reference). p = scipy.stats.chisquare(f_obs, f_exp)[1]. A category
     only in current gives f_exp 0 -> statistic inf, p 0. drift when p < threshold (0.05).
  z (z_stattest.py _z_stat_test): if both sides have one distinct value and it is the same,
     p = 1. Else keys = sorted distinct values; each value is 0 if it equals keys[0] else 1;
     p1, p2 = mean of those in reference / current; P = pooled mean;
     z = (p1 - p2) / sqrt(P (1 - P) (1/n1 + 1/n2)); p = 2 (1 - Phi(|z|)) (scipy.stats.norm.cdf).
     drift when p < threshold (0.05). Chosen by default for <= 2 distinct values (numerical
     columns too, though the StatTest only lists Categorical).
  wasserstein (wasserstein_distance_norm.py _wasserstein_distance_norm):
     normed = scipy.stats.wasserstein_distance(reference, current) / max(np.std(reference), 0.001)
     np.std is the population std (ddof=0) of the reference. drift when normed >= 0.1.
  binning for psi, kl_div, jensenshannon (utils.py get_binned_data, n_bins is unused):
     if kind is num and reference.nunique() > 20: bins = np.histogram_bin_edges(reference +
     current concatenated, bins="sturges"); percents = np.histogram(side, bins)[0] / len(side).
     Otherwise (cat, or num with <= 20 distinct reference values): keys as for chisquare,
     percents = count per key / len(side).
     feel_zeroes (psi and kl_div, not jensenshannon): on each side separately, zero percents
     become min(nonzero) / 1e6 if min(nonzero) <= 0.0001, else 0.0001 (the percents then no
     longer sum to exactly 1).
  psi (psi.py _psi): sum((ref% - cur%) * ln(ref% / cur%)), feel_zeroes on. drift >= 0.1.
  kl_div (kl_div.py _kl_div): scipy.stats.entropy(ref%, cur%) (natural log; entropy rescales
     both vectors to sum 1), feel_zeroes on. drift >= 0.1.
  jensenshannon (jensenshannon.py _jensenshannon): scipy.spatial.distance.jensenshannon(ref%,
     cur%, base=None) (natural log, a distance: the square root of the divergence), no
     feel_zeroes. drift >= 0.1.
  hellinger (hellinger_distance.py _hellinger_distance): cat: sum over keys of
     sqrt(p_ref * p_cur) with p = count / len (0 if absent), clipped to [0, 1], distance =
     sqrt(1 - that). num: bins = np.histogram_bin_edges(distinct values of both sides,
     bins="sturges") (edges from the distinct values, not from the data), h = np.histogram(side,
     bins, density=True)[0], bin_width = (max(bins) - min(bins)) / (len(bins) - 1), sum of
     sqrt(h_ref * h_cur) * bin_width, clipped to [0, 1], distance = sqrt(1 - that). No epsilon.
     drift >= 0.1.

Keys come from a Python set in Evidently, so its sums run in an order that depends on string
hashing (PYTHONHASHSEED): results for string categories can differ from run to run in the last
bit or two. This script sorts the keys (deterministic); compare with a relative tolerance.
"""

import json
import math
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

DEFAULT_THRESHOLD = {
    "ks": 0.05,
    "chisquare": 0.05,
    "z": 0.05,
    "wasserstein": 0.1,
    "jensenshannon": 0.1,
    "psi": 0.1,
    "kl_div": 0.1,
    "hellinger": 0.1,
}


def die(message):
    print(f"scipy_stats: {message}", file=sys.stderr)
    sys.exit(1)


def clean(value):
    """JSON-safe: numpy scalars to Python, NaN/inf to None, arrays to lists."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [clean(v) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        return None if math.isnan(value) or math.isinf(value) else value
    return value


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def to_series(values, kind, integer):
    if kind == "num" and integer:
        return pd.Series([int(v) for v in values], dtype=np.int64)
    if kind == "num":
        out = pd.Series([np.nan if v is None else float(v) for v in values], dtype=np.float64)
        return out.replace([-np.inf, np.inf], np.nan).dropna().reset_index(drop=True)
    return pd.Series([v for v in values if v is not None], dtype=object)


def keys_of(reference, current):
    """get_unique_not_nan_values_list_from_series, sorted instead of set order."""
    return sorted(set(reference.dropna().unique()) | set(current.dropna().unique()), key=lambda k: (str(type(k)), k))


def counts(series, keys):
    found = series.value_counts().to_dict()
    return np.array([found.get(k, 0) for k in keys], dtype=np.float64)


def fill_zeroes(percents):
    nonzero = percents[percents != 0]
    low = nonzero.min()
    percents = percents.copy()
    percents[percents == 0] = low / 10**6 if low <= 0.0001 else 0.0001
    return percents


def binned(reference, current, kind, feel_zeroes):
    """utils.py get_binned_data."""
    out = {}
    if kind == "num" and reference.nunique() > 20:
        combined = np.asarray(pd.concat([reference, current], axis=0).values)
        bins = np.histogram_bin_edges(combined, bins="sturges")
        ref = np.histogram(reference, bins)[0] / len(reference)
        cur = np.histogram(current, bins)[0] / len(current)
        out["bins"] = bins
    else:
        keys = keys_of(reference, current)
        ref = counts(reference, keys) / len(reference)
        cur = counts(current, keys) / len(current)
        out["keys"] = keys
    if feel_zeroes:
        ref, cur = fill_zeroes(ref), fill_zeroes(cur)
    out["reference_percents"] = ref
    out["current_percents"] = cur
    return ref, cur, out


def run(test, reference, current, kind, threshold):
    if test == "ks":
        result = stats.ks_2samp(reference, current)
        p = float(result.pvalue)
        return {"statistic": result.statistic, "pvalue": p, "drift_score": p, "drift_detected": p <= threshold}
    if test == "chisquare":
        keys = keys_of(reference, current)
        k_norm = current.shape[0] / reference.shape[0]
        f_exp = counts(reference, keys) * k_norm
        f_obs = counts(current, keys)
        with np.errstate(divide="ignore", invalid="ignore"):
            result = stats.chisquare(f_obs, f_exp)
        p = float(result.pvalue)
        return {
            "statistic": result.statistic,
            "pvalue": p,
            "keys": keys,
            "f_obs": f_obs,
            "f_exp": f_exp,
            "drift_score": p,
            "drift_detected": p < threshold,
        }
    if test == "z":
        z = None
        if reference.nunique() == 1 and current.nunique() == 1 and reference.unique()[0] == current.unique()[0]:
            p = 1.0
        else:
            first = keys_of(reference, current)[0]
            ref = np.array([0 if v == first else 1 for v in reference], dtype=np.float64)
            cur = np.array([0 if v == first else 1 for v in current], dtype=np.float64)
            n1, n2 = len(ref), len(cur)
            p1, p2 = float(sum(ref)) / n1, float(sum(cur)) / n2
            pooled = float(p1 * n1 + p2 * n2) / (n1 + n2)
            with np.errstate(divide="ignore", invalid="ignore"):
                z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
            p = float(2 * (1 - stats.norm.cdf(np.abs(z))))
        return {"statistic": z, "pvalue": p, "drift_score": p, "drift_detected": p < threshold}
    if test == "wasserstein":
        plain = float(stats.wasserstein_distance(reference, current))
        norm = max(float(np.std(reference)), 0.001)
        normed = plain / norm
        return {
            "distance": plain,
            "norm": norm,
            "normed": normed,
            "drift_score": normed,
            "drift_detected": normed >= threshold,
        }
    if test == "jensenshannon":
        ref, cur, out = binned(reference, current, kind, feel_zeroes=False)
        value = float(distance.jensenshannon(ref, cur, None))
        return {**out, "drift_score": value, "drift_detected": value >= threshold}
    if test == "psi":
        ref, cur, out = binned(reference, current, kind, feel_zeroes=True)
        value = float(np.sum((ref - cur) * np.log(ref / cur)))
        return {**out, "drift_score": value, "drift_detected": value >= threshold}
    if test == "kl_div":
        ref, cur, out = binned(reference, current, kind, feel_zeroes=True)
        value = float(stats.entropy(ref, cur))
        return {**out, "drift_score": value, "drift_detected": value >= threshold}
    if test == "hellinger":
        keys = keys_of(reference, current)
        if kind == "cat":
            ref = reference.value_counts() / len(reference)
            cur = current.value_counts() / len(current)
            total = sum(math.sqrt(float(ref.get(k, 0)) * float(cur.get(k, 0))) for k in keys)
        else:
            bins = np.histogram_bin_edges(keys, bins="sturges")
            h1 = np.histogram(reference.to_numpy(), bins=bins, density=True)[0]
            h2 = np.histogram(current.to_numpy(), bins=bins, density=True)[0]
            width = (max(bins) - min(bins)) / (len(bins) - 1)
            total = sum(math.sqrt(float(a) * float(b)) * width for a, b in zip(h1, h2))
        value = math.sqrt(1 - float(np.clip(total, 0, 1)))
        return {"distance": value, "drift_score": value, "drift_detected": value >= threshold}
    die(f"unknown test {test!r}; known: {sorted(DEFAULT_THRESHOLD)}")


def main():
    if len(sys.argv) != 2:
        die("usage: scipy_stats.py INPUT.json")
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    test = spec.get("test")
    if test not in DEFAULT_THRESHOLD:
        die(f"unknown test {test!r}; known: {sorted(DEFAULT_THRESHOLD)}")
    raw_ref, raw_cur = spec["reference"], spec["current"]
    kind = spec.get("kind")
    if kind is None:
        values = [v for v in list(raw_ref) + list(raw_cur) if v is not None]
        kind = "num" if values and all(is_number(v) for v in values) else "cat"
    if kind not in ("num", "cat"):
        die(f"kind must be num or cat, not {kind!r}")
    integer = spec.get("dtype")
    if integer is None:
        integer = all(isinstance(v, int) and not isinstance(v, bool) for v in list(raw_ref) + list(raw_cur))
    else:
        integer = integer == "int"
    reference, current = to_series(raw_ref, kind, integer), to_series(raw_cur, kind, integer)
    if reference.empty or current.empty:
        die("reference or current has no non-null values (Evidently raises 'An empty column')")
    threshold = float(spec.get("threshold", DEFAULT_THRESHOLD[test]))
    result = run(test, reference, current, kind, threshold)
    out = {"test": test, "kind": kind, "threshold": threshold, **result}
    print(json.dumps(clean(out), sort_keys=True))


if __name__ == "__main__":
    main()
