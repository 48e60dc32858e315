package io.activationplotter.model.distribution;

import java.util.List;

/**
 * What a unit sees at initialisation when its pre-activation is z ~ N(μ, σ²): the probability of
 * each region of the saturation rule and the moments of f(z) and f'(z).
 *
 * @param mean            μ.
 * @param std             σ.
 * @param threshold       the gradient threshold T of the saturation rule.
 * @param saturatedLeft   P(z in the saturated region toward −∞); the whole line (|f'| &lt; T everywhere) counts here.
 * @param saturatedRight  P(z in the saturated region toward +∞).
 * @param lowGradient     P(z in an interior low-gradient zone).
 * @param dead            P(f'(z) = 0 exactly), on intervals where f' vanishes identically (ReLU's z &lt; 0).
 * @param meanF           E[f(z)].
 * @param stdF            sd[f(z)].
 * @param meanDf          E[f'(z)].
 * @param meanDf2         E[f'(z)²].
 */
public record DistributionReport(double mean, double std, double threshold, double saturatedLeft,
        double saturatedRight, double lowGradient, double dead, double meanF, double stdF, double meanDf,
        double meanDf2) {

    /** The CLI's row names, in the order {@link #values()} gives them. */
    public static final List<String> QUANTITIES = List.of("saturated", "saturated_left", "saturated_right",
            "low_gradient", "dead", "mean_f", "std_f", "mean_df", "mean_df2");

    /** @return P(z in a saturated region), left and right together. */
    public double saturated() {
        return Math.min(1, saturatedLeft + saturatedRight);
    }

    /** @return the quantities in the order of {@link #QUANTITIES}. */
    public double[] values() {
        return new double[] {saturated(), saturatedLeft, saturatedRight, lowGradient, dead, meanF, stdF, meanDf,
            meanDf2};
    }
}
