package io.activationplotter.model.network.train;

/** One update rule: changes parameters in place from their gradient. */
public interface Optimizer {

    /**
     * Takes one step.
     *
     * @param params    the parameters, changed in place ({@code null} not permitted).
     * @param gradient  their gradient, same length ({@code null} not permitted).
     */
    void step(double[] params, double[] gradient);
}
