package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static io.activationplotter.cli.CliRunner.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.cli.CliRunner.Result;
import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvalCommandTest {

    @Test
    void printsHeaderAndOneRowPerXInOrder() {
        // when
        Result r = exec("eval", "sigmoid", "--x", "2,-2,0");
        // then
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        Activation s = Catalogue.find("sigmoid").orElseThrow().createDefault();
        assertThat(r.out().lines()).containsExactly("x,f,df",
                "2.0," + s.value(2) + "," + s.derivative(2),
                "-2.0," + s.value(-2) + "," + s.derivative(-2),
                "0.0,0.5,0.25");
    }

    @Test
    void negativeValuesWorkWithSpaceOrEquals() {
        assertThat(exec("eval", "relu", "--x", "-1,1").out().lines()).containsExactly("x,f,df", "-1.0,0.0,0.0",
                "1.0,1.0,1.0");
        assertThat(exec("eval", "relu", "--x=-1.5").out().lines()).containsExactly("x,f,df", "-1.5,0.0,0.0");
    }

    @Test
    void parametersAreApplied() {
        Result r = exec("eval", "leaky_relu", "--param", "negative_slope=0.2", "--x", "-1");
        assertThat(r.out().lines()).containsExactly("x,f,df", "-1.0,-0.2,0.2");
        Result e = exec("eval", "ELU", "-p", "alpha=2", "-x", "-1");
        assertThat(e.out().lines().toList().get(1)).isEqualTo("-1.0," + 2 * Math.expm1(-1) + "," + 2 * Math.exp(-1));
    }

    @Test
    void readsStandardInputIgnoringBlankLines() {
        Result r = withStdin("1\n\n  -2.5  \r\n\n3e-1\n", "eval", "tanh");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("1.0,");
        assertThat(lines.get(2)).startsWith("-2.5,");
        assertThat(lines.get(3)).startsWith("0.3,");
    }

    @Test
    void emptyStandardInputGivesTheHeaderOnly() {
        assertThat(withStdin("", "eval", "tanh").out()).isEqualTo("x,f,df\n");
    }

    @Test
    void aBadLineOnStandardInputPrintsNothingAndNamesTheLine() {
        Result r = withStdin("1\n2\n\nthree\n4\n", "eval", "tanh");
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly("bad x on line 4 of standard input: 'three' is not a number");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,abc      | bad --x value: 'abc' is not a number",
        "NaN        | bad --x value: 'NaN' is not a number",
        "Infinity   | bad --x value: 'Infinity' is not a number",
        "1e999      | bad --x value: '1e999' is too large for a double",
        "1d         | bad --x value: '1d' is not a number",
        "'1,,2'     | bad --x value: '' is not a number"})
    void aBadXPrintsNothingOnStdout(String xs, String message) {
        Result r = exec("eval", "sigmoid", "--x", xs);
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nosuch       | negative_slope=0.1  | unknown function 'nosuch' (run 'list' to see the names)",
        "leaky_relu   | alpha=0.1           | bad --param: leaky_relu has no parameter 'alpha' (known: negative_slope)",
        "leaky_relu   | negative_slope=2    | bad --param: negative_slope must be a number from 0 to 1",
        "leaky_relu   | negative_slope=x    | bad --param 'negative_slope=x': 'x' is not a number",
        "leaky_relu   | negative_slope=NaN  | bad --param 'negative_slope=NaN': 'NaN' is not a number",
        "leaky_relu   | negative_slope      | bad --param 'negative_slope': expected KEY=VALUE, e.g. alpha=1.5",
        "relu         | alpha=1             | bad --param: relu has no parameter 'alpha' (it takes no parameters)"})
    void badFunctionOrParameterIsNamed(String name, String param, String message) {
        Result r = exec("eval", name, "--param", param, "--x", "1");
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(message);
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        Result r = exec("eval", "elu", "--param", "alpha=1", "--param", "alpha=2", "--x", "1");
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).containsExactly("bad --param 'alpha=2': alpha is given twice");
    }

    @Test
    void missingNameIsAUsageError() {
        Result r = exec("eval");
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("NAME");
    }

    /** Every printed double parses back to the very same double (the input x and both outputs). */
    @Property(tries = 300)
    void printedDoublesRoundTrip(@ForAll double x, @ForAll @IntRange(max = 1000) int which) {
        if (!Double.isFinite(x)) {
            return;
        }
        ActivationType type = Catalogue.all().get(which % Catalogue.all().size());
        Activation f = type.create(Map.of());
        Result r = withStdin(Double.toString(x) + "\n", "eval", type.id());
        String[] cells = r.out().lines().toList().get(1).split(",");
        assertThat(Double.parseDouble(cells[0])).isEqualTo(x);
        // Double.equals: bit-exact, -0.0 kept apart from 0.0 (NaN payloads are not printable)
        assertThat(Double.valueOf(cells[1])).as("%s(%s)", type.id(), x).isEqualTo(Double.valueOf(f.value(x)));
        assertThat(Double.valueOf(cells[2])).as("%s'(%s)", type.id(), x).isEqualTo(Double.valueOf(f.derivative(x)));
    }
}
