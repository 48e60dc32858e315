package io.activationplotter.model.saturation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.SaturationKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ends against closed forms or mpmath (40 digits, see the values' comments), to 1e-12 relative;
 * hard ends exactly at kinks; zones; whole-line cases.
 */
class SaturationAnalysisTest {

    private static final double NEG = Double.NEGATIVE_INFINITY;
    private static final double POS = Double.POSITIVE_INFINITY;

    private static Activation catalogue(String name, Map<String, Double> params) {
        return Catalogue.find(name).orElseThrow().create(params);
    }

    private static void assertRel(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
    }

    @Test
    void sigmoidEndsSolveSigmaPrimeEqualsTExactly() {
        // given σ' = s(1 − s) = T ⇔ s = (1 + r)/2 with r = √(1 − 4T) ⇔ x = ln((1 + r)/(1 − r))
        for (double t : new double[] {0.01, 1e-4, 0.2}) {
            double r = Math.sqrt(1 - 4 * t);
            double expected = Math.log((1 + r) / (1 - r));
            // when
            SaturationReport report = SaturationAnalysis.analyze(catalogue("sigmoid", Map.of()), t);
            // then
            assertThat(report.regions()).hasSize(2);
            Region left = report.regions().get(0);
            Region right = report.regions().get(1);
            assertThat(left.start()).isEqualTo(NEG);
            assertRel(left.end(), -expected);
            assertRel(right.start(), expected);
            assertThat(right.end()).isEqualTo(POS);
            assertThat(left.kind()).isEqualTo(RegionKind.SOFT);
            assertThat(left.side()).isEqualTo(Side.LEFT);
            assertThat(right.kind()).isEqualTo(RegionKind.SOFT);
            assertThat(right.side()).isEqualTo(Side.RIGHT);
        }
        SaturationReport r = SaturationAnalysis.analyze(catalogue("sigmoid", Map.of()), 0.01);
        assertRel(r.regions().get(1).start(), 4.584863339122355); // mpmath 4.58486333912235537560...
        assertThat(r.describeSaturated(7)).isEqualTo("x < -4.584863, x > 4.584863");
    }

    @Test
    void tanhEndsAreWhereCoshIsRootTen() {
        // given sech²x = 0.1 ⇔ cosh x = √10 ⇔ x = ln(√10 + 3)
        double expected = Math.log(Math.sqrt(10) + 3); // mpmath 1.81844645923206682348...
        // when
        SaturationReport report = SaturationAnalysis.analyze(catalogue("tanh", Map.of()), 0.1);
        // then
        assertThat(report.saturated()).hasSize(2);
        assertRel(report.regions().get(0).end(), -expected);
        assertRel(report.regions().get(1).start(), expected);
        assertRel(expected, 1.8184464592320668);
    }

    @Test
    void eluLeftRegionEndsAtLogT() {
        SaturationReport report = SaturationAnalysis.analyze(catalogue("elu", Map.of("alpha", 1.0)), 0.01);
        assertThat(report.regions()).hasSize(1);
        Region left = report.regions().get(0);
        assertThat(left.side()).isEqualTo(Side.LEFT);
        assertThat(left.kind()).isEqualTo(RegionKind.SOFT);
        assertRel(left.end(), Math.log(0.01)); // −4.60517018598809136803...
        assertThat(report.left()).isEqualTo(SaturationKind.SOFT);
        assertThat(report.right()).isEqualTo(SaturationKind.NONE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-9, 1e-4, 0.01, 0.5, 0.999, 5})
    void reluIsHardForXBelowZeroAtAnyThreshold(double t) {
        SaturationReport report = SaturationAnalysis.analyze(catalogue("relu", Map.of()), t);
        List<Region> expected = t > 1
                ? List.of(new Region(NEG, POS, RegionKind.SOFT, Side.BOTH))
                : List.of(new Region(NEG, 0.0, RegionKind.HARD, Side.LEFT));
        assertThat(report.regions()).isEqualTo(expected);
    }

    @Test
    void hardEndsAreExactlyAtKinks() {
        assertThat(SaturationAnalysis.analyze(Fixtures.hardtanh(-1, 1), 0.01).regions()).containsExactly(
                new Region(NEG, -1, RegionKind.HARD, Side.LEFT), new Region(1, POS, RegionKind.HARD, Side.RIGHT));
        assertThat(SaturationAnalysis.analyze(Fixtures.hardtanh(0, 6), 0.3).regions()).containsExactly(
                new Region(NEG, 0, RegionKind.HARD, Side.LEFT), new Region(6, POS, RegionKind.HARD, Side.RIGHT));
        assertThat(SaturationAnalysis.analyze(Fixtures.hardsigmoid(), 0.01).regions()).containsExactly(
                new Region(NEG, -3, RegionKind.HARD, Side.LEFT), new Region(3, POS, RegionKind.HARD, Side.RIGHT));
    }

    @Test
    void hardswishEndsAtMinusThreeEvenThoughItsDerivativeThereIsNotSmall() {
        // f'(−3) = −0.5 in PyTorch, so −3 is the boundary but not in the set; the zone is |2x + 3| < 0.6
        SaturationReport report = SaturationAnalysis.analyze(Fixtures.hardswish(), 0.1);
        assertThat(report.regions()).hasSize(2);
        assertThat(report.regions().get(0)).isEqualTo(new Region(NEG, -3, RegionKind.HARD, Side.LEFT));
        Region zone = report.regions().get(1);
        assertThat(zone.kind()).isEqualTo(RegionKind.LOW_GRADIENT);
        assertRel(zone.start(), -1.8);
        assertRel(zone.end(), -1.2);
    }

    @Test
    void geluHasALeftRegionAndALowGradientZoneAroundItsMinimum() {
        SaturationReport report = SaturationAnalysis.analyze(Fixtures.gelu(), 0.01);
        assertThat(report.saturated()).hasSize(1);
        assertRel(report.saturated().get(0).end(), -3.0674272039089002); // mpmath −3.06742720390890022...
        assertThat(report.lowGradientZones()).hasSize(1);
        Region zone = report.lowGradientZones().get(0);
        assertRel(zone.start(), -0.7754719024484459); // mpmath −0.77547190244844593...
        assertRel(zone.end(), -0.7290798339189214); // mpmath −0.72907983391892140...
        assertThat(zone.side()).isEqualTo(Side.INTERIOR);
        assertThat(zone.describe(6)).isEqualTo("-0.775472 ≤ x ≤ -0.72908");
    }

    @Test
    void siluZoneNarrowerThanTheGridIsFoundAtSmallThreshold() {
        SaturationReport report = SaturationAnalysis.analyze(Fixtures.silu(), 1e-4);
        assertThat(report.saturated()).hasSize(1);
        assertRel(report.saturated().get(0).end(), -11.568166912816378); // mpmath −11.5681669128163783...
        Region zone = report.lowGradientZones().get(0);
        assertRel(zone.start(), -1.278923796905285); // mpmath −1.27892379690528498...
        assertRel(zone.end(), -1.27800557245125); // mpmath −1.27800557245125004...
        assertThat(zone.end() - zone.start()).isLessThan(1e-3);
    }

    @Test
    void mishZoneAndLeftRegion() {
        SaturationReport report = SaturationAnalysis.analyze(Fixtures.mish(), 0.01);
        assertRel(report.saturated().get(0).end(), -6.263968785699261); // mpmath −6.26396878569926131...
        Region zone = report.lowGradientZones().get(0);
        assertRel(zone.start(), -1.231024840697212); // mpmath −1.23102484069721203...
        assertRel(zone.end(), -1.1559962858941727); // mpmath −1.15599628589417274...
    }

    @Test
    void aZeroOfTheDerivativeThatDoesNotChangeSignIsFoundOffTheGrid() {
        // f' = tanh²(x − c): |f'| < 1e-6 ⇔ |x − c| < atanh(1e-3), a zone 2e-3 wide between grid points
        double c = 0.3 + 1.0 / 256;
        double h = 0.5 * Math.log((1 + 1e-3) / (1 - 1e-3));
        Region zone = SaturationAnalysis.analyze(Fixtures.offGridTouch(), 1e-6).regions().get(0);
        assertThat(zone.kind()).isEqualTo(RegionKind.LOW_GRADIENT);
        assertThat(zone.start()).isCloseTo(c - h, within(1e-12));
        assertThat(zone.end()).isCloseTo(c + h, within(1e-12));
    }

    @Test
    void tanhshrinkZoneAroundZero() {
        double h = 0.0100003333533347620; // mpmath atanh(0.01)
        Region zone = SaturationAnalysis.analyze(Fixtures.tanhshrink(), 1e-4).regions().get(0);
        assertRel(zone.start(), -h);
        assertRel(zone.end(), h);
    }

    @Test
    void shrinkDeadZoneIsALowGradientZoneNotSaturation() {
        SaturationReport report = SaturationAnalysis.analyze(Fixtures.softshrink(0.5), 0.1);
        assertThat(report.regions()).containsExactly(new Region(-0.5, 0.5, RegionKind.LOW_GRADIENT, Side.INTERIOR));
        assertThat(report.saturated()).isEmpty();
        assertThat(report.describeSaturated(3)).isEqualTo("none");
        // with lambd = 0 only the autograd value f'(0) = 0 is small: no zone
        assertThat(SaturationAnalysis.analyze(Fixtures.softshrink(0), 0.1).regions()).isEmpty();
    }

    @Test
    void stepIsHardEverywhere() {
        SaturationReport report = SaturationAnalysis.analyze(Fixtures.step(), 0.01);
        assertThat(report.regions()).containsExactly(new Region(NEG, POS, RegionKind.HARD, Side.BOTH));
        assertThat(report.describeSaturated(3)).isEqualTo("all x");
    }

    @Test
    void sigmoidAboveItsMaximumSlopeIsSoftEverywhere() {
        SaturationReport report = SaturationAnalysis.analyze(catalogue("sigmoid", Map.of()), 0.3);
        assertThat(report.regions()).containsExactly(new Region(NEG, POS, RegionKind.SOFT, Side.BOTH));
    }

    @Test
    void thresholdJumpEndsTheHardRegionExactly() {
        assertThat(SaturationAnalysis.analyze(Fixtures.threshold(0.7), 0.01).regions())
                .containsExactly(new Region(NEG, 0.7, RegionKind.HARD, Side.LEFT));
    }

    @Test
    void leakyReluBelowThresholdHasASoftLeftRegionThoughItDoesNotSaturate() {
        // given negative_slope 0.01 < T = 0.05: f' = 0.01 ≠ 0 on x ≤ 0, so soft, while f' ↛ 0 (none)
        SaturationReport report = SaturationAnalysis.analyze(catalogue("leaky_relu", Map.of()), 0.05);
        assertThat(report.regions()).containsExactly(new Region(NEG, 0, RegionKind.SOFT, Side.LEFT));
        assertThat(report.left()).isEqualTo(SaturationKind.NONE);
        // and above the slope nothing
        assertThat(SaturationAnalysis.analyze(catalogue("leaky_relu", Map.of()), 0.005).regions()).isEmpty();
    }

    @Test
    void softsignWithATinyThresholdIsFollowedBeyondTheGrid() {
        // 1/(1 + |x|)² < 1e-14 ⇔ |x| > 1e7 − 1
        SaturationReport report = SaturationAnalysis.analyze(Fixtures.softsign(), 1e-14);
        assertThat(report.regions()).hasSize(2);
        assertRel(report.regions().get(0).end(), -9999999.0);
        assertRel(report.regions().get(1).start(), 9999999.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY})
    void badThresholdsAreRejected(double t) {
        assertThatThrownBy(() -> SaturationAnalysis.analyze(catalogue("sigmoid", Map.of()), t))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }

    @Test
    void parabolaMinimumOfAnExactParabolaIsExact() {
        // (x − 0.3)² sampled at 0, 0.5, 1 has its minimum 0 at 0.3
        assertThat(SaturationAnalysis.parabolaMinimum(0, 0.09, 0.5, 0.04, 1, 0.49)).isCloseTo(0, within(1e-15));
    }
}
