package io.activationplotter.model.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import org.junit.jupiter.api.Test;

class GradientDepthTest {

    private static Activation f(String id) {
        return Catalogue.find(id).orElseThrow().createDefault();
    }

    @Test
    void maxSlopesMatchClosedForms() {
        assertThat(GradientDepth.maxAbsDerivative(f("sigmoid"))).isCloseTo(0.25, within(1e-15));
        assertThat(GradientDepth.maxAbsDerivative(f("tanh"))).isCloseTo(1.0, within(1e-15));
        assertThat(GradientDepth.maxAbsDerivative(f("relu"))).isEqualTo(1.0);
        // mpmath: Phi(x) + x phi(x) peaks at x = sqrt(2) with 1.12890414518515478634
        assertThat(GradientDepth.maxAbsDerivative(f("gelu"))).isCloseTo(1.1289041451851548, within(1e-12));
        assertThat(GradientDepth.maxAbsDerivative(f("step"))).isEqualTo(0.0);
        assertThat(GradientDepth.maxAbsDerivative(f("softplus"))).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void tenSigmoidLayersScaleGradientsByAtMostAQuarterToTheTenth() {
        double max = GradientDepth.maxAbsDerivative(f("sigmoid"));
        assertThat(GradientDepth.worstCase(max, 10)).isCloseTo(9.5367431640625e-7, within(1e-20));
        assertThat(GradientDepth.worstCase(GradientDepth.maxAbsDerivative(f("relu")), 50)).isEqualTo(1.0);
    }

    @Test
    void factorIsThePowerOfTheSlopeFlooredForZeros() {
        assertThat(GradientDepth.factor(f("sigmoid"), 0, 10)).isCloseTo(Math.pow(0.25, 10), within(1e-20));
        assertThat(GradientDepth.factor(f("relu"), 2, 50)).isEqualTo(1.0);
        assertThat(GradientDepth.factor(f("relu"), -2, 3)).isEqualTo(GradientDepth.FLOOR);
        assertThat(GradientDepth.factor(f("sigmoid"), 40, 50)).isEqualTo(GradientDepth.FLOOR);
    }
}
