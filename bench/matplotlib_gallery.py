#!/usr/bin/env python3
"""The baseline for the gallery (issue 15): the same 20 figures as

    activation-plotter gallery --function sigmoid,tanh,relu,leaky_relu,elu,softplus,silu,gelu,gelu_tanh,mish,\
selu,celu,relu6,hardtanh,hardsigmoid,hardswish,softsign,logsigmoid,tanhshrink,softshrink \
        --range -6,6 --threshold 0.05 --size 1600x1000 --out DIR

drawn in one process with numpy + matplotlib (Debian's python3-matplotlib): for each function f and f'
(PyTorch's default parameters), the regions where |f'| < 0.05 shaded (f' = 0 in a darker colour),
title, grid, axis labels and legend, one PNG per function.

usage: /usr/bin/python3 bench/matplotlib_gallery.py DIR
"""
import math
import os
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ERF = np.vectorize(math.erf)
SELU_A, SELU_S = 1.6732632423543772, 1.0507009873554805


def sig(x):
    return 1.0 / (1.0 + np.exp(-x))


def softplus(x):
    return np.logaddexp(0, x)


def gelu(x):
    return 0.5 * x * (1 + ERF(x / math.sqrt(2))), \
        0.5 * (1 + ERF(x / math.sqrt(2))) + x * np.exp(-x * x / 2) / math.sqrt(2 * math.pi)


def gelu_tanh(x):
    k = math.sqrt(2 / math.pi)
    u = k * (x + 0.044715 * x ** 3)
    t = np.tanh(u)
    return 0.5 * x * (1 + t), 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * k * (1 + 3 * 0.044715 * x * x)


def mish(x):
    t = np.tanh(softplus(x))
    return x * t, t + x * (1 - t * t) * sig(x)


def elu(x, a=1.0):
    e = np.expm1(np.minimum(x, 0))
    return np.where(x > 0, x, a * e), np.where(x > 0, 1.0, a * (e + 1))


FUNCTIONS = {
    "Sigmoid": lambda x: (sig(x), sig(x) * (1 - sig(x))),
    "Tanh": lambda x: (np.tanh(x), 1 - np.tanh(x) ** 2),
    "ReLU": lambda x: (np.maximum(0, x), (x > 0).astype(float)),
    "Leaky ReLU": lambda x: (np.where(x > 0, x, 0.01 * x), np.where(x > 0, 1.0, 0.01)),
    "ELU": elu,
    "Softplus": lambda x: (softplus(x), sig(x)),
    "SiLU": lambda x: (x * sig(x), sig(x) * (1 + x * (1 - sig(x)))),
    "GELU": gelu,
    "GELU (tanh approx.)": gelu_tanh,
    "Mish": mish,
    "SELU": lambda x: tuple(SELU_S * v for v in elu(x, SELU_A)),
    "CELU": elu,
    "ReLU6": lambda x: (np.clip(x, 0, 6), ((x > 0) & (x < 6)).astype(float)),
    "Hardtanh": lambda x: (np.clip(x, -1, 1), (np.abs(x) < 1).astype(float)),
    "Hardsigmoid": lambda x: (np.clip(x / 6 + 0.5, 0, 1), np.where(np.abs(x) < 3, 1 / 6, 0.0)),
    "Hardswish": lambda x: (x * np.clip(x + 3, 0, 6) / 6,
                            np.where(x < -3, 0.0, np.where(x > 3, 1.0, (2 * x + 3) / 6))),
    "Softsign": lambda x: (x / (1 + np.abs(x)), 1 / (1 + np.abs(x)) ** 2),
    "LogSigmoid": lambda x: (-softplus(-x), sig(-x)),
    "Tanhshrink": lambda x: (x - np.tanh(x), np.tanh(x) ** 2),
    "Softshrink": lambda x: (np.where(x > 0.5, x - 0.5, np.where(x < -0.5, x + 0.5, 0.0)),
                             (np.abs(x) > 0.5).astype(float)),
}


def figure(name, fn, x, out, threshold=0.05):
    f, df = fn(x)
    fig, ax = plt.subplots(figsize=(16, 10), dpi=100)
    hard = df == 0
    soft = (np.abs(df) < threshold) & ~hard
    ax.fill_between(x, 0, 1, where=soft, color="#56B4E9", alpha=0.25, transform=ax.get_xaxis_transform(),
                    label="soft saturation (|f'| < %g)" % threshold)
    ax.fill_between(x, 0, 1, where=hard, color="#0072B2", alpha=0.25, transform=ax.get_xaxis_transform(),
                    label="hard saturation (f' = 0)")
    ax.plot(x, f, color="#0072B2", lw=2, label=name)
    ax.plot(x, df, color="#0072B2", lw=2, ls="--", label=name + "'")
    ax.grid(True, color="#e3e3e3")
    ax.set_title(name)
    ax.set_xlabel("x")
    ax.set_ylabel("f(x), f'(x)")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, -0.16), ncol=4)
    fig.savefig(out)
    plt.close(fig)


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    x = np.linspace(-6, 6, 2001)
    for i, (name, fn) in enumerate(FUNCTIONS.items()):
        figure(name, fn, x, os.path.join(out_dir, "%02d.png" % i))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "matplotlib-gallery")
