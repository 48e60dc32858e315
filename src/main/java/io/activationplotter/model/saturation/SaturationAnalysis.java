package io.activationplotter.model.saturation;

import io.activationplotter.model.Activation;
import io.activationplotter.model.SaturationKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds where |f'(x)| &lt; T (Gulcehre et al. 2016, "Noisy Activation Functions").
 * <p>
 * The connected intervals of {x : |f'(x)| &lt; T} that reach −∞ or +∞ are <em>saturated regions</em>;
 * bounded ones (the minimum of SiLU, GELU or Mish, the dead zone [−λ, λ] of the shrink functions) are
 * <em>low-gradient zones</em>, which are not saturation. A region's kind follows the asymptotic
 * classification of its side: {@link RegionKind#HARD} when the function hard-saturates there
 * (f' = 0 exactly beyond some point), else {@link RegionKind#SOFT} — also when f' does not tend to 0
 * at all but stays below T, as for Leaky ReLU with {@code negative_slope < T}, whose report then has a
 * soft left region while {@link SaturationReport#left()} says {@link SaturationKind#NONE}. (Kinds are
 * not read off the samples because soft tails underflow to f' = 0 far out, sigmoid's from x ≈ −745.)
 * When |f'| &lt; T on the whole line (step, or sigmoid with T &gt; 1/4) the report has one region
 * (−∞, +∞), on {@link Side#LEFT} (see {@link Region#isWholeLine()}), hard only if both sides hard-saturate
 * and f' = 0 at every sample.
 * <p>
 * Method: f' is sampled once on a fixed grid (step 1/64 on [−16, 16], 1/8 out to ±64, geometric out to
 * ±1e6, plus every kink and jump and their neighbouring doubles: about 3,000 points); runs of low samples give the intervals.
 * Between samples that are not low, sign changes of f' (SiLU's minimum) and strict local minima of |f'|
 * are searched, so zones narrower than the grid step are found too. Every end is then bisected on the
 * analytic derivative down to adjacent doubles (better than 1e-12 relative wherever f' itself is
 * accurate); an end at a kink or jump is reported exactly there. If a side saturates but |f'| ≥ T at
 * ±1e6 (softsign with a tiny T), the search continues outward by doubling.
 * <p>
 * A call allocates two arrays the size of the grid and nothing per sample.
 */
public final class SaturationAnalysis {

    /** The outward search stops here: beyond it no finite x has |f'| &lt; T. */
    private static final double OUTWARD_LIMIT = 1e300;

    private final Activation f;
    private final Roots roots;
    private final double[] breakpoints;
    private final double[] x;
    /** The scan stops at ±{@link Activation#analysisReach()}: no region runs to an infinity. */
    private final boolean bounded;
    private final double[] d;
    private double[] starts = new double[8];
    private double[] ends = new double[8];
    private int count;

    private SaturationAnalysis(Activation f, double threshold) {
        this.f = f;
        this.breakpoints = Grid.breakpoints(f);
        this.roots = new Roots(f, threshold, breakpoints);
        double reach = f.analysisReach();
        this.bounded = reach < Double.POSITIVE_INFINITY;
        double[] all = Grid.points(breakpoints);
        this.x = bounded ? Arrays.stream(all).filter(p -> Math.abs(p) <= reach).toArray() : all;
        this.d = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            d[k] = f.derivative(x[k]);
        }
    }

    /**
     * Analyses a function for one threshold.
     *
     * @param f          the function ({@code null} not permitted).
     * @param threshold  T, a positive finite number.
     * @return the report, with regions sorted by start and pairwise disjoint.
     * @throws IllegalArgumentException if the threshold is not positive and finite.
     */
    public static SaturationReport analyze(Activation f, double threshold) {
        if (f == null) {
            throw new NullPointerException("f");
        }
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a positive finite number, got " + threshold);
        }
        SaturationAnalysis a = new SaturationAnalysis(f, threshold);
        a.scan();
        return new SaturationReport(threshold, a.regions(), f.leftSaturation(), f.rightSaturation());
    }

    private boolean low(int k) {
        return roots.isLowValue(d[k]);
    }

    private void scan() {
        int n = x.length;
        int k = 0;
        if (!low(0) && !bounded) {
            outwardLeft();
        }
        while (k < n) {
            if (low(k)) {
                int j = k;
                while (j + 1 < n && low(j + 1)) {
                    j++;
                }
                double start = k == 0 ? bounded ? x[0] : Double.NEGATIVE_INFINITY : roots.edge(x[k - 1], x[k]);
                double end = j == n - 1 ? bounded ? x[n - 1] : Double.POSITIVE_INFINITY : roots.edge(x[j + 1], x[j]);
                add(start, end);
                k = j + 1;
            } else {
                hiddenDip(k);
                k++;
            }
        }
        if (!low(n - 1) && !bounded) {
            outwardRight();
        }
    }

    /** Looks next to a sample that is not low for a dip of |f'| below T that the grid stepped over. */
    private void hiddenDip(int k) {
        int n = x.length;
        if (k + 1 < n && !low(k + 1) && (d[k] < 0 && d[k + 1] > 0 || d[k] > 0 && d[k + 1] < 0)) {
            double z = roots.zero(x[k], x[k + 1]);
            if (roots.isLow(z)) {
                addAround(x[k], z, x[k + 1]);
            }
            return;
        }
        if (k == 0 || k + 1 >= n || low(k - 1) || low(k + 1)) {
            return;
        }
        double a = Math.abs(d[k - 1]);
        double b = Math.abs(d[k]);
        double c = Math.abs(d[k + 1]);
        if (!(b < a && b < c) || Math.signum(d[k - 1]) != Math.signum(d[k]) || Math.signum(d[k]) != Math.signum(d[k + 1])
                || !(parabolaMinimum(x[k - 1], a, x[k], b, x[k + 1], c) < roots.threshold())) {
            return;
        }
        double p = roots.dip(x[k - 1], x[k + 1]);
        if (!Double.isNaN(p)) {
            addAround(x[k - 1], p, x[k + 1]);
        }
    }

    /** The minimum of the parabola through three points (|f'| samples): a cheap test for a deep dip. */
    static double parabolaMinimum(double x0, double a, double x1, double b, double x2, double c) {
        double f01 = (b - a) / (x1 - x0);
        double f12 = (c - b) / (x2 - x1);
        double f012 = (f12 - f01) / (x2 - x0);
        if (!(f012 > 0)) {
            return b;
        }
        double xv = Math.max(x0, Math.min(x2, (x0 + x1) / 2 - f01 / (2 * f012)));
        return a + f01 * (xv - x0) + f012 * (xv - x0) * (xv - x1);
    }

    private void addAround(double outsideLeft, double inside, double outsideRight) {
        add(roots.edge(outsideLeft, inside), roots.edge(outsideRight, inside));
    }

    /** f' at −1e6 is not below T: if the left side saturates, look farther out by doubling. */
    private void outwardLeft() {
        if (f.leftSaturation() == SaturationKind.NONE) {
            return;
        }
        for (double out = x[0]; out > -OUTWARD_LIMIT; out *= 2) {
            if (roots.isLow(2 * out)) {
                add(Double.NEGATIVE_INFINITY, roots.edge(out, 2 * out));
                return;
            }
        }
    }

    /** f' at +1e6 is not below T: if the right side saturates, look farther out by doubling. */
    private void outwardRight() {
        if (f.rightSaturation() == SaturationKind.NONE) {
            return;
        }
        for (double out = x[x.length - 1]; out < OUTWARD_LIMIT; out *= 2) {
            if (roots.isLow(2 * out)) {
                add(roots.edge(out, 2 * out), Double.POSITIVE_INFINITY);
                return;
            }
        }
    }

    private void add(double start, double end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, 2 * count);
            ends = Arrays.copyOf(ends, 2 * count);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /** Sorts and merges the raw intervals, then names each one. */
    private List<Region> regions() {
        sortByStart();
        List<Region> regions = new ArrayList<>(count);
        int i = 0;
        while (i < count) {
            double start = starts[i];
            double end = ends[i];
            while (i + 1 < count && (starts[i + 1] < end || starts[i + 1] == end && roots.isLow(end))) {
                end = Math.max(end, ends[++i]);
            }
            i++;
            Region r = region(start, end);
            if (r != null) {
                regions.add(r);
            }
        }
        return regions;
    }

    private Region region(double start, double end) {
        boolean toLeft = start == Double.NEGATIVE_INFINITY;
        boolean toRight = end == Double.POSITIVE_INFINITY;
        if (toLeft && toRight) {
            boolean hard = f.leftSaturation() == SaturationKind.HARD && f.rightSaturation() == SaturationKind.HARD
                    && allZero();
            return new Region(start, end, hard ? RegionKind.HARD : RegionKind.SOFT, Side.LEFT);
        }
        if (toLeft) {
            return new Region(start, end, kind(f.leftSaturation()), Side.LEFT);
        }
        if (toRight) {
            return new Region(start, end, kind(f.rightSaturation()), Side.RIGHT);
        }
        if (start == end && Grid.isBreakpoint(start, breakpoints)) {
            return null; // only the autograd value at a kink is small (softshrink with lambd = 0): no zone
        }
        return new Region(start, end, RegionKind.LOW_GRADIENT, Side.INTERIOR);
    }

    private static RegionKind kind(SaturationKind side) {
        return side == SaturationKind.HARD ? RegionKind.HARD : RegionKind.SOFT;
    }

    private boolean allZero() {
        for (double v : d) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private void sortByStart() {
        for (int i = 1; i < count; i++) {
            double s = starts[i];
            double e = ends[i];
            int j = i - 1;
            while (j >= 0 && starts[j] > s) {
                starts[j + 1] = starts[j];
                ends[j + 1] = ends[j];
                j--;
            }
            starts[j + 1] = s;
            ends[j + 1] = e;
        }
    }
}
