package io.activationplotter.model.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.SaturationKind;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * The automatic derivative of a formula against an independent one: the catalogue's analytic f′
 * where the formula is a catalogue function written out, and a central finite difference elsewhere.
 */
class CustomDerivativePropertiesTest {

    private static Activation custom(String formula) {
        return CustomDefinition.compile(formula, "").createDefault();
    }

    private static Activation catalogue(String id) {
        return Catalogue.find(id).orElseThrow().createDefault();
    }

    /**
     * |a − b| within a few ulps of the larger, or of the scale where both are tiny; for a formula
     * written with terms that partly cancel, a relative tolerance instead (ulps &lt; 1).
     */
    private static void assertNear(double got, double expected, double ulps, double scale) {
        double size = Math.max(Math.max(Math.abs(got), Math.abs(expected)), scale);
        double tol = ulps >= 1 ? ulps * Math.ulp(size) : ulps * size;
        assertThat(Math.abs(got - expected)).as("%s vs %s", got, expected).isLessThanOrEqualTo(tol);
    }

    @Property(tries = 300)
    void siluWrittenOutHasSilusDerivative(@ForAll @DoubleRange(min = -30, max = 30) double x) {
        Activation f = custom("x * sigmoid(x)");
        Activation g = catalogue("silu");
        assertNear(f.value(x), g.value(x), 4, 1e-300);
        // σ(x) + x·σ′(x) cancels near the minimum at x ≈ −1.28: relative to the terms (≈ 1), not to f′
        assertNear(f.derivative(x), g.derivative(x), 1e-14, 1);
    }

    @Property(tries = 300)
    void softplusWrittenOutHasSoftplussDerivative(@ForAll @DoubleRange(min = -30, max = 30) double x) {
        // log1p(exp(x)) is safe while exp(x) does not overflow (x < 709)
        Activation f = custom("log1p(exp(x))");
        Activation g = catalogue("softplus");
        assertNear(f.value(x), g.value(x), 4, 1e-300);
        assertNear(f.derivative(x), g.derivative(x), 8, 1e-300);
    }

    @Property(tries = 300)
    void mishWrittenOutHasMishsDerivative(@ForAll @DoubleRange(min = -20, max = 20) double x) {
        Activation f = custom("x * tanh(log1p(exp(x)))");
        Activation g = catalogue("mish");
        // the written-out form cancels between x·tanh′ and tanh terms: relative, not ulps
        assertNear(f.value(x), g.value(x), 1e-13, 1e-12);
        assertNear(f.derivative(x), g.derivative(x), 1e-13, 1);
    }

    @Property(tries = 300)
    void geluWrittenOutHasGelusDerivative(@ForAll @DoubleRange(min = -8, max = 8) double x) {
        Activation f = custom("x / 2 * erfc(-x / sqrt(2))");
        Activation g = catalogue("gelu");
        assertNear(f.value(x), g.value(x), 1e-13, 1e-300);
        assertNear(f.derivative(x), g.derivative(x), 1e-13, 1);
    }

    @Property(tries = 300)
    void tanhWrittenOutHasTanhsDerivative(@ForAll @DoubleRange(min = -15, max = 15) double x) {
        Activation f = custom("2 * sigmoid(2*x) - 1");
        Activation g = catalogue("tanh");
        assertNear(f.derivative(x), g.derivative(x), 32, 1e-12);
    }

    @Property(tries = 500)
    void anyFormulaMatchesACentralDifference(@ForAll @DoubleRange(min = -4, max = 4) double x,
            @ForAll("formulas") String formula) {
        // abs and selu have kinks at 0 (and selu(sin(x)) at ±π), where no difference quotient converges
        Assume.that(Math.abs(x) > 1e-3 && Math.abs(Math.abs(x) - Math.PI) > 1e-3);
        Activation f = custom(formula);
        double h = 1e-5 * Math.max(1, Math.abs(x));
        double central = (f.value(x + h) - f.value(x - h)) / (2 * h);
        // the central difference's own error: h² f‴/6 plus rounding ε|f|/h
        double scale = Math.max(1, Math.abs(f.value(x))) + Math.abs(central);
        assertThat(f.derivative(x)).as(formula + " at " + x).isCloseTo(central,
                org.assertj.core.data.Offset.offset(1e-6 * scale));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> formulas() {
        return net.jqwik.api.Arbitraries.of("sin(x) * cos(2*x) + x^3 / 7", "exp(-x^2) * (1 + x)",
                "sqrt(x^2 + 4) - x", "x / (1 + abs(x) + x^2)", "log1p(x^2) * tanh(x)", "erf(x) * sigmoid(3*x)",
                "expm1(x / 3) - softplus(x, 2)", "x * gelu(x) + elu(x, 0.5)", "(1 + x^2) ^ 0.25",
                "2 ^ x - 2 ^ -x", "selu(sin(x)) * mish(x)", "log(2 + cos(x)) / (3 + sin(x))");
    }

    @Example
    void saturationIsJudgedFromTheFormulasSlope() {
        assertThat(custom("x * sigmoid(x)").leftSaturation()).isEqualTo(SaturationKind.SOFT);
        assertThat(custom("x * sigmoid(x)").rightSaturation()).isEqualTo(SaturationKind.NONE);
        assertThat(custom("where(x > 0, x, 0)").leftSaturation()).isEqualTo(SaturationKind.HARD);
        assertThat(custom("where(x > 0, x, 0.1*x)").leftSaturation()).isEqualTo(SaturationKind.NONE);
        assertThat(custom("tanh(x)").rightSaturation()).isEqualTo(SaturationKind.SOFT);
        assertThat(custom("x / (1 + abs(x))").leftSaturation()).isEqualTo(SaturationKind.SOFT);
        assertThat(custom("log(x)").leftSaturation()).isEqualTo(SaturationKind.NONE); // NaN: no claim
    }

    @Example
    void aZeroInnerSlopeWinsOverAnUndefinedOuterOne() {
        // relu'(0) * 0: the chain rule through a constant argument gives 0, not NaN
        assertThat(custom("relu(0 * x)").derivative(1)).isZero();
        assertThat(custom("sqrt(x)").derivative(0)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
