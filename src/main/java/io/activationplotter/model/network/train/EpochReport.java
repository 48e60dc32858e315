package io.activationplotter.model.network.train;

/**
 * Where a training run stands after an epoch.
 *
 * @param epoch          the epochs done (0 before training).
 * @param trainLoss      the mean cross-entropy on the training points.
 * @param testLoss       the mean cross-entropy on the test points.
 * @param trainAccuracy  the share of training points classified right.
 * @param testAccuracy   the share of test points classified right.
 * @param gradientRms    per hidden layer (index 0 for layer 1), the RMS of ∂ℓ/∂z over the epoch's
 *     examples and units (ℓ each example's loss); NaN before training.
 */
public record EpochReport(int epoch, double trainLoss, double testLoss, double trainAccuracy, double testAccuracy,
        double[] gradientRms) {
}
