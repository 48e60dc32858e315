package io.activationplotter.model.network.train;

/**
 * Adam: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − η·m̂ / (√v̂ + ε) with
 * m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ) at step t (from 1).
 */
final class Adam implements Optimizer {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double lr;
    private final double[] m;
    private final double[] v;
    private int t;

    Adam(double lr, int parameters) {
        this.lr = lr;
        this.m = new double[parameters];
        this.v = new double[parameters];
    }

    @Override
    public void step(double[] params, double[] gradient) {
        t++;
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < params.length; i++) {
            double g = gradient[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            params[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
        }
    }
}
