package io.activationplotter.model.distribution;

import io.activationplotter.model.Activation;
import io.activationplotter.model.saturation.Region;
import io.activationplotter.model.saturation.RegionKind;
import io.activationplotter.model.saturation.SaturationAnalysis;
import io.activationplotter.model.saturation.SaturationReport;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The pre-activation view of saturation: for z ~ N(μ, σ²), what a unit sees at initialisation, the
 * probability that z falls in each region of the saturation rule ({@link SaturationAnalysis}) and
 * the moments E[f(z)], sd[f(z)], E[f'(z)] and E[f'(z)²].
 * <p>
 * Probabilities of intervals come from the normal distribution function written with erfc
 * ({@link NormalProbability}), never from integrating the density. Moments are integrals over the
 * standard variable t = (z − μ)/σ on [−38, 38] (outside it the density is below 1e-314), split at
 * every kink and jump of f, at the ends of the saturated regions and low-gradient zones, and on a
 * fixed grid (unit steps on [−8, 8], wider farther out); each piece is integrated by Hipparchus'
 * {@link IterativeLegendreGaussIntegrator} to 1e-14 relative or 1e-17 of E|g| (estimated by one
 * 16-point rule per piece). The variance is integrated as
 * E[(f − E f)²], so a narrow distribution (σ = 0.01) keeps its digits. Accuracy is about 1e-12
 * relative against mpmath references (see {@code tools/distribution_reference.py}).
 * <p>
 * "Dead" is the probability that f'(z) = 0 exactly: z in an interval where f' vanishes
 * identically (ReLU's z &lt; 0, hardtanh's |z| &gt; 1, hardshrink's dead zone); the far tails of
 * soft functions, where f' merely underflows to 0 in floating point, do not count.
 */
public final class PreActivationDistribution {

    /** The standard variable's range of integration. */
    static final double REACH = 38;
    private static final double[] GRID = {-38, -30, -24, -18, -14, -11, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3,
        4, 5, 6, 7, 8, 11, 14, 18, 24, 30, 38};
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final int POINTS = 16;
    private static final double RELATIVE = 1e-14;
    /** Pieces stop refining once they are this close, relative to E|g|: 1e-17 of the whole is noise. */
    private static final double ABSOLUTE = 1e-17;
    private static final GaussIntegratorFactory ROUGH = new GaussIntegratorFactory();
    private static final int MAX_EVALUATIONS = 1_000_000;

    private final Activation f;
    private final double mean;
    private final double std;
    private final double[] cuts;

    private PreActivationDistribution(Activation f, double mean, double std, double[] extraCuts) {
        this.f = f;
        this.mean = mean;
        this.std = std;
        this.cuts = cuts(extraCuts);
    }

    /**
     * Computes the report for one function, distribution and threshold.
     *
     * @param f          the function ({@code null} not permitted).
     * @param mean       μ, finite.
     * @param std        σ, positive and finite.
     * @param threshold  T, positive and finite.
     * @return the report.
     * @throws IllegalArgumentException if μ, σ or T is out of range.
     */
    public static DistributionReport analyze(Activation f, double mean, double std, double threshold) {
        Objects.requireNonNull(f, "f");
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite, got " + mean);
        }
        if (!(std > 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("std must be a positive finite number, got " + std);
        }
        SaturationReport regions = SaturationAnalysis.analyze(f, threshold);
        double left = 0;
        double right = 0;
        double low = 0;
        double[] ends = new double[2 * regions.regions().size() + f.kinks().length + f.jumps().length];
        int k = 0;
        for (Region r : regions.regions()) {
            double p = NormalProbability.between(r.start(), r.end(), mean, std);
            switch (r.side()) {
                case LEFT -> left += p;
                case RIGHT -> right += p;
                default -> low += p;
            }
            ends[k++] = r.start();
            ends[k++] = r.end();
        }
        for (double b : f.kinks()) {
            ends[k++] = b;
        }
        for (double b : f.jumps()) {
            ends[k++] = b;
        }
        PreActivationDistribution d = new PreActivationDistribution(f, mean, std, ends);
        double meanF = d.expectation(f::value);
        double varF = d.expectation(z -> {
            double e = f.value(z) - meanF;
            return e * e;
        });
        double meanDf = d.expectation(f::derivative);
        double meanDf2 = d.expectation(z -> {
            double g = f.derivative(z);
            return g * g;
        });
        return new DistributionReport(mean, std, threshold, clamp(left), clamp(right), clamp(low), dead(f, mean, std),
                meanF, Math.sqrt(varF), meanDf, meanDf2);
    }

    /** @return P(f'(z) = 0 exactly): the intervals where |f'| is below the smallest double, hard or interior. */
    private static double dead(Activation f, double mean, double std) {
        double p = 0;
        for (Region r : SaturationAnalysis.analyze(f, Double.MIN_VALUE).regions()) {
            if (r.kind() != RegionKind.SOFT) {
                p += NormalProbability.between(r.start(), r.end(), mean, std);
            }
        }
        return clamp(p);
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }

    /** The cut points in t: the grid plus the given z-points mapped to t, inside [−REACH, REACH], sorted. */
    private double[] cuts(double[] zPoints) {
        double[] all = Arrays.copyOf(GRID, GRID.length + zPoints.length);
        int n = GRID.length;
        for (double z : zPoints) {
            double t = (z - mean) / std;
            if (t > -REACH && t < REACH) {
                all[n++] = t;
            }
        }
        double[] sorted = Arrays.copyOf(all, n);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }

    /**
     * Returns E[g(z)] for z ~ N(μ, σ²), piece by piece over the cuts.
     *
     * @param g  the function of z.
     * @return the expectation.
     */
    double expectation(DoubleUnaryOperator g) {
        UnivariateFunction h = t -> Math.exp(-0.5 * t * t) * INV_SQRT_2PI * g.applyAsDouble(mean + std * t);
        double scale = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            scale += Math.abs(ROUGH.legendre(POINTS, cuts[i], cuts[i + 1]).integrate(t -> Math.abs(h.value(t))));
        }
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(POINTS, RELATIVE,
                Math.max(Double.MIN_NORMAL, ABSOLUTE * scale));
        double sum = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            sum += integrator.integrate(MAX_EVALUATIONS, h, cuts[i], cuts[i + 1]);
        }
        return sum;
    }
}
