package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An overflowing number is "too large", not "not a number". */
class NumberTextTest {

    private static Messages english() {
        Messages m = Messages.load();
        m.setLocale(Locale.ENGLISH);
        return m;
    }

    @Test
    void overflowIsToldApartFromGarbage() {
        assertThat(NumberText.parse("1e400")).isEmpty();
        assertThat(NumberText.overflows("1e400")).isTrue();
        assertThat(NumberText.overflows("\u22121e400")).isTrue();
        assertThat(NumberText.overflows("abc")).isFalse();
        assertThat(NumberText.overflows("1e300")).isFalse();
        assertThat(NumberText.overflows(null)).isFalse();
    }

    @Test
    void rejectionSaysTooLargeWithTheLimit() {
        Messages text = english();
        assertThat(NumberText.rejection(Message.of("range.min"), "1e400", -6, -1e6, 1e6).render(text))
                .isEqualTo("x min: 1e400 is too large (largest allowed 1000000).");
        assertThat(NumberText.rejection(Message.of("range.min"), "-1e400", -6, -1e6, 1e6).render(text))
                .isEqualTo("x min: -1e400 is too far below zero (smallest allowed -1000000).");
        assertThat(NumberText.rejection("alpha", "x1", 1, 0, 2).render(text))
                .isEqualTo("alpha: “x1” is not a number. Type a finite number such as 1.");
    }
}
