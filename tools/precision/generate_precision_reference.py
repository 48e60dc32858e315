#!/usr/bin/env python3
"""References for the precision lens (model/precision), independent of the Java code.

Writes three CSV files under src/test/resources/io/activationplotter/model/precision/:

  rounding.csv       x, float16(x) by numpy's double->half cast, bfloat16(x) by bit manipulation in
                     numpy (round-to-nearest-even on the float32 bit pattern, for x exact in float32),
                     both cross-checked against an exact rational (fractions) rounder, which is also
                     used for bfloat16 of x not exact in float32 (no double rounding through float32).
  naive_float16.csv  x on a float16 grid and the naive formulas evaluated in numpy float16, every
                     operation rounded to float16: sigmoid 1/(1+exp(-x)), s*(1-s); softplus
                     log(1+exp(x)), 1/(1+exp(-x)). exp and log are computed in float64 and rounded once.
  underflow.csv      function, dtype, side, x where |f'(x)| equals half the smallest subnormal of the
                     format (mpmath, 40 digits): the end of the region where f' != 0 rounds to 0.

Run: python3 tools/precision/generate_precision_reference.py
"""
import csv
import math
import os
import random
from fractions import Fraction

import mpmath
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "test", "resources", "io", "activationplotter",
                   "model", "precision")

# (precision p incl. hidden bit, emin, emax)
FORMATS = {"float16": (11, -14, 15), "bfloat16": (8, -126, 127), "float32": (24, -126, 127)}


def exact_round(x, fmt):
    """Round a double to the format, ties to even, by exact rational arithmetic."""
    p, emin, emax = FORMATS[fmt]
    if math.isnan(x) or math.isinf(x) or x == 0:
        return x
    a = Fraction(abs(x))
    e = math.frexp(abs(x))[1] - 1          # a in [2^e, 2^(e+1))
    q = Fraction(2) ** (max(e, emin) - (p - 1))
    n = a / q
    lo = math.floor(n)
    rest = n - lo
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and lo % 2 == 1):
        lo += 1
    r = lo * q
    max_finite = (2 - Fraction(2) ** (1 - p)) * Fraction(2) ** emax
    if r > max_finite:
        return math.copysign(math.inf, x)
    return math.copysign(float(r), x)


def bf16_bits(x32):
    """bfloat16 of a float32 by bit manipulation: round the low 16 bits to nearest even."""
    b = np.array([x32], dtype=np.float32).view(np.uint32).astype(np.uint64)[0]
    if (b & 0x7F800000) == 0x7F800000:
        return float(np.float32(x32))
    lsb = (b >> 16) & 1
    b = (b + 0x7FFF + lsb) & 0xFFFF0000
    return float(np.array([b], dtype=np.uint64).astype(np.uint32).view(np.float32)[0])


def rounding_inputs():
    xs = [0.0, 1.0, -1.0, 0.1, 1 / 3, math.pi, 65504.0, 65519.99, 65520.0, -65520.0, 1e5, 3.4e38, 3.5e38,
          1e300, 5e-324, 2.0 ** -14, 2.0 ** -24, 2.0 ** -25, 3 * 2.0 ** -25, 2.0 ** -25 * (1 + 2 ** -40),
          2.0 ** -133, 2.0 ** -134, 3 * 2.0 ** -134, 2.0 ** -126, 2.0 ** -149, 2.0 ** -150]
    for fmt, (p, emin, emax) in FORMATS.items():
        for e in (0, 3, -5, emin, emin - 3, emax):
            one = 2.0 ** e
            ulp = 2.0 ** (e - (p - 1))
            for k in range(4):  # ties above even and odd significands, and their neighbours
                tie = one + (k + 0.5) * ulp
                xs += [tie, -tie, math.nextafter(tie, math.inf), math.nextafter(tie, -math.inf)]
            # a tie in the format that float32 would create by rounding first: the double-rounding trap
            xs += [one + 0.5 * ulp + 2.0 ** (e - 40), one + 1.5 * ulp - 2.0 ** (e - 40)]
    rnd = random.Random(12)
    for _ in range(400):
        xs.append(rnd.choice((-1, 1)) * rnd.uniform(1, 2) * 2.0 ** rnd.randint(-150, 130))
    for _ in range(200):
        xs.append(float(np.float32(rnd.uniform(-8, 8))))
    return [x for x in xs if math.isfinite(x)]


