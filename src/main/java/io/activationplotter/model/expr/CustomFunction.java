package io.activationplotter.model.expr;

import io.activationplotter.model.Activation;
import io.activationplotter.model.SaturationKind;
import java.util.Objects;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * A formula typed by the user, with its parameters set: f in double, f′ by Hipparchus' forward-mode
 * automatic differentiation ({@link Gradient} with one free parameter), so f′ is exact to rounding for
 * the formula as written; it is as accurate as the formula (log(1 + exp(x)) overflows where softplus
 * does not). The saturation on each side is judged from f′ at |x| = 8 … 512; kinks and jumps are
 * where the formula switches (see {@link Breaks}).
 */
public final class CustomFunction implements Activation {

    /** The |x| at which the saturation probes look, nearest first. */
    static final double[] PROBES = {8, 16, 32, 64, 128, 256, 512};
    /** |f′| below this at the farthest probe, and not growing outward, counts as soft saturation. */
    static final double SOFT = 1e-4;

    private final String formula;
    private final Expr tree;
    private SaturationKind left;
    private SaturationKind right;
    private Breaks breaks;

    /**
     * Creates the function.
     *
     * @param formula  the formula as typed, for labels ({@code null} not permitted).
     * @param tree     the bound tree ({@code null} not permitted).
     */
    public CustomFunction(String formula, Expr tree) {
        this.formula = Objects.requireNonNull(formula, "formula");
        this.tree = Objects.requireNonNull(tree, "tree");
    }

    /** @return the formula as typed. */
    public String formula() {
        return formula;
    }

    @Override
    public double value(double x) {
        return tree.value(x);
    }

    @Override
    public double derivative(double x) {
        return tree.gradient(Gradient.variable(1, 0, x)).getGradient()[0];
    }

    /** The points where a comparison, min/max, abs or a catalogue function's kink switches, within |x| ≤ 64. */
    @Override
    public double[] kinks() {
        return breaks().kinks();
    }

    /** The switching points where f itself jumps (a where with branches that do not meet). */
    @Override
    public double[] jumps() {
        return breaks().jumps();
    }

    private synchronized Breaks breaks() {
        if (breaks == null) {
            breaks = new Breaks(tree, this);
        }
        return breaks;
    }

    @Override
    public synchronized SaturationKind leftSaturation() {
        if (left == null) {
            left = side(-1);
        }
        return left;
    }

    @Override
    public synchronized SaturationKind rightSaturation() {
        if (right == null) {
            right = side(1);
        }
        return right;
    }

    /** HARD where f′ is exactly 0 at every probe; SOFT where it is tiny far out and not growing outward. */
    private SaturationKind side(int sign) {
        double[] d = new double[PROBES.length];
        boolean allZero = true;
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(derivative(sign * PROBES[i]));
            if (Double.isNaN(d[i])) {
                return SaturationKind.NONE;
            }
            allZero &= d[i] == 0;
        }
        if (allZero) {
            return SaturationKind.HARD;
        }
        int last = d.length - 1;
        boolean shrinking = d[last] <= d[last - 1] && d[last - 1] <= d[last - 2];
        return d[last] < SOFT && shrinking ? SaturationKind.SOFT : SaturationKind.NONE;
    }
}
