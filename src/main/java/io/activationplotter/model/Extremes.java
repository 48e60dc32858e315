package io.activationplotter.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the largest gradient magnitude max |f'(x)| of an activation and where it is reached: at a
 * point (sigmoid: 0.25 at x = 0), on intervals where f' is constant (ReLU: 1 for all x &gt; 0), or only
 * in a limit (softplus: → 1 as x → +∞). A dense grid over [−{@value #REACH}, {@value #REACH}] with
 * the kinks and jumps added, then golden-section refinement around an isolated maximum.
 */
public final class Extremes {

    /** The half-width of the searched range. */
    public static final double REACH = 100;
    private static final int STEPS = 40_000;
    private static final double REL_TOL = 1e-9;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    /**
     * Where the maximum is reached: {@code lo == hi} for a point; infinite ends for half-lines; both
     * ends equal to an infinity for a limit only approached as x → ±∞.
     *
     * @param lo  the lower end.
     * @param hi  the upper end.
     */
    public record Span(double lo, double hi) {
        /** @return {@code true} for a single point. */
        public boolean isPoint() {
            return lo == hi && Double.isFinite(lo);
        }

        /** @return {@code true} if the maximum is only approached as x → ±∞. */
        public boolean isLimit() {
            return lo == hi && Double.isInfinite(lo);
        }
    }

    /**
     * The maximum of |f'| and where it is reached.
     *
     * @param value  the maximum (a supremum where only approached).
     * @param where  the spans, sorted (never empty).
     */
    public record MaxSlope(double value, List<Span> where) {
    }

    private Extremes() {
    }

    /**
     * Finds max |f'(x)| over the real line.
     *
     * @param f  the activation ({@code null} not permitted).
     * @return the maximum and where it is reached.
     */
    public static MaxSlope maxAbsDerivative(Activation f) {
        double[] xs = grid(f);
        double[] g = new double[xs.length];
        double max = 0;
        for (int i = 0; i < xs.length; i++) {
            g[i] = Math.abs(f.derivative(xs[i]));
            if (g[i] > max) {
                max = g[i];
            }
        }
        double tol = REL_TOL * Math.max(1, max);
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < xs.length) {
            if (g[i] < max - tol) {
                i++;
                continue;
            }
            int j = i;
            boolean exact = g[i] == max;
            while (j + 1 < xs.length && g[j + 1] >= max - tol) {
                j++;
                exact &= g[j] == max;
            }
            spans.add(span(f, xs, i, j, exact));
            i = j + 1;
        }
        double value = max;
        if (spans.size() == 1 && spans.get(0).isPoint()) {
            double x = spans.get(0).lo();
            double step = 2 * REACH / STEPS;
            double refined = refine(f, x - step, x + step);
            double at = Math.abs(f.derivative(refined)) >= max ? refined : x;
            value = Math.max(max, Math.abs(f.derivative(at)));
            spans.set(0, new Span(snap(f, at, step), snap(f, at, step)));
        }
        return new MaxSlope(value, List.copyOf(spans));
    }

    private static Span span(Activation f, double[] xs, int i, int j, boolean exact) {
        boolean atLeft = i == 0;
        boolean atRight = j == xs.length - 1;
        double step = 2 * REACH / STEPS;
        if (!exact || i == j) {
            if (atLeft && !atRight && j > i) {
                return new Span(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
            }
            if (atRight && !atLeft && j > i) {
                return new Span(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
            }
            double mid = xs[(i + j) / 2];
            return new Span(mid, mid);
        }
        double lo = atLeft ? Double.NEGATIVE_INFINITY : snap(f, xs[i], step);
        double hi = atRight ? Double.POSITIVE_INFINITY : snap(f, xs[j], step);
        return new Span(lo, hi);
    }

    /** Moves x onto a kink or jump closer than two grid steps, or rounds it when it is near a round number. */
    private static double snap(Activation f, double x, double step) {
        for (double[] pts : new double[][] {f.kinks(), f.jumps()}) {
            for (double p : pts) {
                if (Math.abs(p - x) <= 2 * step) {
                    return p;
                }
            }
        }
        return Math.abs(x) < 1e-7 ? 0 : x;
    }

    private static double refine(Activation f, double a, double b) {
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        for (int k = 0; k < 200 && b - a > 1e-12 * Math.max(1, Math.abs(a)); k++) {
            if (Math.abs(f.derivative(c)) > Math.abs(f.derivative(d))) {
                b = d;
            } else {
                a = c;
            }
            c = b - GOLDEN * (b - a);
            d = a + GOLDEN * (b - a);
        }
        return (a + b) / 2;
    }

    private static double[] grid(Activation f) {
        List<Double> extra = new ArrayList<>();
        for (double[] pts : new double[][] {f.kinks(), f.jumps()}) {
            for (double p : pts) {
                extra.add(Math.nextDown(p));
                extra.add(p);
                extra.add(Math.nextUp(p));
            }
        }
        double[] xs = new double[STEPS + 1 + extra.size()];
        for (int k = 0; k <= STEPS; k++) {
            xs[k] = -REACH + 2 * REACH * k / STEPS;
        }
        for (int k = 0; k < extra.size(); k++) {
            xs[STEPS + 1 + k] = extra.get(k);
        }
        java.util.Arrays.sort(xs);
        return xs;
    }
}
