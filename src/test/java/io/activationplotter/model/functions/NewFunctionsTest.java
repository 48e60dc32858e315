package io.activationplotter.model.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Known values, tiny arguments and tails of the issue 13 entries, where a naive formula would cancel or
 * overflow (the mpmath reference test covers |x| ≤ 700 and every slider end).
 */
class NewFunctionsTest {

    private static Activation f(String id) {
        return Catalogue.find(id).orElseThrow().createDefault();
    }

    @Test
    void squareplusKeepsItsLeftTailWhereXPlusTheRootWouldCancel() {
        Squareplus f = new Squareplus(4);
        // x + √(x² + 4) is 0 in doubles from x ≈ −1e8; the stable form gives 4/(4|x|)
        assertThat(f.value(-1e8)).isEqualTo(1e-8);
        assertThat(f.value(-1e200)).isEqualTo(1e-200);
        assertThat(f.derivative(-1e8)).isCloseTo(1e-16, org.assertj.core.api.Assertions.withinPercentage(1e-9));
        assertThat(f.value(0)).isEqualTo(1.0);
        assertThat(f.derivative(0)).isEqualTo(0.5);
        assertThat(new Squareplus(0).value(-1e-300)).isEqualTo(0.0);
        assertThat(new Squareplus(0).value(1e-300)).isEqualTo(1e-300);
        assertThat(new Squareplus(0).derivative(0)).isEqualTo(0.5);
        assertThat(new Squareplus(0).kinks()).containsExactly(0.0);
    }

    @Test
    void xieluLeftBranchHasNoCancellationNearZero() {
        Activation f = f("xielu");
        // α_n(eˣ − 1 − x) + βx at x = −1e−12: the quadratic term 0.8·5e−25 is kept, not rounded to 0
        double x = -1e-12;
        assertThat(f.value(x)).isEqualTo(Math.fma(0.8, 0.5e-24, 0.5 * x));
        assertThat(Xielu.expm1MinusX(-1e-12)).isCloseTo(5e-25, org.assertj.core.api.Assertions.withinPercentage(1e-9));
        assertThat(Xielu.expm1MinusX(-1e-200)).isEqualTo(0.0); // x² underflows: the true 5e−401 too
        assertThat(f.derivative(0)).isEqualTo(0.5);
        assertThat(f.derivative(Math.nextUp(0.0))).isEqualTo(0.5);
        assertThat(f.value(Double.NEGATIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY); // slope β − α_n < 0
        assertThat(new Xielu(0.8, 0.5, 0.5).value(-1e300)).isEqualTo(-0.5); // α_n = β: f → −α_n
    }

    @Test
    void tailsUpTo700AndBeyond() {
        assertThat(f("isru").value(1e200)).isEqualTo(1.0);
        assertThat(f("isru").derivative(1e200)).isEqualTo(0.0);
        assertThat(f("isrlu").value(-1e300)).isEqualTo(-1.0);
        assertThat(f("bent_identity").value(-1e300)).isEqualTo(-0.5e300);
        assertThat(f("bent_identity").derivative(-700)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(f("gaussian").value(700)).isEqualTo(0.0);
        assertThat(f("gaussian").derivative(-30)).isEqualTo(0.0);
        assertThat(f("smish").value(700)).isEqualTo(0.6 * 700);
        assertThat(f("smish").derivative(700)).isEqualTo(0.6);
        assertThat(f("smish").value(-700)).isLessThan(0).isGreaterThan(-1e-300);
        assertThat(f("tanhexp").value(700)).isEqualTo(700.0);
        assertThat(f("tanhexp").derivative(1e300)).isEqualTo(1.0);
        assertThat(f("tanhexp").value(-700)).isLessThan(0).isGreaterThan(-1e-300);
        assertThat(f("elish").value(-700)).isLessThan(0).isGreaterThan(-1e-300);
        assertThat(f("elish").derivative(0)).isEqualTo(0.5);
        assertThat(f("elish").derivative(-0.0)).isEqualTo(0.5);
        assertThat(f("exponential").value(709)).isEqualTo(StrictMath.exp(709));
        assertThat(f("exponential").value(710)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(f("quick_gelu").value(-700)).isLessThan(0).isGreaterThan(-1e-300);
        assertThat(f("relu_squared").value(-1e300)).isEqualTo(0.0);
        assertThat(f("relu_squared").value(3)).isEqualTo(9.0);
    }

    @Test
    void tinyArgumentsKeepTheirDigits() {
        double x = 1e-12;
        assertThat(f("isru").value(x)).isEqualTo(x);
        assertThat(f("bent_identity").value(x)).isEqualTo(x + x * x / 4);
        assertThat(f("gaussian").value(x)).isEqualTo(1.0);
        assertThat(f("gaussian").derivative(x)).isEqualTo(-2e-12);
        assertThat(f("snake").value(x)).isEqualTo(x + x * x);
        assertThat(f("snake").derivative(x)).isCloseTo(1.0 + 2 * x, org.assertj.core.api.Assertions.within(4 * Math.ulp(1.0)));
        assertThat(f("tanhexp").value(x)).isCloseTo(x * StrictMath.tanh(1.0), org.assertj.core.api.Assertions.withinPercentage(1e-9));
        assertThat(f("smish").derivative(0)).isEqualTo(0.6 / 1.0 * 0 + (0.5 * 2.5) / (0.5 * 2.5 + 2));
        double u = (-1 + x) + 1; // exact: the distance of the double −1 + 1e−12 from −1
        assertThat(f("sparse_plus").value(-1 + x)).isEqualTo(u * u / 4).isPositive();
    }

    @Test
    void snakeTouchesZeroSlopeWithoutRoundingNoise() {
        Snake f = new Snake(1);
        double zero = 3 * Math.PI / 4; // f' = (sin x + cos x)² has a double zero here
        assertThat(f.derivative(zero)).isLessThan(1e-30);
        assertThat(f.derivative(zero + 1e-8)).isCloseTo(2e-16, org.assertj.core.api.Assertions.withinPercentage(1));
    }

    @Test
    void softplusThresholdIsNnSoftplus() {
        Softplus torch = new Softplus(2, 20);
        // βx > 20 ⇒ x; at βx = 20 exactly the exact branch, as `(x * beta) > threshold ? x : …`
        assertThat(torch.value(10.5)).isEqualTo(10.5);
        assertThat(torch.derivative(10.5)).isEqualTo(1.0);
        assertThat(torch.value(10)).isEqualTo(new Softplus(2).value(10)).isGreaterThan(10);
        assertThat(torch.jumps()).isEmpty(); // log1p(e^−20)/2 ≈ 1e−9: below what a plot or a probe shows
        assertThat(new Softplus(1, 5).jumps()).containsExactly(Math.nextUp(5.0));
        double[] atZero = new Softplus(0.1, 0).jumps(); // the first x with 0.1·x > 0 in doubles
        assertThat(atZero).hasSize(1);
        assertThat(0.1 * atZero[0]).isGreaterThan(0);
        assertThat(0.1 * Math.nextDown(atZero[0])).isEqualTo(0.0);
        // the default 40 changes no bit: the exact function
        Activation exact = Catalogue.find("softplus").orElseThrow().create(Map.of("beta", 1.0));
        for (double x = 30; x < 80; x += 0.137) {
            assertThat(new Softplus(1, 40).value(x)).isEqualTo(exact.value(x));
            assertThat(new Softplus(1, 40).derivative(x)).isEqualTo(exact.derivative(x));
            assertThat(new Softplus(1, 40).value(x)).isEqualTo(new Softplus(1, 1e9).value(x));
        }
    }
}
