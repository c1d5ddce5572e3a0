"""scipy's own values for the drift statistics tests (test/unit/drift/*.test.ts).

Usage: python scipy_oracle.py CASES.json  -> prints {"<op>": [result, ...], ...} as JSON.
Non-finite floats are written as the strings "nan", "inf", "-inf" so JSON.parse keeps them.
The Evidently formulas (psi, kl_div, hellinger, z) are restated here from evidently 0.7.x
evidently/legacy/calculations/stattests/{utils,psi,kl_div,hellinger_distance,z_stattest}.py,
on top of scipy/numpy, so the oracle does not need evidently installed.
"""
import json
import math
import sys

import numpy as np
from scipy import special, stats
from scipy.spatial import distance


def num(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def fill_zeroes(p):
    p = np.array(p, dtype=float)
    nz = p[p != 0]
    np.place(p, p == 0, min(nz) / 10**6 if min(nz) <= 0.0001 else 0.0001)
    return p


def ks(case):
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = stats.ks_2samp(np.array(case["a"]), np.array(case["b"]))
    fell_back = any("Switching to method=asymp" in str(w.message) for w in caught)
    n1, n2 = len(case["a"]), len(case["b"])
    method = "exact" if max(n1, n2) <= 10000 and not fell_back else "asymp"
    return {"statistic": num(r.statistic), "pvalue": num(r.pvalue), "method": method}


def chisq(case):
    r = stats.chisquare(case["observed"], case["expected"])
    return {"statistic": num(r.statistic), "pvalue": num(r.pvalue)}


def ztest(case):
    s1, n1, s2, n2 = case
    p1, p2 = float(s1) / n1, float(s2) / n2
    P = float(p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(P * (1 - P) * (1.0 / n1 + 1.0 / n2))
    return {"statistic": num(z), "pvalue": num(2 * (1 - stats.norm.cdf(np.abs(z))))}


def hellinger(case):
    p, q = case
    h = 0.0
    for a, b in zip(p, q):
        h += math.sqrt(float(a) * float(b))
    return num(math.sqrt(1 - np.clip(h, 0, 1)))


OPS = {
    "ks2samp": ks,
    "chisquare": chisq,
    "gammaincc": lambda c: num(special.gammaincc(c[0], c[1])),
    "gammainc": lambda c: num(special.gammainc(c[0], c[1])),
    "kstwo_sf": lambda c: num(stats.kstwo.sf(c[1], c[0])),
    "smirnov": lambda c: num(special.smirnov(c[0], c[1])),
    "norm_sf": lambda c: num(stats.norm.sf(c)),
    "norm_cdf": lambda c: num(stats.norm.cdf(c)),
    "erfc": lambda c: num(special.erfc(c)),
    "ztest": ztest,
    "wasserstein": lambda c: num(stats.wasserstein_distance(c["a"], c["b"])),
    "jensenshannon": lambda c: num(distance.jensenshannon(c["p"], c["q"], base=c.get("base"))),
    "psi": lambda c: num(np.sum((fill_zeroes(c[0]) - fill_zeroes(c[1])) * np.log(fill_zeroes(c[0]) / fill_zeroes(c[1])))),
    "kl_div": lambda c: num(stats.entropy(fill_zeroes(c[0]), fill_zeroes(c[1]))),
    "hellinger": hellinger,
}


def main():
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    out = {op: [OPS[op](c) for c in items] for op, items in cases.items()}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
