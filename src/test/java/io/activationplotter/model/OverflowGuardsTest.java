package io.activationplotter.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.functions.LeakyRelu;
import io.activationplotter.model.functions.Prelu;
import io.activationplotter.model.functions.Rrelu;
import io.activationplotter.model.functions.Silu;
import io.activationplotter.model.functions.Softsign;
import io.activationplotter.model.functions.Swish;
import org.junit.jupiter.api.Test;

/**
 * Exact values where βx overflows to ±∞ or a product is ∞·0: the guards return the limits, to the bit
 * (−0.0 where the true value is negative and below the least double). Truths from mpmath at 60 digits.
 */
class OverflowGuardsTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double MAX = Double.MAX_VALUE;

    @Test
    void swishWithBetaTwoAtPlusMinus1e308() {
        // the reported case: z = 2e308 overflows; true f' are 1 and −(2e308 − 1)e^−2e308
        Activation f = new Swish(2.0);
        assertThat(f.value(1e308)).isEqualTo(1e308);
        assertThat(f.derivative(1e308)).isEqualTo(1.0);
        assertThat(f.value(-1e308)).isEqualTo(-0.0);
        assertThat(f.derivative(-1e308)).isEqualTo(-0.0);
    }

    @Test
    void swishAtTheEndsOfBetaAndOfTheDoubles() {
        for (double beta : new double[] {1.0, 5.0}) {
            Activation f = new Swish(beta);
            assertThat(f.derivative(MAX)).as("beta %s", beta).isEqualTo(1.0);
            assertThat(f.derivative(INF)).as("beta %s", beta).isEqualTo(1.0);
            assertThat(f.value(INF)).as("beta %s", beta).isEqualTo(INF);
            assertThat(f.derivative(-MAX)).as("beta %s", beta).isEqualTo(-0.0);
            assertThat(f.derivative(-INF)).as("beta %s", beta).isEqualTo(-0.0);
            assertThat(f.value(-INF)).as("beta %s", beta).isEqualTo(-0.0);
        }
    }

    @Test
    void swishWithBetaZeroIsTheLineXOverTwoUpToInfinity() {
        Activation f = new Swish(0.0);
        assertThat(f.value(INF)).isEqualTo(INF);
        assertThat(f.value(-INF)).isEqualTo(-INF);
        assertThat(f.value(-MAX)).isEqualTo(-MAX / 2);
        assertThat(f.derivative(INF)).isEqualTo(0.5);
        assertThat(f.derivative(-INF)).isEqualTo(0.5);
    }

    @Test
    void siluAtInfinity() {
        Activation f = new Silu();
        assertThat(f.value(INF)).isEqualTo(INF);
        assertThat(f.derivative(INF)).isEqualTo(1.0);
        assertThat(f.value(-INF)).isEqualTo(-0.0);
        assertThat(f.derivative(-INF)).isEqualTo(-0.0);
    }

    @Test
    void siluDerivativeKeepsItsDigitsWhereExpIsSubnormal() {
        // mpmath: silu'(-740) = -3.09547877e-319, silu'(-745) = -2.09982894e-321 (subnormal: few digits)
        Activation f = new Silu();
        assertThat(f.derivative(-740)).isEqualTo(-3.09547e-319);
        assertThat(f.derivative(-745)).isEqualTo(-2.1e-321);
        // and the guards do not move a bit where the formula already gives the limit
        assertThat(f.derivative(45)).isEqualTo(1.0);
        assertThat(f.derivative(799)).isEqualTo(1.0);
        assertThat(f.derivative(-799)).isEqualTo(-0.0);
    }

    @Test
    void softsignAtInfinityIsPlusMinusOne() {
        Activation f = new Softsign();
        assertThat(f.value(INF)).isEqualTo(1.0);
        assertThat(f.value(-INF)).isEqualTo(-1.0);
        assertThat(f.value(MAX)).isEqualTo(1.0);
        assertThat(f.derivative(INF)).isEqualTo(0.0);
    }

    @Test
    void zeroNegativeSlopeIsZeroDownToMinusInfinity() {
        for (Activation f : new Activation[] {new LeakyRelu(0.0), new Prelu(0.0), new Rrelu(0.0, 0.0)}) {
            assertThat(f.value(-INF)).as(f.getClass().getSimpleName()).isEqualTo(-0.0);
            assertThat(f.value(-MAX)).as(f.getClass().getSimpleName()).isEqualTo(-0.0);
            assertThat(f.derivative(-INF)).as(f.getClass().getSimpleName()).isEqualTo(0.0);
        }
        assertThat(new LeakyRelu(0.01).value(-INF)).isEqualTo(-INF);
    }
}
