package io.activationplotter.model.saturation;

import io.activationplotter.model.Activation;
import java.util.Arrays;

/**
 * The sample points of {@link SaturationAnalysis}: a shared base grid (step 1/64 on [−16, 16], where
 * every activation has its features; step 1/8 out to ±64; geometric with ratio 1.1 out to ±1e6) merged
 * with a function's kinks and jumps and their neighbouring doubles. The base grid is built once; a call
 * only merges the few breakpoints in. All grid points up to ±64 are exact binary fractions.
 */
final class Grid {

    /** Half-width of the dense part. */
    static final double DENSE_LIMIT = 16.0;

    /** Step of the dense part. */
    static final double DENSE_STEP = 1.0 / 64.0;

    /** Half-width of the medium part. */
    static final double MEDIUM_LIMIT = 64.0;

    /** Step of the medium part. */
    static final double MEDIUM_STEP = 1.0 / 8.0;

    /** The outermost grid points are ±FAR. */
    static final double FAR = 1e6;

    private static final double GROWTH = 1.1;

    private static final double[] BASE = base();

    private Grid() {
    }

    /**
     * Returns the sorted, finite kinks and jumps of a function, without duplicates.
     *
     * @param f  the function ({@code null} not permitted).
     * @return the breakpoints (a new array).
     */
    static double[] breakpoints(Activation f) {
        double[] k = f.kinks();
        double[] j = f.jumps();
        double[] all = new double[k.length + j.length];
        System.arraycopy(k, 0, all, 0, k.length);
        System.arraycopy(j, 0, all, k.length, j.length);
        return distinctFiniteSorted(all);
    }

    /**
     * Returns the base grid merged with each breakpoint and its two neighbouring doubles.
     *
     * @param breakpoints  sorted finite breakpoints ({@code null} not permitted).
     * @return the sorted points without duplicates (the shared base array when there are no breakpoints;
     *         callers must not modify it).
     */
    static double[] points(double[] breakpoints) {
        if (breakpoints.length == 0) {
            return BASE;
        }
        double[] extra = new double[3 * breakpoints.length];
        for (int i = 0; i < breakpoints.length; i++) {
            extra[3 * i] = Math.nextDown(breakpoints[i]);
            extra[3 * i + 1] = breakpoints[i];
            extra[3 * i + 2] = Math.nextUp(breakpoints[i]);
        }
        return merge(BASE, distinctFiniteSorted(extra));
    }

    /**
     * Tells whether a value is one of the breakpoints.
     *
     * @param x            the value.
     * @param breakpoints  sorted breakpoints.
     * @return {@code true} if {@code x} is a breakpoint.
     */
    static boolean isBreakpoint(double x, double[] breakpoints) {
        return breakpoints.length > 0 && Arrays.binarySearch(breakpoints, x) >= 0;
    }

    /** @return the number of points of the base grid (for tests and benchmarks). */
    static int baseSize() {
        return BASE.length;
    }

    private static double[] base() {
        double[] positive = positiveHalf();
        double[] g = new double[2 * positive.length + 1];
        for (int i = 0; i < positive.length; i++) {
            g[positive.length - 1 - i] = -positive[i];
            g[positive.length + 1 + i] = positive[i];
        }
        g[positive.length] = 0.0;
        return g;
    }

    /** The grid points greater than 0, ascending. */
    private static double[] positiveHalf() {
        double[] p = new double[4096];
        int n = 0;
        int dense = (int) Math.round(DENSE_LIMIT / DENSE_STEP);
        for (int k = 1; k <= dense; k++) {
            p[n++] = k * DENSE_STEP;
        }
        int medium = (int) Math.round((MEDIUM_LIMIT - DENSE_LIMIT) / MEDIUM_STEP);
        for (int k = 1; k <= medium; k++) {
            p[n++] = DENSE_LIMIT + k * MEDIUM_STEP;
        }
        for (double x = MEDIUM_LIMIT * GROWTH; x < FAR; x *= GROWTH) {
            p[n++] = x;
        }
        p[n++] = FAR;
        return Arrays.copyOf(p, n);
    }

    private static double[] merge(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            double v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
            if (n == 0 || v != out[n - 1]) {
                out[n++] = v;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static double[] distinctFiniteSorted(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = 0;
        for (double v : s) {
            if (Double.isFinite(v) && (n == 0 || v != s[n - 1])) {
                s[n++] = v == 0 ? 0.0 : v;
            }
        }
        return Arrays.copyOf(s, n);
    }
}
