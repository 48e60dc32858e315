package io.activationplotter.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The range slider's track: round ends around the home range, always holding the view. */
class RangeRulesTest {

    @Test
    void theDefaultRangeGetsATrackFromMinus30To30InTens() {
        assertThat(RangeRules.track(-6, 6, -6, 6)).containsExactly(-30.0, 30.0, 10.0);
    }

    @Test
    void aNarrowRangeFarFromZeroGetsATrackAroundIt() {
        double[] t = RangeRules.track(1000, 1001, 1000, 1001);
        assertThat(t[0]).isBetween(980.0, 991.0);
        assertThat(t[1]).isBetween(1010.0, 1021.0);
        assertThat(t[0] % t[2]).isZero();
    }

    @Test
    void theTrackAlwaysHoldsTheView() {
        assertThat(RangeRules.track(-6, 6, -48, 48)).containsExactly(-60.0, 60.0, 20.0);
        double[] edge = RangeRules.track(-6, 6, -1e6, -999_000);
        assertThat(edge[0]).isEqualTo(-1e6);
        assertThat(edge[1]).isGreaterThanOrEqualTo(6);
    }

    @Test
    void roundStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(RangeRules.roundStep(9.6)).isEqualTo(10.0);
        assertThat(RangeRules.roundStep(2.1)).isEqualTo(2.5);
        assertThat(RangeRules.roundStep(0.03)).isEqualTo(0.05);
    }
}
