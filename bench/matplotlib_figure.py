#!/usr/bin/env python3
"""The baseline for issue 6: the same figure as

    activation-plotter export --function sigmoid --function relu --range -6,6 \
        --threshold 0.05 --size 1600x1000 --out OUT.png

drawn the way the articles behind this app plot it: numpy + matplotlib (Debian's python3-matplotlib),
f and f' for each function, the selected function's saturated regions shaded.

usage: /usr/bin/python3 bench/matplotlib_figure.py OUT.png
"""
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def main(out):
    x = np.linspace(-6, 6, 2001)
    s = sigmoid(x)
    ds = s * (1 - s)
    relu = np.maximum(0, x)
    drelu = (x > 0).astype(float)
    threshold = 0.05
    fig, ax = plt.subplots(figsize=(16, 10), dpi=100)
    low = np.abs(ds) < threshold
    ax.fill_between(x, 0, 1, where=low & (x < 0), color="#56B4E9", alpha=0.25,
                    transform=ax.get_xaxis_transform(), label="soft saturation (|f'| < 0.05)")
    ax.fill_between(x, 0, 1, where=low & (x > 0), color="#56B4E9", alpha=0.25,
                    transform=ax.get_xaxis_transform())
    ax.plot(x, s, color="#0072B2", lw=2, label="Sigmoid")
    ax.plot(x, ds, color="#0072B2", lw=2, ls="--", label="Sigmoid'")
    ax.plot(x, relu, color="#D55E00", lw=2, label="ReLU")
    ax.plot(x, drelu, color="#D55E00", lw=2, ls="--", label="ReLU'")
    ax.grid(True, color="#e3e3e3")
    ax.set_xlabel("x")
    ax.set_ylabel("f(x), f'(x)")
    ax.legend(loc="upper left")
    fig.savefig(out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "matplotlib.png")
