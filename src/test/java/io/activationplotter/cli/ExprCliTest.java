package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static io.activationplotter.cli.CliRunner.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.cli.CliRunner.Result;
import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code eval}, {@code saturation} and {@code export} with {@code --expr}. */
class ExprCliTest {

    @TempDir
    Path dir;

    @Test
    void evalPrintsTheSameCsvAsForACatalogueFunction() {
        // when
        Result custom = exec("eval", "--expr", "x * sigmoid(a*x)", "--param", "a=1", "--x=-2,0,3");
        // then: x·σ(x) is SiLU; the AD slope agrees with SiLU's analytic one to rounding
        assertThat(custom.code()).isZero();
        assertThat(custom.err()).isEmpty();
        Activation silu = Catalogue.find("silu").orElseThrow().createDefault();
        List<String> lines = custom.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("x,f,df");
        assertThat(lines).hasSize(4);
        double[] xs = {-2, 0, 3};
        for (int i = 0; i < xs.length; i++) {
            String[] cell = lines.get(i + 1).split(",");
            assertThat(Double.parseDouble(cell[0])).isEqualTo(xs[i]);
            assertThat(Double.parseDouble(cell[1])).isCloseTo(silu.value(xs[i]), org.assertj.core.data.Offset.offset(1e-15));
            assertThat(Double.parseDouble(cell[2])).isCloseTo(silu.derivative(xs[i]),
                    org.assertj.core.data.Offset.offset(1e-15));
        }
    }

    @Test
    void evalReadsStandardInputToo() {
        Result r = withStdin("1\n-1\n", "eval", "--expr", "where(x > 0, x, 0.1*x)");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly("x,f,df", "1.0,1.0,1.0", "-1.0,-0.1,0.1");
    }

    @Test
    void theIssuesFormulaIsMish() {
        Result r = exec("eval", "--expr", "x*tanh(log(1+exp(x)))", "--x", "1");
        Activation mish = Catalogue.find("mish").orElseThrow().createDefault();
        String[] cell = r.out().lines().toList().get(1).split(",");
        assertThat(Double.parseDouble(cell[1])).isCloseTo(mish.value(1), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(Double.parseDouble(cell[2])).isCloseTo(mish.derivative(1),
                org.assertj.core.data.Offset.offset(1e-15));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "x*tanh(log(1+exp(x)); ; --expr: expected ')' at column 21",
        "2*foo(x); ; --expr: unknown function 'foo' at column 3",
        "a*x + b; a=1; --expr: the formula uses 'b': give it with --param b=VALUE",
        "x; a=1; bad --param 'a': the formula has no name 'a'",
        "leaky_relu(x, s); s=7; '--expr: leaky_relu(): negative_slope must be a number from 0 to 1'",
    })
    void badFormulasGetOneLineAndExitTwo(String formula, String param, String message) {
        // when
        Result r = param == null ? exec("eval", "--expr", formula, "--x", "1")
                : exec("eval", "--expr", formula, "--param", param, "--x", "1");
        // then
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(message);
    }

    @Test
    void aNameOrAFormulaButNotBoth() {
        assertThat(exec("eval", "--x", "1").err().strip())
                .isEqualTo("missing function: give a NAME (see 'list') or --expr FORMULA");
        Result both = exec("eval", "relu", "--expr", "x", "--x", "1");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("give a function NAME or --expr, not both ('relu' and --expr)");
    }

    @Test
    void saturationTakesAFormula() {
        Result r = exec("saturation", "--expr", "where(x > 0, x, 0)", "--threshold", "0.05");
        Result relu = exec("saturation", "relu", "--threshold", "0.05");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(relu.out());
    }

    @Test
    void exportWritesTheFormulaWithTheFigureOptions() throws Exception {
        // given
        Path png = dir.resolve("custom.png");
        Path csv = dir.resolve("custom.csv");
        // when
        Result r = exec("export", "--expr", "x*sigmoid(a*x)", "--param", "a=1.702", "--function", "silu",
                "--range", "-4,4", "--size", "400x300", "--theme", "dark", "--out", png.toString());
        Result data = exec("export", "--expr", "x*sigmoid(a*x)", "--param", "a=1.702", "--range", "-4,4",
                "--out", csv.toString());
        // then
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.size(png)).isGreaterThan(1000);
        assertThat(data.code()).as(data.err()).isZero();
        String text = Files.readString(csv);
        assertThat(text).startsWith("function,x,f,df\ncustom,-4.0,");
        assertThat(text.lines().count()).isGreaterThan(100);
    }

    @Test
    void exportErrorsNameTheOption() {
        Result r = exec("export", "--expr", "x*(1+x", "--out", dir.resolve("f.png").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("--expr: expected ')' at column 7");
        assertThat(dir.resolve("f.png")).doesNotExist();
        Result none = exec("export", "--out", dir.resolve("f.png").toString());
        assertThat(none.err().strip()).isEqualTo("missing --function NAME or --expr FORMULA");
    }
}
