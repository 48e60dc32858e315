package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;

/**
 * Coverage-guided fuzzing of the number parser of every typed field: any text is either a finite
 * number that formats and parses back, or refused; a number beyond a double's range is told apart from
 * a text that is no number; nothing throws.
 */
class NumberTextFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyTextIsAFiniteNumberOrRefused(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8); // seeds are plain UTF-8 text files
        OptionalDouble v = NumberText.parse(text);
        boolean overflows = NumberText.overflows(text);
        if (v.isPresent()) {
            assertThat(v.getAsDouble()).isFinite();
            assertThat(overflows).isFalse();
            assertThat(NumberText.parse(Double.toString(v.getAsDouble()).replace("E", "e")))
                    .hasValue(v.getAsDouble());
            assertThat(NumberText.parse(NumberText.format(v.getAsDouble(), 17))).isPresent();
        }
        if (overflows) {
            assertThat(v).isEmpty();
        }
        assertThat(NumberText.rejection("x", text, 1, -10, 10)).isNotNull();
    }
}
