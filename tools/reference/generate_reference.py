#!/usr/bin/env python3
"""Writes the reference values the accuracy tests compare against.

For every activation in the catalogue and a few parameter sets each (PyTorch's default, the ends
of the slider range and a middle value), evaluates f(x) and f'(x) at ~50 significant digits with
mpmath, using tail-safe formulas (log1p, expm1, erfc, sigma(-x) instead of 1 - sigma(x)) so the
references themselves do not cancel. Parameters and x are the exact doubles the Java code sees.

Points: 0, log-spaced +-1e-12 .. 700, a dense grid on [-12, 12], random points (fixed seed), and
every breakpoint with its neighbouring doubles.

Columns: params (name=repr;...), x (repr of the double), f, df (references, 22 significant
digits, "0" when the true value is exactly zero), cond_f = |x f'/f|, cond_df = |x f''/f'|
(condition numbers, f'' by mpmath's high-precision numerical differentiation, one-sided at
breakpoints; "Infinity" when the quantity is exactly zero).

Usage: python3 tools/reference/generate_reference.py [OUTPUT_DIR] [--random N] [--random-params M] [ID ...]
(default directory: src/test/resources/reference of this repository; --random N adds N more random
points in [-40, 40] per parameter set and --random-params M adds M random parameter sets from the
slider ranges, for stress runs: mvn test -Dtest=ReferenceAccuracyTest -Dreference.dir=OUTPUT_DIR).
"""
import argparse
import math
import os
import random
import sys

from mpmath import mp, mpf

mp.dps = 50

DIGITS = 22


def sig(x):
    """The logistic sigmoid, accurate in both tails."""
    return 1 / (1 + mp.exp(-x))


def sech2(x):
    return 1 / mp.cosh(x) ** 2


# --- the functions: each maps (x, p) -> value, with p a dict of mpf parameters ------------

def step(x, p): return mpf(1) if x >= 0 else mpf(0)
def d_step(x, p): return mpf(0)


def relu6(x, p): return mpf(0) if x <= 0 else min(x, mpf(6))
def d_relu6(x, p): return mpf(1) if 0 < x < 6 else mpf(0)


def leaky(slope):
    return (lambda x: x if x >= 0 else slope * x), (lambda x: mpf(1) if x > 0 else slope)


def elu(x, p): return x if x > 0 else p['alpha'] * mp.expm1(x)
def d_elu(x, p): return mpf(1) if x > 0 else p['alpha'] * mp.exp(x)


SELU_ALPHA = mpf('1.6732632423543772848170429916717')
SELU_SCALE = mpf('1.0507009873554804934193349852946')
def selu(x, p): return SELU_SCALE * (x if x > 0 else SELU_ALPHA * mp.expm1(x))
def d_selu(x, p): return SELU_SCALE * (1 if x > 0 else SELU_ALPHA * mp.exp(x))


def celu(x, p): return x if x > 0 else p['alpha'] * mp.expm1(x / p['alpha'])
def d_celu(x, p): return mpf(1) if x > 0 else mp.exp(x / p['alpha'])


def Phi(x):
    z = -x / mp.sqrt(2)
    if abs(z) < 1:  # mpmath's erfc overflows internally for tiny arguments; 1 - erf is exact enough here
        return (1 - mp.erf(z)) / 2
    return mp.erfc(z) / 2
def phi(x): return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)
def gelu(x, p): return x * Phi(x)
def d_gelu(x, p): return Phi(x) + x * phi(x)


KAPPA = mpf('0.044715')
def gt_u(x): return mp.sqrt(2 / mp.pi) * (x + KAPPA * x ** 3)
def gelu_tanh(x, p): return x * sig(2 * gt_u(x))  # 0.5 x (1 + tanh u), 1 + tanh u = 2 sigma(2u)
def d_gelu_tanh(x, p):
    u = gt_u(x)
    du = mp.sqrt(2 / mp.pi) * (1 + 3 * KAPPA * x ** 2)
    return sig(2 * u) + x / 2 * sech2(u) * du


