package io.activationplotter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one helper every message uses to echo input. */
class EchoTest {

    @Test
    void plainInputIsQuotedAsItIs() {
        assertThat(Echo.quote("abc def")).isEqualTo("'abc def'");
        assertThat(Echo.quote("")).isEqualTo("''");
        assertThat(Echo.quote("Δx ≈ 1e-3 中文")).isEqualTo("'Δx ≈ 1e-3 中文'");
    }

    @Test
    void controlCharactersAndTerminalEscapesAreEscaped() {
        assertThat(Echo.quote("a\nb\tc\rd\u001b[31me")).isEqualTo("'a\\nb\\tc\\rd\\e[31me'");
        assertThat(Echo.quote("\u0000\u0007\u007f\u0085\u009b")).isEqualTo("'\\u0000\\u0007\\u007F\\u0085\\u009B'");
    }

    @Test
    void bidiOverridesAndInvisibleMarksAreEscaped() {
        assertThat(Echo.quote("gelu\u202Etxt.exe")).isEqualTo("'gelu\\u202Etxt.exe'");
        assertThat(Echo.quote("\u2066\u2069\u200e\u200f\u061c\ufeff\u2028"))
                .isEqualTo("'\\u2066\\u2069\\u200E\\u200F\\u061C\\uFEFF\\u2028'");
    }

    @Test
    void longInputIsCutWithItsLength() {
        String huge = "1".repeat(20_000_000);

        String q = Echo.quote(huge);

        assertThat(q).isEqualTo("'" + "1".repeat(60) + "…' (20000000 characters)");
    }

    @Test
    void inputOfExactlySixtyCharactersIsKeptWhole() {
        assertThat(Echo.quote("x".repeat(60))).isEqualTo("'" + "x".repeat(60) + "'");
    }

    @Test
    void theCutDoesNotSplitASurrogatePair() {
        String text = "a".repeat(59) + "😀" + "b".repeat(10);

        assertThat(Echo.quote(text)).startsWith("'" + "a".repeat(59) + "…'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\u001b]0;title\u0007", "x\u2028y", "a\r\nb"})
    void aWholeMessageBecomesOneLine(String input) {
        assertThat(Echo.line("error: " + input).lines()).hasSize(1);
    }

    @Test
    void aWholeMessageIsCut() {
        String line = Echo.line("error: " + "z".repeat(50_000));

        assertThat(line).hasSizeLessThan(Echo.MAX_LINE + 40).endsWith("… (50007 characters)");
    }
}
