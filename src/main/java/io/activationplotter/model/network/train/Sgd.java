package io.activationplotter.model.network.train;

/** Plain gradient descent: θ ← θ − η·g. */
final class Sgd implements Optimizer {

    private final double lr;

    Sgd(double lr) {
        this.lr = lr;
    }

    @Override
    public void step(double[] params, double[] gradient) {
        for (int i = 0; i < params.length; i++) {
            params[i] -= lr * gradient[i];
        }
    }
}
