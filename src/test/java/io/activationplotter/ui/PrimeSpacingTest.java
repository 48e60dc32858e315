package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In the UI fonts the prime of f′ runs into the hook of the f at normal size ("|f′|" reads "|f|"):
 * the panel, saturation and chart words keep a narrow no-break space (U+202F) between them, a gap
 * that a line is never wrapped at.
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
            assertThat(words).as(l + " " + key).contains("f\u202f\u2032").doesNotContain("f\u2032");
        }
    }
}
