#!/usr/bin/env python3
"""Reference values for custom formulas (model/expr): f and f' at 50 digits.

Each formula is given twice: as the app parses it (the CSV's formula column) and, independently, as a
SymPy expression written by hand; SymPy differentiates that one symbolically and mpmath evaluates
both at 50 significant digits. The Java test ExprReferenceTest reads the CSV.

    python3 tools/expr_reference.py > src/test/resources/io/activationplotter/model/expr/expr_reference.csv
"""
import csv
import sys

import mpmath
import sympy as sp

mpmath.mp.dps = 50
x = sp.Symbol("x", real=True)


def sigmoid(u):
    return 1 / (1 + sp.exp(-u))


def softplus(u, beta=1):
    return sp.log(1 + sp.exp(beta * u)) / beta


def gelu(u):
    return u / 2 * (1 + sp.erf(u / sp.sqrt(2)))


# (formula as typed, parameters "a=1.702;b=4", SymPy expression with the parameter values put in)
CASES = [
    # log(1 + exp(x)) cancels for x << 0 and 1 - sigmoid(x) for x >> 0: these formulas are only as
    # accurate as they are written (the app says so); their rows get a looser tolerance (LOOSE)
    ("x*tanh(log(1+exp(x)))", "", x * sp.tanh(sp.log(1 + sp.exp(x)))),
    ("x * sigmoid(a*x)", "a=1.702", x * sigmoid(sp.Rational(1702, 1000) * x)),
    ("where(x > 0, x, 0.1*x)", "", sp.Piecewise((x, x > 0), (x / 10, True))),
    ("if(x <= -1, 0, if(x >= 1, x, (x+1)^2/4))", "",
     sp.Piecewise((0, x <= -1), (x, x >= 1), ((x + 1) ** 2 / 4, True))),
    ("x^3 - 2*x^2 + x/4", "", x ** 3 - 2 * x ** 2 + x / 4),
    ("-x^2 + 2^-x", "", -(x ** 2) + 2 ** (-x)),
    ("2^3^2 * x", "", 512 * x),
    ("exp(-x^2/2) / sqrt(2*pi)", "", sp.exp(-x ** 2 / 2) / sp.sqrt(2 * sp.pi)),
    ("(x + sqrt(x^2 + b)) / 2", "b=4", (x + sp.sqrt(x ** 2 + 4)) / 2),
    ("erf(x/sqrt(2))", "", sp.erf(x / sp.sqrt(2))),
    ("erfc(x) * e", "", sp.erfc(x) * sp.E),
    ("max(x, 0) + 0.2*min(x, 0)", "", sp.Piecewise((x, x > 0), (x / 5, True))),
    ("abs(x)*sin(x) + cos(2*x)", "", sp.Abs(x) * sp.sin(x) + sp.cos(2 * x)),
    ("expm1(x) / (1 + x**2)", "", (sp.exp(x) - 1) / (1 + x ** 2)),
    ("log1p(x^2) - log(1 + abs(x))", "", sp.log(1 + x ** 2) - sp.log(1 + sp.Abs(x))),
    ("softplus(x, 2)", "", softplus(x, 2)),
    ("gelu(x) * k", "k=0.5", gelu(x) / 2),
    ("leaky_relu(x, s) - relu(-x)", "s=0.1", sp.Piecewise((x, x > 0), (x / 10 + x, True))),
    ("sigmoid(x) * (1 - sigmoid(x))", "", sigmoid(x) * (1 - sigmoid(x))),
    ("tanh(a*x)^2 / a", "a=3", sp.tanh(3 * x) ** 2 / 3),
]

# relative tolerance of f and f' per formula: rounding of a well-conditioned formula, or LOOSE
TIGHT = "1e-12"
LOOSE = "1e-6"
LOOSE_FORMULAS = {"x*tanh(log(1+exp(x)))", "sigmoid(x) * (1 - sigmoid(x))"}

XS = ["-20", "-7.5", "-3", "-1.25", "-0.5", "-0.001", "0.001", "0.3", "1", "2.5", "6", "15"]


def main():
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["formula", "params", "x", "f", "df", "tol"])
    for formula, params, expr in CASES:
        d = sp.diff(expr, x)
        for xs in XS:
            xv = sp.Rational(xs)  # exact: evalf then adapts its precision to cancellation (1 - tanh^2)
            f = sp.N(expr.subs(x, xv), 40)
            df = sp.N(d.subs(x, xv), 40)
            out.writerow([formula, params, xs, mpmath.nstr(mpmath.mpf(str(f)), 25),
                          mpmath.nstr(mpmath.mpf(str(df)), 25),
                          LOOSE if formula in LOOSE_FORMULAS else TIGHT])


if __name__ == "__main__":
    main()
