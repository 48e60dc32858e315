package io.activationplotter.model.network.train;

/**
 * The gradient of a batch's mean loss, from {@link Mlp#backward}.
 *
 * @param loss          the mean loss.
 * @param values        ∂loss/∂parameters, in {@link Mlp}'s layout.
 * @param deltaSquares  per hidden layer l (index l, from 1; index 0 unused), Σ (∂ℓ/∂z_l)² over the
 *     batch's examples and units, with ℓ each example's own loss.
 * @param deltaCount    the number of terms in each of those sums (rows × width).
 */
public record Gradient(double loss, double[] values, double[] deltaSquares, int deltaCount) {
}
