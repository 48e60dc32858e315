package io.activationplotter.model.network.train;

import java.util.Locale;
import java.util.Optional;

/** The optimisers: plain mini-batch SGD and Adam (Kingma &amp; Ba 2015, β₁ 0.9, β₂ 0.999, ε 1e-8). */
public enum OptimizerKind {

    /** θ ← θ − η·g. */
    SGD,
    /** Adam with bias correction. */
    ADAM;

    /** @return the command-line name, for example {@code adam}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates the optimiser's state for a number of parameters.
     *
     * @param learningRate  the step size η (greater than 0).
     * @param parameters    the number of parameters.
     * @return the optimiser.
     */
    public Optimizer create(double learningRate, int parameters) {
        return this == SGD ? new Sgd(learningRate) : new Adam(learningRate, parameters);
    }

    /**
     * Finds an optimiser by name, ignoring case.
     *
     * @param name  the name ({@code null} not permitted).
     * @return the optimiser, if there is one.
     */
    public static Optional<OptimizerKind> find(String name) {
        for (OptimizerKind k : values()) {
            if (k.id().equalsIgnoreCase(name.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