def write_rounding():
    rows = []
    for x in rounding_inputs():
        with np.errstate(over="ignore"):
            h = float(np.float64(x).astype(np.float16))
        assert h == exact_round(x, "float16") or (math.isnan(h) and False), (x, h)
        b = exact_round(x, "bfloat16")
        with np.errstate(over="ignore"):
            x32 = np.float32(x)
        if math.isfinite(float(x32)) and float(x32) == x:
            assert bf16_bits(x32) == b, (x, bf16_bits(x32), b)
        rows.append((repr(x), repr(h), repr(b)))
    with open(os.path.join(OUT, "rounding.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(("x", "float16", "bfloat16"))
        w.writerows(rows)
    return len(rows)


def h(v):
    """Round a float64 (or float16 arithmetic result) to float16."""
    return np.float16(v)


def naive_sigmoid(x):
    one = h(1.0)
    s = one / (one + h(np.exp(np.float64(-x))))
    return s, s * (one - s)


def naive_softplus(x):
    one = h(1.0)
    f = h(np.log(np.float64(one + h(np.exp(np.float64(x))))))
    return f, one / (one + h(np.exp(np.float64(-x))))


def write_naive():
    grid = np.unique(np.float16(np.linspace(-20, 20, 4001)))
    rows = []
    with np.errstate(over="ignore", divide="ignore"):
        for x in grid:
            sf, sd = naive_sigmoid(x)
            pf, pd = naive_softplus(x)
            rows.append(tuple(repr(float(v)) for v in (x, sf, sd, pf, pd)))
    with open(os.path.join(OUT, "naive_float16.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(("x", "sigmoid_f", "sigmoid_df", "softplus_f", "softplus_df"))
        w.writerows(rows)
    return len(rows)


mpmath.mp.dps = 40
S = lambda x: 1 / (1 + mpmath.exp(-x))
PHI = lambda x: mpmath.exp(-x * x / 2) / mpmath.sqrt(2 * mpmath.pi)
CDF = lambda x: mpmath.erfc(-x / mpmath.sqrt(2)) / 2
SELU_A = mpmath.mpf("1.6732632423543772848170429916717")
SELU_S = mpmath.mpf("1.0507009873554804934193349852946")
# f'(x) on the side where it tends to 0, and a start point for the search (left side negative x)
DERIVATIVES = {
    "sigmoid": (lambda x: S(x) * S(-x), ("left", "right")),
    "tanh": (lambda x: 1 / mpmath.cosh(x) ** 2, ("left", "right")),
    "softplus": (lambda x: S(x), ("left",)),
    "silu": (lambda x: S(x) * (1 + x * (1 - S(x))), ("left",)),
    "gelu": (lambda x: CDF(x) + x * PHI(x), ("left",)),
    "elu": (lambda x: mpmath.exp(x), ("left",)),
    "selu": (lambda x: SELU_S * SELU_A * mpmath.exp(x), ("left",)),
    "celu": (lambda x: mpmath.exp(x), ("left",)),
    "logsigmoid": (lambda x: S(-x), ("right",)),
    "mish": (lambda x: mpmath.tanh(mpmath.log1p(mpmath.exp(x)))
             + x * (1 - mpmath.tanh(mpmath.log1p(mpmath.exp(x))) ** 2) * S(x), ("left",)),
    "softsign": (lambda x: 1 / (1 + abs(x)) ** 2, ("left", "right")),
}


def underflow_end(df, side, fmt):
    p, emin, _ = FORMATS[fmt]
    half = mpmath.mpf(2) ** (emin - p)   # half the smallest subnormal 2^(emin-p+1)
    sign = -1 if side == "left" else 1
    g = lambda t: mpmath.log(abs(df(sign * t))) - mpmath.log(half)
    lo, hi = mpmath.mpf(1), mpmath.mpf(2)
    while g(hi) > 0:
        lo, hi = hi, hi * 2
    t = mpmath.findroot(g, (lo, hi), solver="anderson")
    return sign * t


def write_underflow():
    rows = []
    for name, (df, sides) in DERIVATIVES.items():
        for fmt in ("float16", "bfloat16", "float32"):
            for side in sides:
                x = underflow_end(df, side, fmt)
                rows.append((name, fmt, side, mpmath.nstr(x, 25)))
    with open(os.path.join(OUT, "underflow.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(("function", "dtype", "side", "x"))
        w.writerows(rows)
    return rows


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    print("rounding rows:", write_rounding())
    print("naive rows:", write_naive())
    for r in write_underflow():
        if r[0] in ("sigmoid", "tanh") and r[1] == "float16":
            print(*r)


def write_approximations():
    """max |exact - approximation| on [-6, 6]: a fine grid, then the local maximum by mpmath's findroot."""
    gelu = lambda x: x * CDF(x)
    gelu_tanh = lambda x: x / 2 * (1 + mpmath.tanh(mpmath.sqrt(2 / mpmath.pi) * (x + mpmath.mpf("0.044715") * x ** 3)))
    quick = lambda x: x * S(mpmath.mpf("1.702") * x)
    silu = lambda x: x * S(x)
    hardswish = lambda x: x * min(max(x + 3, 0), 6) / 6
    pairs = [("GELU − GELU (tanh)", gelu, gelu_tanh), ("GELU − QuickGELU", gelu, quick),
             ("SiLU − Hardswish", silu, hardswish)]
    rows = []
    for name, f, g in pairs:
        d = lambda x: abs(f(x) - g(x))
        grid = [mpmath.mpf(-6) + mpmath.mpf(12) * i / 24000 for i in range(24001)]
        best = max(grid, key=d)
        try:
            x = mpmath.findroot(lambda t: mpmath.diff(lambda u: f(u) - g(u), t), best)
            if abs(x - best) > mpmath.mpf("0.01") or d(x) < d(best):
                x = best
        except (ValueError, ZeroDivisionError):
            x = best
        rows.append((name, mpmath.nstr(x, 17), mpmath.nstr(d(x), 17)))
    with open(os.path.join(OUT, "approximations.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(("pair", "x", "max_abs_difference"))
        w.writerows(rows)
    return rows


if __name__ == "__main__":
    for r in write_approximations():
        print(*r)
