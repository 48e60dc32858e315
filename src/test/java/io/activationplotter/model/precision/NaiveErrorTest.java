package io.activationplotter.model.precision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NaiveErrorTest {

    private static final FloatFormat F16 = FloatFormat.FLOAT16;

    @Test
    void errorIsInUlpsOfTheFormatAtTheExactValue() {
        double ulp = Math.scalb(1.0, -10);
        assertThat(NaiveError.ulps(1 + 3 * ulp, 1.0, F16)).isEqualTo(3.0);
        assertThat(NaiveError.ulps(0.25, 0.25, F16)).isZero();
        assertThat(NaiveError.ulps(F16.round(0.1), 0.1, F16)).isLessThanOrEqualTo(0.5);
    }

    @Test
    void aNonFiniteNaiveResultIsAnInfiniteErrorUnlessTheExactValueOverflowsToo() {
        assertThat(NaiveError.ulps(Double.POSITIVE_INFINITY, 12.0, F16)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(NaiveError.ulps(Double.NaN, 1.0, F16)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(NaiveError.ulps(Double.POSITIVE_INFINITY, 1e6, F16)).isNaN();
    }
}
