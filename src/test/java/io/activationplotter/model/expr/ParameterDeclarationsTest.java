package io.activationplotter.model.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activationplotter.model.ParameterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterDeclarationsTest {

    @Test
    void readsOnePerLineOrCommaSeparated() {
        List<ParameterSpec> lines = ParameterDeclarations.parse("a = 1.702 in [0, 5]\nb=4 in [0,10]");
        List<ParameterSpec> commas = ParameterDeclarations.parse("a = 1.702 in [0, 5], b = 4 in [0, 10]");
        assertThat(lines).isEqualTo(commas).containsExactly(new ParameterSpec("a", "a", 1.702, 0, 5),
                new ParameterSpec("b", "b", 4, 0, 10));
    }

    @Test
    void withoutARangeTheSliderReachesFiveEachWay() {
        assertThat(ParameterDeclarations.parse("k = -1")).containsExactly(new ParameterSpec("k", "k", -1, -6, 4));
        assertThat(ParameterDeclarations.parse(" \n ")).isEmpty();
    }

    @Test
    void formatReadsBack() {
        List<ParameterSpec> specs = ParameterDeclarations.parse("a = 1.702 in [0, 5], beta_2 = -0.5 in [-1, 1e3]");
        assertThat(ParameterDeclarations.parse(ParameterDeclarations.format(specs))).isEqualTo(specs);
    }

    @Test
    void badEntriesSayWhatIsExpected() {
        assertThatThrownBy(() -> ParameterDeclarations.parse("a 1.7")).hasMessage(
                "parameter 'a 1.7': expected NAME = VALUE in [MIN, MAX], e.g. a = 1.702 in [0, 5]");
        assertThatThrownBy(() -> ParameterDeclarations.parse("a = 7 in [0, 5]"))
                .hasMessage("parameter 'a = 7 in [0, 5]': 7 is outside [0, 5]");
        assertThatThrownBy(() -> ParameterDeclarations.parse("a = 1 in [2, 0]"))
                .hasMessage("parameter 'a = 1 in [2, 0]': the range's minimum must be below its maximum");
        assertThatThrownBy(() -> ParameterDeclarations.parse("a = 1, a = 2"))
                .hasMessage("parameter 'a = 2': a is given twice");
        assertThatThrownBy(() -> ParameterDeclarations.parse("e = 1"))
                .hasMessage("parameter 'e = 1': e is taken (x is the variable, pi and e are constants)");
    }
}
