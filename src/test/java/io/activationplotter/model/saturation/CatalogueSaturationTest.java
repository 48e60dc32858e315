package io.activationplotter.model.saturation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples on the catalogue's own functions (mpmath values, 40 digits, cut to 17). */
class CatalogueSaturationTest {

    private static final double NEG = Double.NEGATIVE_INFINITY;
    private static final double POS = Double.POSITIVE_INFINITY;

    private static SaturationReport analyze(String name, Map<String, Double> params, double t) {
        Activation f = Catalogue.find(name).orElseThrow().create(params);
        return SaturationAnalysis.analyze(f, t);
    }

    private static void assertRel(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
    }

    @Test
    void gelu() {
        SaturationReport r = analyze("gelu", Map.of(), 0.01);
        assertThat(r.saturated()).hasSize(1);
        assertThat(r.saturated().get(0).side()).isEqualTo(Side.LEFT);
        assertRel(r.saturated().get(0).end(), -3.0674272039089002);
        assertThat(r.lowGradientZones()).hasSize(1);
        assertRel(r.lowGradientZones().get(0).start(), -0.7754719024484459);
        assertRel(r.lowGradientZones().get(0).end(), -0.7290798339189214);
    }

    @Test
    void siluNarrowZone() {
        SaturationReport r = analyze("silu", Map.of(), 1e-4);
        assertRel(r.saturated().get(0).end(), -11.568166912816378);
        assertRel(r.lowGradientZones().get(0).start(), -1.278923796905285);
        assertRel(r.lowGradientZones().get(0).end(), -1.27800557245125);
    }

    @Test
    void mish() {
        SaturationReport r = analyze("mish", Map.of(), 0.01);
        assertRel(r.saturated().get(0).end(), -6.263968785699261);
        assertRel(r.lowGradientZones().get(0).start(), -1.231024840697212);
        assertRel(r.lowGradientZones().get(0).end(), -1.1559962858941727);
    }

    @Test
    void hardFunctionsEndExactlyAtTheirKinks() {
        assertThat(analyze("hardtanh", Map.of(), 0.01).regions()).containsExactly(
                new Region(NEG, -1, RegionKind.HARD, Side.LEFT), new Region(1, POS, RegionKind.HARD, Side.RIGHT));
        assertThat(analyze("relu6", Map.of(), 0.01).regions()).containsExactly(
                new Region(NEG, 0, RegionKind.HARD, Side.LEFT), new Region(6, POS, RegionKind.HARD, Side.RIGHT));
        assertThat(analyze("hardsigmoid", Map.of(), 0.01).regions()).containsExactly(
                new Region(NEG, -3, RegionKind.HARD, Side.LEFT), new Region(3, POS, RegionKind.HARD, Side.RIGHT));
        assertThat(analyze("relu", Map.of(), 0.3).regions()).containsExactly(
                new Region(NEG, 0, RegionKind.HARD, Side.LEFT));
    }

    @Test
    void shrinkDeadZones() {
        assertThat(analyze("softshrink", Map.of("lambd", 0.5), 0.05).regions())
                .containsExactly(new Region(-0.5, 0.5, RegionKind.LOW_GRADIENT, Side.INTERIOR));
        assertThat(analyze("hardshrink", Map.of("lambd", 1.5), 0.05).regions())
                .containsExactly(new Region(-1.5, 1.5, RegionKind.LOW_GRADIENT, Side.INTERIOR));
    }

    @Test
    void stepIsHardOnTheWholeLine() {
        SaturationReport r = analyze("step", Map.of(), 0.01);
        assertThat(r.regions()).containsExactly(new Region(NEG, POS, RegionKind.HARD, Side.BOTH));
        assertThat(r.describeSaturated(3)).isEqualTo("all x");
    }
}
