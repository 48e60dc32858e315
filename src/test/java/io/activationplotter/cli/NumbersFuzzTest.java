package io.activationplotter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import io.activationplotter.ui.NumberText;
import java.util.OptionalDouble;

/**
 * Coverage-guided fuzzing of the command line's number parser (arguments and {@code eval}'s input
 * lines): any text gives a finite number or a {@link NumberFormatException} with a message, never
 * another exception, and it accepts exactly what the window's fields accept (they also take U+2212 for '-').
 */
class NumbersFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyTextIsAFiniteNumberOrOneCleanRefusal(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8); // seeds are plain UTF-8 text files
        // the window's fields also take U+2212 for '-'; compare the rest
        boolean comparable = text.indexOf('\u2212') < 0;
        OptionalDouble gui = NumberText.parse(text);
        try {
            double v = Numbers.parseFinite(text);
            assertThat(v).isFinite();
            if (comparable) {
                assertThat(gui).hasValue(v);
            }
        } catch (NumberFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
            if (comparable) {
                assertThat(gui).isEmpty();
            }
        }
    }
}