def silu(x, p): return x * sig(x)
def d_silu(x, p): return sig(x) * (1 + x * sig(-x))


def swish(x, p): return x * sig(p['beta'] * x)
def d_swish(x, p):
    z = p['beta'] * x
    return sig(z) * (1 + z * sig(-z))


def softplus1(x): return mp.log1p(mp.exp(x))
def mish(x, p): return x * mp.tanh(softplus1(x))
def d_mish(x, p):
    s = softplus1(x)
    return mp.tanh(s) + x * sig(x) * sech2(s)


def softplus_shortcut(x, p):
    # nn.Softplus's threshold: beta*x rounded to a double, compared with the double threshold
    t = p.get('threshold')
    return t is not None and float(p['beta']) * float(x) > float(t)
def softplus(x, p): return x if softplus_shortcut(x, p) else mp.log1p(mp.exp(p['beta'] * x)) / p['beta']
def d_softplus(x, p): return mpf(1) if softplus_shortcut(x, p) else sig(p['beta'] * x)
def softplus_breaks(p):
    t = p.get('threshold')
    if t is None or t >= 40.0:
        return []
    q = t / p['beta']
    while p['beta'] * q > t:
        q = math.nextafter(q, -math.inf)
    while not p['beta'] * q > t:
        q = math.nextafter(q, math.inf)
    return [q]


def softsign(x, p): return x / (1 + abs(x))
def d_softsign(x, p): return 1 / (1 + abs(x)) ** 2


def hardtanh(x, p):
    lo, hi = p['min_val'], p['max_val']
    return lo if x <= lo else min(x, hi)
def d_hardtanh(x, p): return mpf(1) if p['min_val'] < x < p['max_val'] else mpf(0)


def hardsigmoid(x, p): return mpf(0) if x <= -3 else (mpf(1) if x >= 3 else (x + 3) / 6)
def d_hardsigmoid(x, p): return mpf(1) / 6 if -3 < x < 3 else mpf(0)


def hardswish(x, p): return mpf(0) if x <= -3 else (x if x >= 3 else x * (x + 3) / 6)
# current PyTorch hardswish_backward: the middle formula on the open interval (-3, 3) only
def d_hardswish(x, p): return mpf(0) if x <= -3 else (mpf(1) if x >= 3 else (2 * x + 3) / 6)


def tanhshrink(x, p):
    if x == 0 or abs(x) >= 1:
        return x - mp.tanh(x)
    # x - tanh x cancels near 0: use (x cosh x - sinh x)/cosh x with the all-positive series
    # x cosh x - sinh x = sum 2k x^(2k+1)/(2k+1)!
    total, k, term = mpf(0), 1, x ** 3 / 6
    while True:
        add = 2 * k * term
        total += add
        if abs(add) < abs(total) * mpf(10) ** (-mp.dps - 5):
            return total / mp.cosh(x)
        term = term * x * x / ((2 * k + 2) * (2 * k + 3))
        k += 1
def d_tanhshrink(x, p): return mp.tanh(x) ** 2


def softshrink(x, p):
    lam = p['lambd']
    return x - lam if x > lam else (x + lam if x < -lam else mpf(0))
def d_softshrink(x, p): return mpf(0) if -p['lambd'] <= x <= p['lambd'] else mpf(1)


def hardshrink(x, p): return mpf(0) if -p['lambd'] <= x <= p['lambd'] else x
def d_hardshrink(x, p): return mpf(0) if -p['lambd'] <= x <= p['lambd'] else mpf(1)


def logsigmoid(x, p): return -mp.log1p(mp.exp(-x))
def d_logsigmoid(x, p): return sig(-x)


def threshold(x, p): return x if x > p['threshold'] else p['value']
def d_threshold(x, p): return mpf(1) if x > p['threshold'] else mpf(0)


