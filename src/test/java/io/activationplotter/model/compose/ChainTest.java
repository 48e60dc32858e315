package io.activationplotter.model.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.SaturationKind;
import io.activationplotter.model.saturation.SaturationAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainTest {

    private static Activation f(String id) {
        return Catalogue.find(id).orElseThrow().createDefault();
    }

    private static double sigma(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void reluThenSigmoidFollowsTheChainRule() {
        Activation c = Chain.of(List.of(f("relu"), f("sigmoid")));
        for (double x = -5; x <= 5; x += 0.37) {
            assertThat(c.value(x)).isCloseTo(sigma(Math.max(0, x)), within(1e-15));
            double expected = x > 0 ? sigma(x) * (1 - sigma(x)) : 0;
            assertThat(c.derivative(x)).isCloseTo(expected, within(1e-15));
        }
        assertThat(c.kinks()).containsExactly(0.0);
        assertThat(c.leftSaturation()).isEqualTo(SaturationKind.HARD);
        assertThat(c.rightSaturation()).isEqualTo(SaturationKind.SOFT);
    }

    @Test
    void derivativeAgreesWithCentralDifferencesAwayFromKinks() {
        Activation c = Chain.of(List.of(f("gelu"), f("tanh"), f("softplus")));
        double h = 1e-5;
        for (double x = -4.1; x <= 4; x += 0.29) {
            double numeric = (c.value(x + h) - c.value(x - h)) / (2 * h);
            assertThat(c.derivative(x)).isCloseTo(numeric, within(1e-8));
        }
    }

    @Test
    void innerValueHittingAnOuterKinkIsAKink() {
        // tanh(x) - 0.5 crosses hardshrink's kinks at +-0.5 where tanh(x) = 0.5, i.e. x = atanh(0.5)
        Activation c = Chain.of(List.of(f("tanh"), f("hardshrink")));
        assertThat(c.jumps()).hasSize(2);
        assertThat(c.jumps()[1]).isCloseTo(0.5493061443340549, within(1e-12));
        Activation r = Chain.of(List.of(f("tanh"), f("relu")));
        assertThat(r.kinks()).containsExactly(0.0);
    }

    @Test
    void saturationKindsFollowTheInnerLimitAndTheOuterSide() {
        // softplus -> 0+ on the left where ReLU's slope is 1: still soft
        Activation c = Chain.of(List.of(f("softplus"), f("relu")));
        assertThat(c.leftSaturation()).isEqualTo(SaturationKind.SOFT);
        assertThat(c.rightSaturation()).isEqualTo(SaturationKind.NONE);
        Activation h = Chain.of(List.of(f("identity"), f("sigmoid")));
        assertThat(h.leftSaturation()).isEqualTo(SaturationKind.SOFT);
        // sigmoid -> 0 on the left, inside hardshrink's flat zone |x| <= 0.5: hard; -> 1 on the right, slope 1: soft
        Activation t = Chain.of(List.of(f("sigmoid"), f("hardshrink")));
        assertThat(t.leftSaturation()).isEqualTo(SaturationKind.HARD);
        assertThat(t.rightSaturation()).isEqualTo(SaturationKind.SOFT);
    }

    @Test
    void saturationOfTheChainIsAnalysable() {
        Activation c = Chain.of(List.of(f("relu"), f("sigmoid")));
        var report = SaturationAnalysis.analyze(c, 0.05);
        assertThat(report.regions()).isNotEmpty();
        assertThat(report.regions().get(0).start()).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
