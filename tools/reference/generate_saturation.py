#!/usr/bin/env python3
"""Writes the reference ends of the saturation tests: every x where |f'(x)| crosses T.

For each smooth or piecewise-smooth catalogue function with PyTorch's default parameters and each
threshold T, a float64 scan of |f'(x)| - T (step 1e-6 on [-5, 5], 1e-3 out to +-150) brackets every
sign change; each bracket is then bisected with mpmath at 40 digits (f' written with tail-safe
formulas). A sign change at a jump of f' (hardswish at -3) converges to the jump itself, which is
exactly where the Java analysis puts a hard end.

Columns: function, threshold (repr of the double), crossings (ascending, ';'-separated, 20
significant digits). The Java test compares the finite ends of the reported regions with them.

Usage (about 20 minutes, mostly the mpmath scans of mish and gelu_tanh):
    python3 tools/reference/generate_saturation.py [OUTPUT_FILE]
(default: src/test/resources/reference/saturation_ends.csv of this repository).
"""
import os
import sys

import numpy as np
from mpmath import mp, mpf
from scipy.special import ndtr

mp.dps = 40

THRESHOLDS = [1e-4, 1e-3, 1e-2, 0.05, 0.1, 0.2]
SELU_ALPHA = mpf("1.6732632423543772848170429916717")
SELU_SCALE = mpf("1.0507009873554804934193349852946")
KAPPA = mpf("0.044715")


def sig(x):
    return 1 / (1 + mp.exp(-x))


def softplus(x):
    return mp.log1p(mp.exp(x)) if x < 30 else x + mp.log1p(mp.exp(-x))


def mish_d(x):
    sp = softplus(x)
    t = mp.tanh(sp)
    return t + x * (1 - t * t) * sig(x)


def gelu_tanh_d(x):
    c = mp.sqrt(2 / mp.pi)
    u = c * (x + KAPPA * x ** 3)
    t = mp.tanh(u)
    return (1 + t) / 2 + x / 2 * (1 - t * t) * c * (1 + 3 * KAPPA * x * x)


def hardswish_d(x):
    if x < -3:
        return mpf(0)
    if x <= 3:
        return x / 3 + mpf(1) / 2
    return mpf(1)


# name -> (mpmath f', numpy f')
FUNCTIONS = {
    "sigmoid": (lambda x: sig(x) * sig(-x), lambda x: np.exp(-np.abs(x)) / (1 + np.exp(-np.abs(x))) ** 2),
    "tanh": (lambda x: 1 / mp.cosh(x) ** 2, lambda x: 1 / np.cosh(np.clip(x, -300, 300)) ** 2),
    "elu": (lambda x: mp.exp(x) if x <= 0 else mpf(1), lambda x: np.where(x <= 0, np.exp(np.minimum(x, 0)), 1.0)),
    "selu": (lambda x: SELU_SCALE * SELU_ALPHA * mp.exp(x) if x <= 0 else SELU_SCALE,
             lambda x: np.where(x <= 0, 1.7580993408473766 * np.exp(np.minimum(x, 0)), 1.0507009873554805)),
    "celu": (lambda x: mp.exp(x) if x <= 0 else mpf(1), lambda x: np.where(x <= 0, np.exp(np.minimum(x, 0)), 1.0)),
    "softplus": (lambda x: sig(x), lambda x: 1 / (1 + np.exp(-x))),
    "silu": (lambda x: sig(x) * (1 + x * sig(-x)), lambda x: (1 + x / (1 + np.exp(x))) / (1 + np.exp(-x))),
    "swish": (lambda x: sig(x) * (1 + x * sig(-x)), lambda x: (1 + x / (1 + np.exp(x))) / (1 + np.exp(-x))),
    "gelu": (lambda x: mp.ncdf(x) + x * mp.npdf(x), lambda x: ndtr(x) + x * np.exp(-x * x / 2) / np.sqrt(2 * np.pi)),
    "gelu_tanh": (gelu_tanh_d, None),
    "mish": (mish_d, None),
    "softsign": (lambda x: 1 / (1 + abs(x)) ** 2, lambda x: 1 / (1 + np.abs(x)) ** 2),
    "logsigmoid": (lambda x: sig(-x), lambda x: 1 / (1 + np.exp(x))),
    "tanhshrink": (lambda x: mp.tanh(x) ** 2, lambda x: np.tanh(x) ** 2),
    "hardswish": (hardswish_d, lambda x: np.where(x < -3, 0.0, np.where(x <= 3, x / 3 + 0.5, 1.0))),
}


def numpy_from_mp(d):
    """A slow but safe float scan for functions without a numpy form."""
    return np.vectorize(lambda v: float(d(mpf(float(v)))))


def scan_grid():
    return np.concatenate([np.arange(-150, -5, 1e-3), np.arange(-5, 5, 1e-6), np.arange(5, 150, 1e-3)])


def crossings(d_mp, d_np, t, xs, values):
    low = np.abs(values) < t
    idx = np.nonzero(low[1:] != low[:-1])[0]
    out = []
    for i in idx:
        a, b = mpf(float(xs[i])), mpf(float(xs[i + 1]))
        la = abs(d_mp(a)) < t
        lb = abs(d_mp(b)) < t
        if la == lb:
            raise SystemExit(f"float and mpmath disagree on the bracket [{a}, {b}] for T={t}")
        for _ in range(160):
            m = (a + b) / 2
            if (abs(d_mp(m)) < t) == la:
                a = m
            else:
                b = m
        out.append((a + b) / 2)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "src", "test", "resources", "reference", "saturation_ends.csv")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    xs = scan_grid()
    rows = ["function,threshold,crossings"]
    for name, (d_mp, d_np) in FUNCTIONS.items():
        if d_np is None:
            dense = np.concatenate([np.arange(-150, -5, 1e-2), np.arange(-5, 5, 1e-4), np.arange(5, 150, 1e-2)])
            grid, values = dense, numpy_from_mp(d_mp)(dense)
        else:
            with np.errstate(over="ignore", invalid="ignore"):
                grid, values = xs, d_np(xs)
        for t in THRESHOLDS:
            found = crossings(d_mp, d_np, mpf(t), grid, values)
            rows.append(f"{name},{t!r},{';'.join(mp.nstr(c, 20) for c in found)}")
            print(rows[-1], file=sys.stderr)
    with open(path, "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