def leaky_relu(x, p): return leaky(p['negative_slope'])[0](x)
def d_leaky_relu(x, p): return leaky(p['negative_slope'])[1](x)
def prelu(x, p): return leaky(p['init'])[0](x)
def d_prelu(x, p): return leaky(p['init'])[1](x)
def rrelu(x, p): return leaky((p['lower'] + p['upper']) / 2)[0](x)
def d_rrelu(x, p): return leaky((p['lower'] + p['upper']) / 2)[1](x)


# --- issue 13: Keras, JAX and paper activations ---------------------------------------------

def relu_squared(x, p): return x * x if x > 0 else mpf(0)
def d_relu_squared(x, p): return 2 * x if x > 0 else mpf(0)


QUICK = mpf(1.702)  # the double nearest 1.702, as the Java constant
def quick_gelu(x, p): return x * sig(QUICK * x)
def d_quick_gelu(x, p):
    z = QUICK * x
    return sig(z) * (1 + z * sig(-z))


def squareplus(x, p):
    b = p['b']
    s = mp.sqrt(x * x + b)
    return (x + s) / 2 if x >= 0 else b / (2 * (s - x))
def d_squareplus(x, p):
    b = p['b']
    if b == 0:
        return mpf(1) if x > 0 else (mpf(1) / 2 if x == 0 else mpf(0))
    s = mp.sqrt(x * x + b)
    return (1 + x / s) / 2 if x >= 0 else b / (2 * s * (s - x))


def sparse_plus(x, p): return mpf(0) if x <= -1 else (x if x >= 1 else (x + 1) ** 2 / 4)
def d_sparse_plus(x, p): return mpf(0) if x <= -1 else (mpf(1) if x >= 1 else (x + 1) / 2)


def sparse_sigmoid(x, p): return mpf(0) if x <= -1 else (mpf(1) if x >= 1 else (x + 1) / 2)
def d_sparse_sigmoid(x, p): return mpf(1) / 2 if -1 < x < 1 else mpf(0)


def isru(x, p): return x / mp.sqrt(1 + p['alpha'] * x * x)
def d_isru(x, p): return (1 + p['alpha'] * x * x) ** (-mpf(3) / 2)
def isrlu(x, p): return x if x >= 0 else isru(x, p)
def d_isrlu(x, p): return mpf(1) if x >= 0 else d_isru(x, p)


def bent_identity(x, p): return x + x * x / (2 * (mp.sqrt(x * x + 1) + 1))
def d_bent_identity(x, p): return 1 + x / (2 * mp.sqrt(x * x + 1))


def gaussian(x, p): return mp.exp(-x * x)
def d_gaussian(x, p): return -2 * x * mp.exp(-x * x)


def smish(x, p): return x * mp.tanh(mp.log1p(sig(x)))
def d_smish(x, p):
    s = sig(x)
    g = mp.log1p(s)
    return mp.tanh(g) + x * sech2(g) * s * sig(-x) / (1 + s)


def tanhexp(x, p): return x * mp.tanh(mp.exp(x))
def d_tanhexp(x, p):
    e = mp.exp(x)
    return mp.tanh(e) + x * e * sech2(e)


def elish(x, p): return x * sig(x) if x >= 0 else mp.expm1(x) * sig(x)
def d_elish(x, p):
    if x >= 0:
        return sig(x) * (1 + x * sig(-x))
    return mp.exp(x) * sig(x) + mp.expm1(x) * sig(x) * sig(-x)


def snake(x, p):
    a = p['alpha']
    return x + mp.sin(a * x) ** 2 / a
def d_snake(x, p):
    a = p['alpha']
    return (mp.sin(a * x) + mp.cos(a * x)) ** 2  # = 1 + sin(2ax), without its cancellation


def em1x(x):
    """e^x - 1 - x without cancellation: the series near 0 (mpmath's working precision is raised)."""
    if abs(x) < 1:
        total, term, k = mpf(0), x * x / 2, 2
        while abs(term) > mpf(10) ** (-mp.dps - 10) * abs(total + term) or k < 4:
            total += term
            k += 1
            term = term * x / k
        return total
    return mp.expm1(x) - x
