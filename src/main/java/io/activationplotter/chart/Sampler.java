package io.activationplotter.chart;

import io.activationplotter.model.Activation;
import java.util.Arrays;

/**
 * Samples a function and its derivative over an x-range: a uniform grid plus every kink and jump
 * inside the range, so a kink is drawn sharp at any zoom; at a breakpoint where the left and
 * right limits differ the series gets a gap (NaN) instead of a vertical line.
 */
public final class Sampler {

    private static final double CLOSE = 1e-9;

    private Sampler() {
    }

    /**
     * Samples f and f'.
     *
     * @param f     the function ({@code null} not permitted).
     * @param xMin  the lower end.
     * @param xMax  the upper end (greater than xMin).
     * @param n     the number of uniform samples (at least 2).
     * @return the samples.
     */
    public static SampledCurve sample(Activation f, double xMin, double xMax, int n) {
        double[] breaks = breakpoints(f, xMin, xMax);
        int capacity = n + 3 * breaks.length;
        Builder fs = new Builder(capacity);
        Builder ds = new Builder(capacity);
        int b = 0;
        for (int i = 0; i < n; i++) {
            double x = i == n - 1 ? xMax : xMin + (xMax - xMin) * i / (n - 1);
            while (b < breaks.length && breaks[b] <= x) {
                addBreak(f, breaks[b], fs, ds);
                b++;
            }
            if (b > 0 && breaks[b - 1] == x) {
                continue;
            }
            fs.add(x, f.value(x));
            ds.add(x, f.derivative(x));
        }
        return new SampledCurve(fs.xs(), fs.ys(), ds.xs(), ds.ys());
    }

    private static void addBreak(Activation f, double p, Builder fs, Builder ds) {
        double lo = Math.nextDown(p);
        double hi = Math.nextUp(p);
        addLimits(fs, p, f.value(lo), f.value(hi), f.value(p));
        addLimits(ds, p, f.derivative(lo), f.derivative(hi), f.derivative(p));
    }

    private static void addLimits(Builder s, double p, double left, double right, double at) {
        if (close(left, right)) {
            s.add(p, at);
        } else {
            s.add(p, left);
            s.add(p, Double.NaN);
            s.add(p, right);
        }
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= CLOSE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static double[] breakpoints(Activation f, double xMin, double xMax) {
        double[] k = f.kinks();
        double[] j = f.jumps();
        double[] all = Arrays.copyOf(k, k.length + j.length);
        System.arraycopy(j, 0, all, k.length, j.length);
        return Arrays.stream(all).filter(x -> x >= xMin && x <= xMax).sorted().distinct().toArray();
    }

    /** A growable pair of double arrays. */
    private static final class Builder {
        private double[] x;
        private double[] y;
        private int size;

        Builder(int capacity) {
            x = new double[capacity];
            y = new double[capacity];
        }

        void add(double xv, double yv) {
            if (size == x.length) {
                x = Arrays.copyOf(x, size * 2 + 4);
                y = Arrays.copyOf(y, size * 2 + 4);
            }
            x[size] = xv;
            y[size] = Double.isFinite(yv) ? yv : Double.NaN;
            size++;
        }

        double[] xs() {
            return Arrays.copyOf(x, size);
        }

        double[] ys() {
            return Arrays.copyOf(y, size);
        }
    }
}
