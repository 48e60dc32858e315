#!/usr/bin/env python3
"""Writes the references of the pre-activation distribution tests (issue 11, section 1).

For z ~ N(mu, sigma^2) and an activation f with threshold T, computes with mpmath at 30 digits,
independently of the Java code:

- the set {x : |f'(x)| < T}: a scan of |f'(x)| - T in float-free mpmath steps of 1/64 on [-64, 64]
  brackets each change of sign, bisected to 1e-28 (a change at a kink converges to the kink);
  the intervals reaching the ends of the scan are the saturated regions (left/right; the whole line
  counts as left), the bounded ones low-gradient zones;
- their probabilities with mpmath's ncdf (no integration of the density);
- dead = P(f'(z) = 0 exactly), from the known zero sets (relu: z < 0; hardtanh: outside
  [min_val, max_val]; none for the others);
- E[f], sd[f] (as sqrt(E[(f - E f)^2])), E[f'], E[f'^2] by mp.quad (tanh-sinh) in z on pieces
  split at mu + k sigma (k = 0, +-3, +-10, +-40) and at the kinks.

Columns: function, params (name=value;...), mean, std, threshold, then saturated, saturated_left,
saturated_right, low_gradient, dead, mean_f, std_f, mean_df, mean_df2 (20 significant digits).

Usage: python3 tools/reference/generate_distribution.py [OUTPUT_FILE]
(default: src/test/resources/reference/distribution.csv of this repository; about a minute).
"""
import os
import sys

from mpmath import mp, mpf

mp.dps = 30


def sig(x):
    return 1 / (1 + mp.exp(-x))


def functions():
    """id -> (params text, f, f', kinks, dead intervals)."""
    inf = mp.inf
    return [
        ("sigmoid", "", sig, lambda x: sig(x) * sig(-x), [], []),
        ("tanh", "", mp.tanh, lambda x: 1 / mp.cosh(x) ** 2, [], []),
        ("relu", "", lambda x: max(x, 0), lambda x: mpf(1) if x > 0 else mpf(0), [0], [(-inf, 0)]),
        ("leaky_relu", "", lambda x: x if x > 0 else mpf("0.01") * x,
         lambda x: mpf(1) if x > 0 else mpf("0.01"), [0], []),
        ("leaky_relu", "negative_slope=0.2", lambda x: x if x > 0 else mpf("0.2") * x,
         lambda x: mpf(1) if x > 0 else mpf("0.2"), [0], []),
        ("elu", "", lambda x: x if x > 0 else mp.expm1(x), lambda x: mpf(1) if x > 0 else mp.exp(x), [0], []),
        ("elu", "alpha=0.5", lambda x: x if x > 0 else mpf("0.5") * mp.expm1(x),
         lambda x: mpf(1) if x > 0 else mpf("0.5") * mp.exp(x), [0], []),
        ("gelu", "", lambda x: x * mp.ncdf(x), lambda x: mp.ncdf(x) + x * mp.npdf(x), [], []),
        ("silu", "", lambda x: x * sig(x), lambda x: sig(x) * (1 + x * sig(-x)), [], []),
        ("softplus", "", lambda x: mp.log1p(mp.exp(x)), sig, [], []),
        ("softplus", "beta=2", lambda x: mp.log1p(mp.exp(2 * x)) / 2, lambda x: sig(2 * x), [], []),
        ("hardtanh", "", lambda x: max(mpf(-1), min(mpf(1), x)),
         lambda x: mpf(1) if -1 < x < 1 else mpf(0), [-1, 1], [(-inf, -1), (1, inf)]),
    ]


CASES = [(0, 1), (0, "0.01"), (0, 10), (1, "0.5"), (-2, 3), ("0.3", 2)]
THRESHOLDS = ["0.05", "0.01"]


def low_set(df, t):
    """The intervals where |f'| < t, ends bisected; the scan's ends stand for -inf and +inf."""
    step = mpf(1) / 64
    xs = [mpf(-64) + k * step for k in range(64 * 128 + 1)]
    low = [abs(df(x)) < t for x in xs]
    ends = []
    for k in range(len(xs) - 1):
        if low[k] != low[k + 1]:
            a, b = xs[k], xs[k + 1]
            for _ in range(100):
                m = (a + b) / 2
                if (abs(df(m)) < t) == low[k]:
                    a = m
                else:
                    b = m
            ends.append((a + b) / 2)
    intervals = []
    start = -mp.inf if low[0] else None
    for e in ends:
        if start is None:
            start = e
        else:
            intervals.append((start, e))
            start = None
    if start is not None:
        intervals.append((start, mp.inf))
    return intervals


def prob(a, b, mu, sd):
    lo = 0 if a == -mp.inf else mp.ncdf(a, mu, sd)
    hi = 1 if b == mp.inf else mp.ncdf(b, mu, sd)
    if a != -mp.inf and (a - mu) / sd > 0:  # right tail: 1 - ncdf loses digits; use the symmetric form
        lo2 = mp.ncdf(-(a - mu) / sd)
        hi2 = 0 if b == mp.inf else mp.ncdf(-(b - mu) / sd)
        return lo2 - hi2
    return hi - lo


def expect(g, mu, sd, kinks):
    pts = sorted(set([mu + k * sd for k in (-40, -10, -3, 0, 3, 10, 40)] + [mpf(k) for k in kinks
                                                                               if abs(k - mu) < 40 * sd]))
    pts = [-mp.inf] + pts + [mp.inf]
    return mp.quad(lambda z: g(z) * mp.npdf(z, mu, sd), pts)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "..", "src", "test", "resources", "reference", "distribution.csv")
    rows = ["function,params,mean,std,threshold,saturated,saturated_left,saturated_right,low_gradient,dead,"
            "mean_f,std_f,mean_df,mean_df2"]
    for fid, params, f, df, kinks, dead_set in functions():
        for t_text in THRESHOLDS:
            t = mpf(t_text)
            intervals = low_set(df, t)
            for mu_v, sd_v in CASES:
                mu, sd = mpf(mu_v), mpf(sd_v)
                left = right = low = mpf(0)
                for a, b in intervals:
                    p = prob(a, b, mu, sd)
                    if a == -mp.inf:
                        left += p
                    elif b == mp.inf:
                        right += p
                    else:
                        low += p
                dead = sum((prob(a, b, mu, sd) for a, b in dead_set), mpf(0))
                mf = expect(f, mu, sd, kinks)
                vf = expect(lambda z: (f(z) - mf) ** 2, mu, sd, kinks)
                mdf = expect(df, mu, sd, kinks)
                mdf2 = expect(lambda z: df(z) ** 2, mu, sd, kinks)
                vals = [min(left + right, 1), left, right, low, dead, mf, mp.sqrt(vf), mdf, mdf2]
                rows.append(",".join([fid, params, str(mu_v), str(sd_v), t_text]
                                     + [mp.nstr(v, 20, min_fixed=-4, max_fixed=4) if v != 0 else "0" for v in vals]))
                print(rows[-1], file=sys.stderr)
    with open(out, "w") as fh:
        fh.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