def xielu(x, p):
    if x > 0:
        return p['alpha_p'] * x * x + p['beta'] * x
    return p['alpha_n'] * em1x(x) + p['beta'] * x
def d_xielu(x, p):
    if x > 0:
        return 2 * p['alpha_p'] * x + p['beta']
    return p['alpha_n'] * mp.expm1(x) + p['beta']


def exponential(x, p): return mp.exp(x)


# id -> (f, f', breakpoints(p) as floats, parameter sets as [(name, double)...])
FUNCTIONS = {
    'sigmoid': (lambda x, p: sig(x), lambda x, p: sig(x) * sig(-x), lambda p: [], [[]]),
    'tanh': (lambda x, p: mp.tanh(x), lambda x, p: sech2(x), lambda p: [], [[]]),
    'relu': (lambda x, p: max(x, mpf(0)), lambda x, p: mpf(1) if x > 0 else mpf(0), lambda p: [0.0], [[]]),
    'leaky_relu': (leaky_relu, d_leaky_relu, lambda p: [0.0],
                   [[('negative_slope', v)] for v in (0.01, 0.0, 1.0, 0.3)]),
    'elu': (elu, d_elu, lambda p: [0.0], [[('alpha', v)] for v in (1.0, 0.0, 3.0, 0.7)]),
    'softplus': (softplus, d_softplus, softplus_breaks,
                 [[('beta', v)] for v in (1.0, 0.1, 10.0, 2.5)]
                 + [[('beta', b), ('threshold', t)] for b, t in ((1.0, 20.0), (2.5, 5.0), (0.1, 0.0))]),
    'silu': (silu, d_silu, lambda p: [], [[]]),
    'swish': (swish, d_swish, lambda p: [], [[('beta', v)] for v in (1.0, 0.0, 5.0, 0.3)]),
    'gelu': (gelu, d_gelu, lambda p: [], [[]]),
    'gelu_tanh': (gelu_tanh, d_gelu_tanh, lambda p: [], [[]]),
    'mish': (mish, d_mish, lambda p: [], [[]]),
    'selu': (selu, d_selu, lambda p: [0.0], [[]]),
    'celu': (celu, d_celu, lambda p: [0.0], [[('alpha', v)] for v in (1.0, 0.1, 3.0, 0.7)]),
    'relu6': (relu6, d_relu6, lambda p: [0.0, 6.0], [[]]),
    'prelu': (prelu, d_prelu, lambda p: [0.0], [[('init', v)] for v in (0.25, 0.0, 1.0, 0.6)]),
    'rrelu': (rrelu, d_rrelu, lambda p: [0.0],
              [[('lower', a), ('upper', b)] for a, b in
               ((1.0 / 8, 1.0 / 3), (0.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.3, 0.7))]),
    'hardtanh': (hardtanh, d_hardtanh, lambda p: [p['min_val'], p['max_val']],
                 [[('min_val', a), ('max_val', b)] for a, b in
                  ((-1.0, 1.0), (-5.0, 5.0), (-5.0, -4.9), (0.2, 0.3))]),
    'hardsigmoid': (hardsigmoid, d_hardsigmoid, lambda p: [-3.0, 3.0], [[]]),
    'hardswish': (hardswish, d_hardswish, lambda p: [-3.0, 3.0], [[]]),
    'softsign': (softsign, d_softsign, lambda p: [0.0], [[]]),
    'logsigmoid': (logsigmoid, d_logsigmoid, lambda p: [], [[]]),
    'tanhshrink': (tanhshrink, d_tanhshrink, lambda p: [], [[]]),
    'softshrink': (softshrink, d_softshrink, lambda p: [-p['lambd'], p['lambd']],
                   [[('lambd', v)] for v in (0.5, 0.0, 3.0, 1.3)]),
    'hardshrink': (hardshrink, d_hardshrink, lambda p: [-p['lambd'], p['lambd']],
                   [[('lambd', v)] for v in (0.5, 0.0, 3.0, 1.3)]),
    'threshold': (threshold, d_threshold, lambda p: [p['threshold']],
                  [[('threshold', a), ('value', b)] for a, b in
                   ((1.0, 0.0), (-5.0, 5.0), (5.0, -5.0), (2.0, 2.0), (-0.7, 3.1))]),
    'step': (step, d_step, lambda p: [0.0], [[]]),
    'identity': (lambda x, p: x, lambda x, p: mpf(1), lambda p: [], [[]]),
    'relu_squared': (relu_squared, d_relu_squared, lambda p: [0.0], [[]]),
    'quick_gelu': (quick_gelu, d_quick_gelu, lambda p: [], [[]]),
    'squareplus': (squareplus, d_squareplus, lambda p: [0.0] if p['b'] == 0 else [],
                   [[('b', v)] for v in (4.0, 0.0, 20.0, 0.7)]),
    'sparse_plus': (sparse_plus, d_sparse_plus, lambda p: [-1.0, 1.0], [[]]),
    'sparse_sigmoid': (sparse_sigmoid, d_sparse_sigmoid, lambda p: [-1.0, 1.0], [[]]),
    'isru': (isru, d_isru, lambda p: [], [[('alpha', v)] for v in (1.0, 0.0, 10.0, 0.3)]),
    'isrlu': (isrlu, d_isrlu, lambda p: [0.0], [[('alpha', v)] for v in (1.0, 0.0, 10.0, 0.3)]),
    'bent_identity': (bent_identity, d_bent_identity, lambda p: [], [[]]),
    'gaussian': (gaussian, d_gaussian, lambda p: [], [[]]),
    'smish': (smish, d_smish, lambda p: [], [[]]),
    'tanhexp': (tanhexp, d_tanhexp, lambda p: [], [[]]),
    'elish': (elish, d_elish, lambda p: [0.0], [[]]),
    'snake': (snake, d_snake, lambda p: [], [[('alpha', v)] for v in (1.0, 0.01, 3.0, 0.37)]),
    'xielu': (xielu, d_xielu, lambda p: [0.0],
              [[('alpha_p', a), ('alpha_n', n), ('beta', b)] for a, n, b in
               ((0.8, 0.8, 0.5), (0.0, 0.0, 0.0), (3.0, 3.0, 2.0), (0.0, 3.0, 0.0), (1.3, 0.4, 1.1))]),
    'exponential': (exponential, exponential, lambda p: [], [[]]),
}


