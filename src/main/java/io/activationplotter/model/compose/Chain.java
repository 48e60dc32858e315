package io.activationplotter.model.compose;

import io.activationplotter.model.Activation;
import io.activationplotter.model.SaturationKind;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The composition {@code outer(inner(x))} of two activations, as in
 * {@code nn.Sequential(inner, outer)}; longer chains nest (see {@link #of(List)}). The derivative
 * follows the chain rule {@code outer'(inner(x)) * inner'(x)}.
 */
public final class Chain implements Activation {

    /** How far the kink search looks for points where the inner value meets an outer kink. */
    static final double SEARCH = 64;
    private static final int STEPS = 8192;

    private final Activation inner;
    private final Activation outer;
    private final double[] kinks;
    private final double[] jumps;

    /**
     * Creates {@code outer(inner(x))}.
     *
     * @param inner  the function applied first ({@code null} not permitted).
     * @param outer  the function applied second ({@code null} not permitted).
     */
    public Chain(Activation inner, Activation outer) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.outer = Objects.requireNonNull(outer, "outer");
        this.kinks = mapped(inner.kinks(), outer.kinks());
        this.jumps = mapped(inner.jumps(), outer.jumps());
    }

    /**
     * Composes stages in order: the first is applied first.
     *
     * @param stages  the stages (at least one, {@code null} not permitted).
     * @return the composition (the single stage itself when there is one).
     */
    public static Activation of(List<Activation> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one function");
        }
        Activation f = stages.get(0);
        for (int i = 1; i < stages.size(); i++) {
            f = new Chain(f, stages.get(i));
        }
        return f;
    }

    @Override
    public double value(double x) {
        return outer.value(inner.value(x));
    }

    @Override
    public double derivative(double x) {
        double d = inner.derivative(x);
        if (d == 0) {
            return 0; // a zero inner slope wins, even where the outer slope is undefined
        }
        return outer.derivative(inner.value(x)) * d;
    }

    @Override
    public double[] kinks() {
        return kinks.clone();
    }

    @Override
    public double[] jumps() {
        return jumps.clone();
    }

    @Override
    public SaturationKind leftSaturation() {
        return side(-1, inner.leftSaturation());
    }

    @Override
    public SaturationKind rightSaturation() {
        return side(1, inner.rightSaturation());
    }

    private SaturationKind side(int sign, SaturationKind innerKind) {
        if (innerKind != SaturationKind.NONE) {
            // inner flattens to a constant, so does the chain; a zero outer slope near that constant
            // makes it flat at once (probe at 40, not at 1e6, where softplus and sigmoid underflow to 0)
            double near = inner.value(sign * 40.0);
            return innerKind == SaturationKind.SOFT && outer.derivative(near) == 0 ? SaturationKind.HARD : innerKind;
        }
        return inner.value(sign * 1e6) < 0 ? outer.leftSaturation() : outer.rightSaturation();
    }

    /** The inner points plus every x in [-SEARCH, SEARCH] where the inner value crosses an outer point. */
    private double[] mapped(double[] innerPoints, double[] outerPoints) {
        TreeSet<Double> all = new TreeSet<>();
        for (double p : innerPoints) {
            all.add(p);
        }
        for (double k : outerPoints) {
            crossings(k, all);
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void crossings(double level, TreeSet<Double> out) {
        double h = 2 * SEARCH / STEPS;
        double a = -SEARCH;
        double fa = inner.value(a) - level;
        for (int i = 1; i <= STEPS; i++) {
            double b = -SEARCH + i * h;
            double fb = inner.value(b) - level;
            if (fb == 0 && fa != 0) {
                out.add(b);
            } else if (fa * fb < 0) {
                out.add(bisect(a, b, level));
            }
            a = b;
            fa = fb;
        }
    }

    private double bisect(double a, double b, double level) {
        double lo = a;
        double hi = b;
        boolean loNegative = inner.value(lo) < level;
        for (int i = 0; i < 200 && hi - lo > Math.ulp(hi) * 2; i++) {
            double mid = 0.5 * (lo + hi);
            if ((inner.value(mid) < level) == loNegative) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
