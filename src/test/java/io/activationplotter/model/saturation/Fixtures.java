package io.activationplotter.model.saturation;

import io.activationplotter.model.Activation;
import io.activationplotter.model.SaturationKind;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * Test-only activations with PyTorch's autograd conventions, so the analysis can be checked on the
 * shapes that matter (interior minima, dead zones, hard ends, jumps, whole-line) independently of
 * which functions the catalogue holds yet.
 */
final class Fixtures {

    private static final double INV_SQRT2 = 1 / Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private Fixtures() {
    }

    /** A function given by its derivative only (the analysis never calls value). */
    record Fn(String name, DoubleUnaryOperator df, double[] kinks, double[] jumps, SaturationKind left,
            SaturationKind right) implements Activation {

        @Override
        public double value(double x) {
            throw new UnsupportedOperationException("the analysis must not need f itself");
        }

        @Override
        public double derivative(double x) {
            return df.applyAsDouble(x);
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
            return left;
        }

        @Override
        public SaturationKind rightSaturation() {
            return right;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    static Fn smooth(String name, DoubleUnaryOperator df, SaturationKind left, SaturationKind right) {
        return new Fn(name, df, Activation.NO_POINTS, Activation.NO_POINTS, left, right);
    }

    static Fn sigmoid() {
        return smooth("sigmoid", x -> {
            double e = Math.exp(-Math.abs(x));
            return e / ((1 + e) * (1 + e));
        }, SaturationKind.SOFT, SaturationKind.SOFT);
    }

    /** GELU exact: f' = Φ(x) + x φ(x). */
    static Fn gelu() {
        return smooth("gelu", x -> 0.5 * Erfc.value(-x * INV_SQRT2) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x),
                SaturationKind.SOFT, SaturationKind.NONE);
    }

    /** SiLU: f' = σ(x)(1 + x σ(−x)). */
    static Fn silu() {
        return smooth("silu", x -> sigmoid(x) * (1 + x * sigmoid(-x)), SaturationKind.SOFT, SaturationKind.NONE);
    }

    /** Mish: f' = tanh(sp) + x sech²(sp) σ(x) with sp = softplus(x). */
    static Fn mish() {
        return smooth("mish", x -> {
            double sp = x > 20 ? x : Math.log1p(Math.exp(x));
            double t = Math.tanh(sp);
            return t + x * (1 - t * t) * sigmoid(x);
        }, SaturationKind.SOFT, SaturationKind.NONE);
    }

    static Fn softsign() {
        return smooth("softsign", x -> 1 / ((1 + Math.abs(x)) * (1 + Math.abs(x))), SaturationKind.SOFT,
                SaturationKind.SOFT);
    }

    /** Tanhshrink x − tanh x: f' = tanh²x touches 0 at x = 0 without changing sign. */
    static Fn tanhshrink() {
        return smooth("tanhshrink", x -> Math.tanh(x) * Math.tanh(x), SaturationKind.NONE, SaturationKind.NONE);
    }

    /** Like tanhshrink but with the touching zero off the grid, at 0.3 + 1/256. */
    static Fn offGridTouch() {
        double c = 0.3 + 1.0 / 256;
        return smooth("offgrid", x -> Math.tanh(x - c) * Math.tanh(x - c), SaturationKind.NONE, SaturationKind.NONE);
    }

    /** Hardtanh: f' = 1 on (min, max), 0 elsewhere, kinks included (PyTorch). */
    static Fn hardtanh(double min, double max) {
        return new Fn("hardtanh(" + min + "," + max + ")", x -> x > min && x < max ? 1 : 0, new double[] {min, max},
                Activation.NO_POINTS, SaturationKind.HARD, SaturationKind.HARD);
    }

    /** Hardsigmoid: f' = 1/6 on (−3, 3), 0 elsewhere. */
    static Fn hardsigmoid() {
        return new Fn("hardsigmoid", x -> x > -3 && x < 3 ? 1.0 / 6 : 0, new double[] {-3, 3}, Activation.NO_POINTS,
                SaturationKind.HARD, SaturationKind.HARD);
    }

    /** Hardswish: f' = 0 below −3, x/3 + 1/2 on [−3, 3], 1 above (PyTorch's backward). */
    static Fn hardswish() {
        return new Fn("hardswish", x -> x < -3 ? 0 : x <= 3 ? x / 3 + 0.5 : 1, new double[] {-3, 3},
                Activation.NO_POINTS, SaturationKind.HARD, SaturationKind.NONE);
    }

    /** Softshrink: f' = 1 for |x| &gt; λ, 0 on [−λ, λ]. */
    static Fn softshrink(double lambd) {
        return new Fn("softshrink(" + lambd + ")", x -> x > lambd || x < -lambd ? 1 : 0, new double[] {-lambd, lambd},
                Activation.NO_POINTS, SaturationKind.NONE, SaturationKind.NONE);
    }

    /** Threshold: x above th, value below: f' = 1 for x &gt; th, else 0; a jump at th. */
    static Fn threshold(double th) {
        return new Fn("threshold(" + th + ")", x -> x > th ? 1 : 0, Activation.NO_POINTS, new double[] {th},
                SaturationKind.HARD, SaturationKind.NONE);
    }

    /** Heaviside step: f' ≡ 0, a jump at 0. */
    static Fn step() {
        return new Fn("step", x -> 0, Activation.NO_POINTS, new double[] {0}, SaturationKind.HARD,
                SaturationKind.HARD);
    }

    /** Leaky ReLU with PyTorch's f'(0) = negative_slope. */
    static Fn leakyRelu(double slope) {
        return new Fn("leaky_relu(" + slope + ")", x -> x > 0 ? 1 : slope, new double[] {0}, Activation.NO_POINTS,
                slope == 0 ? SaturationKind.HARD : SaturationKind.NONE, SaturationKind.NONE);
    }

    /** Softplus with β: f' = σ(βx). */
    static Fn softplus(double beta) {
        return smooth("softplus(" + beta + ")", x -> sigmoid(beta * x), SaturationKind.SOFT, SaturationKind.NONE);
    }

    /** Every fixture, for property tests. */
    static Fn[] all() {
        return new Fn[] {sigmoid(), gelu(), silu(), mish(), softsign(), tanhshrink(), offGridTouch(),
            hardtanh(-1, 1), hardtanh(0, 6), hardsigmoid(), hardswish(), softshrink(0.5), softshrink(0),
            threshold(0.7), step(), leakyRelu(0.01), leakyRelu(0.2), softplus(1), softplus(20)};
    }
}