# slider ranges (ParameterSpec min/max), for --random-params stress sets
RANGES = {
    'leaky_relu': [('negative_slope', 0.0, 1.0)], 'prelu': [('init', 0.0, 1.0)],
    'rrelu': [('lower', 0.0, 1.0), ('upper', 0.0, 1.0)], 'elu': [('alpha', 0.0, 3.0)],
    'celu': [('alpha', 0.1, 3.0)], 'swish': [('beta', 0.0, 5.0)], 'softplus': [('beta', 0.1, 10.0)],
    'hardtanh': [('min_val', -5.0, 5.0), ('max_val', -5.0, 5.0)], 'softshrink': [('lambd', 0.0, 3.0)],
    'hardshrink': [('lambd', 0.0, 3.0)], 'threshold': [('threshold', -5.0, 5.0), ('value', -5.0, 5.0)],
    'squareplus': [('b', 0.0, 20.0)], 'isru': [('alpha', 0.0, 10.0)], 'isrlu': [('alpha', 0.0, 10.0)],
    'snake': [('alpha', 0.01, 3.0)],
    'xielu': [('alpha_p', 0.0, 3.0), ('alpha_n', 0.0, 3.0), ('beta', 0.0, 2.0)],
}


def random_psets(name, n, rng):
    ranges = RANGES.get(name)
    if not ranges:
        return []
    sets = []
    while len(sets) < n:
        values = [rng.uniform(lo, hi) for _, lo, hi in ranges]
        if name in ('rrelu', 'hardtanh'):
            values.sort()
            if values[0] == values[1]:
                continue
        sets.append([(r[0], v) for r, v in zip(ranges, values)])
    return sets


