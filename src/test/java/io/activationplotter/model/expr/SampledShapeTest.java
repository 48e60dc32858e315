package io.activationplotter.model.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What sampling says of custom formulas whose shape is known. */
class SampledShapeTest {

    private static SampledShape of(String formula) {
        return SampledShape.of(CustomDefinition.compile(formula, List.of()).type().createDefault());
    }

    @Test
    void theSigmoidStaysBetweenItsLimitsAndRises() {
        SampledShape s = of("1 / (1 + exp(-x))");
        assertThat(s.min()).isEqualTo(0.0); // exp(1e6) overflows: 1/∞ is exactly 0 at the far left
        assertThat(s.max()).isEqualTo(1.0);
        assertThat(s.monotonic()).isTrue();
        assertThat(s.zeroCentred()).isFalse();
    }

    @Test
    void tanhIsZeroCentredAndMonotonic() {
        SampledShape s = of("tanh(x)");
        assertThat(s.min()).isEqualTo(-1.0);
        assertThat(s.max()).isEqualTo(1.0);
        assertThat(s.monotonic()).isTrue();
        assertThat(s.zeroCentred()).isTrue();
    }

    @Test
    void quickGeluDipsBelowZeroOnceAndReachesTheFarRight() {
        SampledShape s = of("x * sigmoid(1.702 * x)");
        // the dip: x·σ(1.702x) is lowest at x = −0.751154…, value −0.163610… (mpmath findroot on f′)
        assertThat(s.min()).isCloseTo(-0.163610, within(1e-5));
        assertThat(s.max()).isEqualTo(SampledShape.LIMIT);
        assertThat(s.monotonic()).isFalse();
        assertThat(s.zeroCentred()).isTrue();
    }

    @Test
    void anOverflowIsInfiniteAndAFlatStartStillCountsAsMonotonic() {
        SampledShape exp = of("exp(x)");
        assertThat(exp.max()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(exp.min()).isEqualTo(0.0);
        SampledShape relu = of("max(x, 0)");
        assertThat(relu.monotonic()).isTrue();
        assertThat(relu.min()).isZero();
    }

    @Test
    void aFunctionThatIsNaNEverywhereHasNoRange() {
        SampledShape s = of("sqrt(-1 - x * x)");
        assertThat(s.min()).isNaN();
        assertThat(s.max()).isNaN();
    }
}
