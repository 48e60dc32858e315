package io.activationplotter.model.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every layer's histogram of a run's activations h_l, all over the same range of h, so that panels
 * side by side compare: a collapse to 0 shows as a spike and saturation as two bars at the ends.
 * Computed once per run, off the FX thread, with the run itself.
 *
 * @param lo         the lower end of the range of h.
 * @param hi         the upper end, above {@code lo}.
 * @param fractions  per layer 1..L, the fraction of that layer's samples in each of the equal bins
 *                   (values outside the range are counted in the end bins).
 */
public record LayerHistograms(double lo, double hi, List<double[]> fractions) {

    /** Checks the range and copies the list (the arrays are the caller's to leave alone). */
    public LayerHistograms {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("hi must be above lo: [" + lo + ", " + hi + "]");
        }
        fractions = List.copyOf(fractions);
    }

    /**
     * Counts every layer's samples of a run over the run's [min, max] of h, widened to [−1, 1] when the
     * run collapsed to a range narrower than 1e-9 (or is not finite), so that a spike stays a spike.
     *
     * @param run   the run ({@code null} not permitted).
     * @param bins  the bins per histogram, at least 1.
     * @return the histograms.
     */
    public static LayerHistograms of(NetworkResult run, int bins) {
        Objects.requireNonNull(run, "run");
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1: " + bins);
        }
        double lo = run.min();
        double hi = run.max();
        if (!(hi - lo > 1e-9) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = -1;
            hi = 1;
        }
        List<double[]> fractions = new ArrayList<>(run.layers().size());
        for (int l = 1; l <= run.layers().size(); l++) {
            fractions.add(run.histogram(l, lo, hi, bins));
        }
        return new LayerHistograms(lo, hi, fractions);
    }

    /** @return the bins per histogram. */
    public int bins() {
        return fractions.isEmpty() ? 0 : fractions.get(0).length;
    }

    /** @return the width of one bin. */
    public double binWidth() {
        return (hi - lo) / bins();
    }

    /**
     * @param layer  l, from 1.
     * @return that layer's fractions per bin (the array itself: do not change it).
     */
    public double[] layer(int layer) {
        return fractions.get(layer - 1);
    }
}
