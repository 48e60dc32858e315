package io.activationplotter.model.saturation;

import io.activationplotter.model.Activation;
import io.activationplotter.model.SaturationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where |f'(x)| &lt; T (Gulcehre et al. 2016): intervals reaching ±∞ are saturated regions
 * (hard if f' = 0 exactly there, soft otherwise); bounded intervals are low-gradient zones.
 * <p>
 * A fixed grid (dense on [−64, 64], geometric out to ±1e6, plus every kink, jump and zero of f')
 * locates the candidate intervals; each end is then refined by bisection on the analytic
 * derivative to 1e-13 relative accuracy (or to adjacent doubles), never by pixel sampling.
 */
public final class SaturationAnalysis {

    private static final double DENSE_LIMIT = 64.0;
    private static final double DENSE_STEP = 1.0 / 64.0;
    private static final double FAR = 1e6;
    private static final double REL_TOL = 1e-13;

    private SaturationAnalysis() {
    }

    /**
     * Analyses a function for one threshold.
     *
     * @param f          the function ({@code null} not permitted).
     * @param threshold  T, a positive finite number.
     * @return the report.
     * @throws IllegalArgumentException if the threshold is not positive and finite.
     */
    public static SaturationReport analyze(Activation f, double threshold) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a positive number, got " + threshold);
        }
        double[] grid = grid(f);
        boolean[] low = new boolean[grid.length];
        for (int i = 0; i < grid.length; i++) {
            low[i] = isLow(f, grid[i], threshold);
        }
        List<Region> regions = new ArrayList<>();
        int i = 0;
        while (i < grid.length) {
            if (!low[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < grid.length && low[j + 1]) {
                j++;
            }
            regions.addAll(region(f, threshold, grid, i, j));
            i = j + 1;
        }
        return new SaturationReport(threshold, regions, f.leftSaturation(), f.rightSaturation());
    }

    private static List<Region> region(Activation f, double t, double[] grid, int i, int j) {
        boolean toLeft = i == 0;
        boolean toRight = j == grid.length - 1;
        double start = toLeft ? Double.NEGATIVE_INFINITY : boundary(f, t, grid[i - 1], grid[i]);
        double end = toRight ? Double.POSITIVE_INFINITY : boundary(f, t, grid[j + 1], grid[j]);
        if (toLeft && toRight) {
            double split = f.jumps().length > 0 ? f.jumps()[0] : 0.0;
            return List.of(new Region(start, split, kind(f.leftSaturation()), Side.LEFT),
                    new Region(split, end, kind(f.rightSaturation()), Side.RIGHT));
        }
        if (toLeft) {
            return List.of(new Region(start, end, kind(f.leftSaturation()), Side.LEFT));
        }
        if (toRight) {
            return List.of(new Region(start, end, kind(f.rightSaturation()), Side.RIGHT));
        }
        return List.of(new Region(start, end, RegionKind.LOW_GRADIENT, Side.INTERIOR));
    }

    /** Hard only where the function is hard-saturating on that side (f' underflows to 0 in soft tails too). */
    private static RegionKind kind(SaturationKind side) {
        return side == SaturationKind.HARD ? RegionKind.HARD : RegionKind.SOFT;
    }

    /** Bisects between a point outside the region and one inside; returns the inside end. */
    private static double boundary(Activation f, double t, double outside, double inside) {
        double out = outside;
        double in = inside;
        for (int k = 0; k < 200; k++) {
            double mid = out + (in - out) / 2;
            if (mid == out || mid == in || Math.abs(in - out) <= REL_TOL * Math.abs(in)) {
                break;
            }
            if (isLow(f, mid, t)) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return in;
    }

    private static boolean isLow(Activation f, double x, double t) {
        return Math.abs(f.derivative(x)) < t;
    }

    private static double[] grid(Activation f) {
        List<Double> points = new ArrayList<>();
        int n = (int) Math.round(DENSE_LIMIT / DENSE_STEP);
        for (int k = -n; k <= n; k++) {
            points.add(k * DENSE_STEP);
        }
        for (double x = DENSE_LIMIT * 1.1; x < FAR; x *= 1.1) {
            points.add(x);
            points.add(-x);
        }
        points.add(FAR);
        points.add(-FAR);
        addBreakpoints(points, f.kinks());
        addBreakpoints(points, f.jumps());
        double[] grid = sorted(points);
        addDerivativeZeros(f, grid, points);
        return sorted(points);
    }

    private static void addBreakpoints(List<Double> points, double[] xs) {
        for (double x : xs) {
            points.add(Math.nextDown(x));
            points.add(x);
            points.add(Math.nextUp(x));
        }
    }

    /** Zeros of f' between grid points (SiLU's minimum) are where |f'| is smallest: add them. */
    private static void addDerivativeZeros(Activation f, double[] grid, List<Double> points) {
        double prev = f.derivative(grid[0]);
        for (int k = 1; k < grid.length; k++) {
            double cur = f.derivative(grid[k]);
            if ((prev < 0 && cur > 0) || (prev > 0 && cur < 0)) {
                points.add(zero(f, grid[k - 1], grid[k], prev < 0));
            }
            prev = cur;
        }
    }

    private static double zero(Activation f, double a, double b, boolean negativeAtA) {
        double lo = a;
        double hi = b;
        for (int k = 0; k < 200; k++) {
            double mid = lo + (hi - lo) / 2;
            if (mid == lo || mid == hi) {
                break;
            }
            if ((f.derivative(mid) < 0) == negativeAtA) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (hi - lo) / 2;
    }

    private static double[] sorted(List<Double> points) {
        return points.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).sorted().distinct()
                .toArray();
    }
}
