#!/usr/bin/env python3
"""Reference values for the training network (model/network/train), computed with numpy
independently of the Java code: one forward + backward pass and one Adam step on fixed weights.

Network: 2 -> 3 (tanh) -> 3 (sigmoid) -> 3 (elu, alpha=1) -> output, for a sigmoid output (1 logit,
binary cross-entropy) and a softmax output (2 logits, cross-entropy); mean loss over 4 rows.
Parameters in the Java layout: for each weight layer W (fan_in x fan_out, row-major), then b.
Parameter i is 0.5*sin(1.3*i + 0.2). Adam: lr 0.01, beta1 0.9, beta2 0.999, eps 1e-8, from zero state.

Writes src/test/resources/reference/train/backprop.csv: case,quantity,index,value
(quantity loss | grad | adam; adam = the parameters after one step).

Run: python3 tools/network/generate_train_reference.py
"""
import csv
import os

import numpy as np

X = np.array([[0.7, -1.2], [-2.5, 0.4], [1.9, 3.1], [-0.3, -4.0]])
Y = np.array([1, 0, 0, 1])
HIDDEN = [3, 3, 3]


def act(k, z):
    if k == 0:
        return np.tanh(z), 1 - np.tanh(z) ** 2
    if k == 1:
        s = 1 / (1 + np.exp(-z))
        return s, s * (1 - s)
    return np.where(z > 0, z, np.expm1(z)), np.where(z > 0, 1.0, np.exp(z))


def unpack(p, sizes):
    layers, o = [], 0
    for a, b in zip(sizes[:-1], sizes[1:]):
        w = p[o:o + a * b].reshape(a, b)
        o += a * b
        layers.append((w, p[o:o + b]))
        o += b
    assert o == len(p)
    return layers


def loss_and_grad(p, sizes, output):
    layers = unpack(p, sizes)
    hs, dfs = [X], []
    h = X
    for k, (w, b) in enumerate(layers[:-1]):
        h, df = act(k, h @ w + b)
        hs.append(h)
        dfs.append(df)
    w, b = layers[-1]
    z = h @ w + b
    n = len(X)
    if output == "sigmoid":
        z = z[:, 0]
        loss = np.mean(np.logaddexp(0, z) - Y * z)
        delta = ((1 / (1 + np.exp(-z))) - Y)[:, None] / n
    else:
        lse = np.logaddexp(z[:, 0], z[:, 1])
        loss = np.mean(lse - z[np.arange(n), Y])
        sm = np.exp(z - lse[:, None])
        delta = (sm - np.eye(2)[Y]) / n
    grads = []
    for k in range(len(layers) - 1, -1, -1):
        w, _ = layers[k]
        grads.append((hs[k].T @ delta, delta.sum(axis=0)))
        if k > 0:
            delta = (delta @ w.T) * dfs[k - 1]
    flat = np.concatenate([np.concatenate([gw.ravel(), gb]) for gw, gb in reversed(grads)])
    return loss, flat


def adam(p, g, lr=0.01, b1=0.9, b2=0.999, eps=1e-8):
    m = (1 - b1) * g
    v = (1 - b2) * g * g
    return p - lr * (m / (1 - b1)) / (np.sqrt(v / (1 - b2)) + eps)


def main():
    out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "test", "resources", "reference", "train",
                       "backprop.csv")
    rows = []
    for output, units in (("sigmoid", 1), ("softmax", 2)):
        sizes = [2] + HIDDEN + [units]
        count = sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))
        p = 0.5 * np.sin(1.3 * np.arange(count) + 0.2)
        loss, g = loss_and_grad(p, sizes, output)
        rows.append((output, "loss", 0, loss))
        rows += [(output, "grad", i, v) for i, v in enumerate(g)]
        rows += [(output, "adam", i, v) for i, v in enumerate(adam(p, g))]
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "quantity", "index", "value"])
        for c, q, i, v in rows:
            w.writerow([c, q, i, repr(float(v))])


if __name__ == "__main__":
    main()
