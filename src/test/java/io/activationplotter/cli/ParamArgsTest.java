package io.activationplotter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParamArgsTest {

    @Test
    void parsesInOrderIgnoringBlanksAroundKeyAndValue() {
        assertThat(ParamArgs.parse(List.of("min_val = -2", "max_val=3e0"))).containsExactly(
                java.util.Map.entry("min_val", -2.0), java.util.Map.entry("max_val", 3.0));
        assertThat(ParamArgs.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "alpha        | bad --param 'alpha': expected KEY=VALUE, e.g. alpha=1.5",
        "=1           | bad --param '=1': expected KEY=VALUE, e.g. alpha=1.5",
        "alpha=       | bad --param 'alpha=': expected KEY=VALUE, e.g. alpha=1.5",
        "alpha=one    | bad --param 'alpha=one': 'one' is not a number",
        "alpha=1e400  | bad --param 'alpha=1e400': '1e400' is too large for a double",
        "alpha=Infinity | bad --param 'alpha=Infinity': 'Infinity' is not a number"})
    void namesTheBadArgument(String arg, String message) {
        assertThatThrownBy(() -> ParamArgs.parse(List.of(arg))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        assertThatThrownBy(() -> ParamArgs.parse(List.of("alpha=1", "alpha=1")))
                .hasMessage("bad --param 'alpha=1': alpha is given twice");
    }
}
