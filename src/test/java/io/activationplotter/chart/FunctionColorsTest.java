package io.activationplotter.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FunctionColorsTest {

    @Test
    void aFunctionKeepsItsColourInDifferentComparisons() {
        // ReLU is vermillion drawn second, first or third
        assertThat(FunctionColors.assign(List.of("sigmoid", "relu")).get(1).hue()).isEqualTo(Palette.VERMILLION);
        assertThat(FunctionColors.assign(List.of("relu", "gelu", "silu")).get(0).hue()).isEqualTo(Palette.VERMILLION);
        assertThat(FunctionColors.assign(List.of("tanh", "elu", "relu")).get(2).hue()).isEqualTo(Palette.VERMILLION);
        // and sigmoid blue, alone or after others
        assertThat(FunctionColors.assign(List.of("sigmoid")).get(0)).isEqualTo(new FunctionColors.Slot(Palette.BLUE, 0));
        assertThat(FunctionColors.assign(List.of("tanh", "relu", "sigmoid")).get(2).hue()).isEqualTo(Palette.BLUE);
    }

    @Test
    void aCollisionGivesTheLaterCurveTheNextFreeHue() {
        // sigmoid and softshrink both prefer blue: the later one moves on to vermillion, taken, then green
        List<FunctionColors.Slot> slots = FunctionColors.assign(List.of("relu", "sigmoid", "softshrink"));

        assertThat(slots).extracting(FunctionColors.Slot::hue)
                .containsExactly(Palette.VERMILLION, Palette.BLUE, Palette.GREEN);
        assertThat(slots).extracting(FunctionColors.Slot::lineStyle).containsOnly(0);
    }

    @Test
    void aCollisionMovesOnlyTheCurvesThatCollide() {
        // seen on screen: softshrink selected (blue), sigmoid, tanh and ReLU compared; sigmoid collides
        // with softshrink and must not push ReLU off its vermillion (nor tanh off its green)
        List<FunctionColors.Slot> slots = FunctionColors.assign(List.of("softshrink", "sigmoid", "tanh", "relu"));

        assertThat(slots).extracting(FunctionColors.Slot::hue)
                .containsExactly(Palette.BLUE, Palette.PURPLE, Palette.GREEN, Palette.VERMILLION);
    }

    @Test
    void theMostComparedFunctionsHaveHuesOfTheirOwn() {
        List<String> common = List.of("sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "silu", "gelu");
        assertThat(common.stream().map(FunctionColors::preferred).distinct()).hasSize(common.size());
    }

    @Test
    void everyCatalogueFunctionHasAPreferredHueOfItsOwnInTheTable() {
        assertThat(FunctionColors.coversCatalogue()).isTrue();
        // run-time functions are deterministic too: a chain prefers its last stage's hue
        assertThat(FunctionColors.preferred("tanh-relu")).isEqualTo(Palette.VERMILLION);
        assertThat(FunctionColors.preferred("softmax_slice")).isEqualTo(FunctionColors.preferred("softmax_slice"));
    }

    @Test
    void upToEightCurvesDrawnTogetherHaveEightDifferentColours() {
        List<String> ids = new ArrayList<>(Catalogue.all().stream().map(ActivationType::id).toList());
        Random random = new Random(10);
        for (int trial = 0; trial < 5000; trial++) {
            Collections.shuffle(ids, random);
            int n = 1 + random.nextInt(8);
            List<FunctionColors.Slot> slots = FunctionColors.assign(ids.subList(0, n));
            assertThat(new HashSet<>(slots.stream().map(FunctionColors.Slot::hue).toList()))
                    .as("%s", ids.subList(0, n)).hasSize(n);
        }
    }

    @Test
    void moreCurvesThanHuesAreToldApartByLineStyle() {
        List<String> all = Catalogue.all().stream().map(ActivationType::id).toList();

        List<FunctionColors.Slot> slots = FunctionColors.assign(all.subList(0, 8 * FunctionColors.LINE_STYLES));

        assertThat(new HashSet<>(slots)).hasSize(8 * FunctionColors.LINE_STYLES);
        for (int style = 0; style < FunctionColors.LINE_STYLES; style++) {
            int st = style;
            assertThat(slots.stream().filter(x -> x.lineStyle() == st)).as("line style " + style).hasSize(8);
        }
    }

    @Test
    void theLineStylesAreDifferentStrokesForFAndForItsDerivative() {
        ChartStyle style = ChartStyle.DEFAULT;
        List<Object> dashes = new ArrayList<>();
        for (int s = 0; s < FunctionColors.LINE_STYLES; s++) {
            for (boolean derivative : new boolean[] {false, true}) {
                var stroke = (java.awt.BasicStroke) style.curveStroke(new FunctionColors.Slot(Palette.BLUE, s),
                        derivative, false);
                dashes.add(stroke.getDashArray() == null ? "solid" : java.util.Arrays.toString(stroke.getDashArray()));
            }
        }
        assertThat(new HashSet<>(dashes)).hasSize(2 * FunctionColors.LINE_STYLES);
    }

    @Test
    void noTwoHuesOfAThemeLookAlike() {
        // in particular the two blues, and the light theme's darkened orange and yellow (GELU beside ELU
        // read as two olives at ΔE 22): ΔE*ab of at least 25 and an RGB distance of at least 35
        for (Theme theme : Theme.values()) {
            for (Palette a : Palette.values()) {
                for (Palette b : Palette.values()) {
                    if (a.ordinal() < b.ordinal()) {
                        assertThat(Contrast.deltaE(a.color(theme), b.color(theme))).as("%s %s %s", theme, a, b)
                                .isGreaterThanOrEqualTo(25);
                        assertThat(rgbDistance(a.color(theme), b.color(theme))).as("%s %s %s", theme, a, b)
                                .isGreaterThanOrEqualTo(35);
                    }
                }
            }
        }
    }

    @Test
    void aHueKeepsItsIdentityInTheDarkTheme() {
        for (Palette p : Palette.values()) {
            if (p != Palette.NEUTRAL) {
                double dh = Math.abs(hue(p.color(Theme.LIGHT)) - hue(p.color(Theme.DARK)));
                assertThat(Math.min(dh, 1 - dh)).as("%s", p).isLessThan(0.05);
            }
        }
    }

    private static double rgbDistance(java.awt.Color a, java.awt.Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }

    private static float hue(java.awt.Color c) {
        return java.awt.Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[0];
    }
}