def points(rng, breaks, extra):
    xs = {0.0, 5e-324, -5e-324, 1e-300, -1e-300, 700.0, -700.0}
    n_log = 120
    for i in range(n_log + 1):
        v = 10.0 ** (-12 + i * (math.log10(700.0) + 12) / n_log)
        v = min(v, 700.0)
        xs.update((v, -v))
    xs.update(k / 16 for k in range(-12 * 16, 12 * 16 + 1))
    for _ in range(150):
        xs.add(rng.uniform(-700.0, 700.0))
    for _ in range(700):
        xs.add(rng.uniform(-40.0, 40.0))
    for _ in range(150):
        xs.add(rng.uniform(-4.0, 4.0))
    for _ in range(extra):
        xs.add(rng.uniform(-40.0, 40.0))
    for b in breaks:
        xs.update((b, math.nextafter(b, -math.inf), math.nextafter(b, math.inf),
                   b - 1e-9, b + 1e-9))
    return sorted(x for x in xs if abs(x) <= 700.0)


def fmt(v):
    if v == 0:
        return '0'
    return mp.nstr(v, DIGITS, min_fixed=1, max_fixed=0)


def cond_fmt(num, den):
    if den == 0:
        return 'Infinity'
    return mp.nstr(abs(num / den), 4, min_fixed=1, max_fixed=0)


def second_derivative(df, x, p, breaks):
    # a step relative to |x|, far below the spacing of doubles near x, so it never straddles a breakpoint
    h = mp.ldexp(1, int(mp.mag(x)) - mp.prec - 10)
    if float(x) in breaks:
        left = mp.diff(lambda t: df(t, p), x, direction=-1, h=h)
        right = mp.diff(lambda t: df(t, p), x, direction=1, h=h)
        return min(abs(left), abs(right))
    return mp.diff(lambda t: df(t, p), x, h=h)


def rows(name, f, df, breaks_of, pset, rng, extra):
    p = {k: mpf(v) for k, v in pset}
    label = ';'.join(f'{k}={v!r}' for k, v in pset)
    breaks = [float(b) for b in breaks_of({k: v for k, v in pset})]
    for xd in points(rng, breaks, extra):
        x = mpf(xd)
        fv = f(x, p)
        dv = df(x, p)
        cf = cond_fmt(x * dv, fv) if xd != 0 else '0'
        if xd == 0:
            cd = '0'
        else:
            cd = cond_fmt(x * second_derivative(df, x, p, breaks), dv)
        yield f'{label},{xd!r},{fmt(fv)},{fmt(dv)},{cf},{cd}\n'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description='Write mpmath reference CSVs for the accuracy tests.')
    parser.add_argument('out', nargs='?',
                        default=os.path.join(here, '..', '..', 'src', 'test', 'resources', 'reference'))
    parser.add_argument('ids', nargs='*', help='function ids (default: all)')
    parser.add_argument('--random', type=int, default=0, help='extra random points per parameter set')
    parser.add_argument('--random-params', type=int, default=0,
                        help='extra random parameter sets (within the slider ranges) per function')
    args = parser.parse_intermixed_args()
    out = args.out
    only = args.ids or list(FUNCTIONS)
    os.makedirs(out, exist_ok=True)
    for name in only:
        f, df, breaks_of, psets = FUNCTIONS[name]
        rng = random.Random(20261123)
        path = os.path.join(out, name + '.csv')
        with open(path + '.tmp', 'w') as fh:
            fh.write('params,x,f,df,cond_f,cond_df\n')
            for pset in psets + random_psets(name, args.random_params, random.Random(7 + len(name))):
                fh.writelines(rows(name, f, df, breaks_of, pset, rng, args.random))
        os.replace(path + '.tmp', path)
        print(name, os.path.getsize(path), 'bytes', flush=True)


if __name__ == '__main__':
    main()
