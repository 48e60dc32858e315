package io.activationplotter.model.saturation;

import io.activationplotter.model.Activation;
import java.util.Arrays;

/**
 * The sample points of {@link SaturationAnalysis}: a shared base grid (dense on [−64, 64] with step
 * 1/64, geometric with ratio 1.1 out to ±1e6) merged with a function's kinks and jumps and their
 * neighbouring doubles. The base grid is built once; a call only merges the few breakpoints in.
 */
final class Grid {

    /** Half-width of the dense part. */
    static final double DENSE_LIMIT = 64.0;

    /** Step of the dense part (a power of two, so every dense point is exact). */
    static final double DENSE_STEP = 1.0 / 64.0;

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
        int n = (int) Math.round(DENSE_LIMIT / DENSE_STEP);
        int far = 0;
        for (double x = DENSE_LIMIT * GROWTH; x < FAR; x *= GROWTH) {
            far++;
        }
        double[] g = new double[2 * n + 1 + 2 * (far + 1)];
        int i = 0;
        g[i++] = -FAR;
        double[] outer = new double[far];
        double x = DENSE_LIMIT * GROWTH;
        for (int k = 0; k < far; k++, x *= GROWTH) {
            outer[k] = x;
        }
        for (int k = far - 1; k >= 0; k--) {
            g[i++] = -outer[k];
        }
        for (int k = -n; k <= n; k++) {
            g[i++] = k * DENSE_STEP;
        }
        for (int k = 0; k < far; k++) {
            g[i++] = outer[k];
        }
        g[i] = FAR;
        return g;
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
