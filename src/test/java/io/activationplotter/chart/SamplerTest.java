package io.activationplotter.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.SaturationKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SamplerTest {

    /** 0 below 1, x above: a jump at 1 in f and in f'. */
    private static final Activation JUMP = new Activation() {
        @Override
        public double value(double x) {
            return x >= 1 ? x : 0;
        }

        @Override
        public double derivative(double x) {
            return x >= 1 ? 1 : 0;
        }

        @Override
        public double[] jumps() {
            return new double[] {1.0};
        }

        @Override
        public SaturationKind leftSaturation() {
            return SaturationKind.HARD;
        }

        @Override
        public SaturationKind rightSaturation() {
            return SaturationKind.NONE;
        }
    };

    @Test
    void aSmoothFunctionGetsTheUniformGridWithExactEnds() {
        SampledCurve s = Sampler.sample(Catalogue.find("sigmoid").orElseThrow().createDefault(), -6, 6, 121);

        assertThat(s.fx()).hasSize(121).startsWith(-6.0).endsWith(6.0);
        assertThat(s.dx()).isEqualTo(s.fx());
        assertThat(Arrays.stream(s.fy()).allMatch(Double::isFinite)).isTrue();
        assertThat(s.fy()[60]).isEqualTo(0.5);
        assertThat(s.dy()[60]).isEqualTo(0.25);
    }

    @Test
    void aKinkOffTheGridIsSampledExactlyAndBreaksOnlyTheDerivative() {
        Activation relu = Catalogue.find("relu").orElseThrow().createDefault();

        SampledCurve s = Sampler.sample(relu, -1.25, 0.75, 5); // grid -1.25, -0.75, -0.25, 0.25, 0.75

        assertThat(s.fx()).containsExactly(-1.25, -0.75, -0.25, 0.0, 0.25, 0.75);
        assertThat(s.fy()).doesNotContain(Double.NaN);
        assertThat(s.dx()).containsExactly(-1.25, -0.75, -0.25, 0.0, 0.0, 0.0, 0.25, 0.75);
        assertThat(Arrays.copyOfRange(s.dy(), 3, 6)).containsExactly(0.0, Double.NaN, 1.0);
    }

    @Test
    void aKinkOnTheGridIsNotSampledTwice() {
        Activation relu = Catalogue.find("relu").orElseThrow().createDefault();

        SampledCurve s = Sampler.sample(relu, -1, 1, 3);

        assertThat(s.fx()).containsExactly(-1.0, 0.0, 1.0);
        assertThat(s.dx()).containsExactly(-1.0, 0.0, 0.0, 0.0, 1.0);
    }

    @Test
    void aJumpBreaksBothCurvesWithTheLeftAndRightLimits() {
        SampledCurve s = Sampler.sample(JUMP, 0, 2, 3);

        assertThat(s.fx()).containsExactly(0.0, 1.0, 1.0, 1.0, 2.0);
        assertThat(Arrays.copyOfRange(s.fy(), 0, 3)).containsExactly(0.0, 0.0, Double.NaN);
        assertThat(s.fy()[3]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-15)); // f just right of 1
        assertThat(s.fy()[4]).isEqualTo(2.0);
        assertThat(s.dy()).containsExactly(0.0, 0.0, Double.NaN, 1.0, 1.0);
    }

    @Test
    void breakpointsOutsideTheRangeAreIgnored() {
        SampledCurve s = Sampler.sample(JUMP, 2, 3, 4);

        assertThat(s.fx()).hasSize(4);
        assertThat(s.fy()).doesNotContain(Double.NaN);
    }
}
