package io.activationplotter.model.precision;

import io.activationplotter.model.Activation;
import io.activationplotter.model.functions.Gelu;
import io.activationplotter.model.functions.GeluTanh;
import io.activationplotter.model.functions.Hardswish;
import io.activationplotter.model.functions.Silu;
import io.activationplotter.model.functions.Swish;
import java.util.List;
import java.util.Objects;

/**
 * A cheaper function used in place of another, and how far apart they are: GELU's tanh approximation
 * and QuickGELU x·σ(1.702x) against the exact GELU, hardswish against SiLU.
 *
 * @param name         the pair, for example {@code GELU − QuickGELU}.
 * @param exactName    the name of the exact function.
 * @param approxName   the name of the approximation.
 * @param exact        the exact function.
 * @param approximate  the approximation.
 */
public record Approximation(String name, String exactName, String approxName, Activation exact,
        Activation approximate) {

    /** QuickGELU's factor: x·σ(1.702x) (Hendrycks and Gimpel 2016, used by CLIP). */
    public static final double QUICK_GELU_BETA = 1.702;

    /** The pairs shown side by side. */
    public static final List<Approximation> ALL = List.of(
            new Approximation("GELU − GELU (tanh)", "GELU", "GELU (tanh)", new Gelu(), new GeluTanh()),
            new Approximation("GELU − QuickGELU", "GELU", "QuickGELU", new Gelu(), quickGelu()),
            new Approximation("SiLU − Hardswish", "SiLU", "Hardswish", new Silu(), new Hardswish()));

    /** Checks the fields. */
    public Approximation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(approximate, "approximate");
    }

    /** @return QuickGELU, x·σ(1.702x), the swish with β = 1.702. */
    public static Activation quickGelu() {
        return new Swish(QUICK_GELU_BETA);
    }

    /**
     * Returns the difference exact − approximation at x.
     *
     * @param x  the argument.
     * @return Δ(x).
     */
    public double difference(double x) {
        return exact.value(x) - approximate.value(x);
    }

    /**
     * Finds the largest |Δ| on [a, b]: the best of a uniform grid, refined by golden-section search around it.
     *
     * @param a        the lower end.
     * @param b        the upper end (greater than a).
     * @param samples  grid points (at least 2).
     * @return {x, |Δ(x)|} at the largest |Δ| found.
     */
    public double[] maxGap(double a, double b, int samples) {
        int n = Math.max(2, samples);
        double step = (b - a) / (n - 1);
        double best = a;
        double bestGap = -1;
        for (int i = 0; i < n; i++) {
            double x = i == n - 1 ? b : a + i * step;
            double g = Math.abs(difference(x));
            if (g > bestGap) {
                best = x;
                bestGap = g;
            }
        }
        double lo = Math.max(a, best - step);
        double hi = Math.min(b, best + step);
        double r = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 60; i++) {
            double c = hi - r * (hi - lo);
            double d = lo + r * (hi - lo);
            if (Math.abs(difference(c)) > Math.abs(difference(d))) {
                hi = d;
            } else {
                lo = c;
            }
        }
        double x = (lo + hi) / 2;
        double g = Math.abs(difference(x));
        return g > bestGap ? new double[] {x, g} : new double[] {best, bestGap};
    }
}
