package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In the UI fonts the prime of f′ runs into the hook of the f at normal size ("|f′|" reads "|f|"):
 * the panel, saturation and chart words keep a no-break space between them, a gap that a line is
 * never wrapped at: narrow (U+202F) in English; in Chinese a plain no-break space (U+00A0), because
 * the CJK font those words are drawn in has no U+202F, and a chart picks its font by what the font
 * can show (one character it lacks would put every Chinese word of the chart in boxes).
 */
class PrimeSpacingTest {

    @ParameterizedTest
    @ValueSource(strings = {"info.derivative", "info.maxSlope", "saturation.text", "saturation.belowLeft",
        "saturation.belowRight", "chart.yAxis", "chart.hardSaturation", "chart.softSaturation", "chart.lowGradient",
        "chart.saturatedWhere"})
    void thePrimeStandsApartFromTheF(String key) {
        for (Locale l : Messages.LANGUAGES) {
            Messages text = Messages.load();
            text.setLocale(l);
            String words = text.get(key);
            String gap = "zh".equals(l.getLanguage()) ? "\u00a0" : "\u202f";
            assertThat(words).as(l + " " + key).contains("f" + gap + "\u2032").doesNotContain("f\u2032");
            if ("zh".equals(l.getLanguage())) {
                assertThat(new java.awt.Font(io.activationplotter.chart.ChartLook.CJK_FAMILY, java.awt.Font.PLAIN, 12)
                        .canDisplay(gap.charAt(0)) || !cjkFontInstalled()).as("the CJK font shows the gap").isTrue();
            }
        }
    }

    private static boolean cjkFontInstalled() {
        return new java.awt.Font(io.activationplotter.chart.ChartLook.CJK_FAMILY, java.awt.Font.PLAIN, 12).getFamily()
                .equals(io.activationplotter.chart.ChartLook.CJK_FAMILY);
    }
}
