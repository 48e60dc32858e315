package io.activationplotter.model.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprParserTest {

    private static double eval(String formula, double x) {
        return ExprParser.parse(formula, List.of()).bind(new double[0]).value(x);
    }

    private static double slope(String formula, double x) {
        return ExprParser.parse(formula, List.of()).bind(new double[0]).gradient(Gradient.variable(1, 0, x))
                .getGradient()[0];
    }

    @ParameterizedTest(name = "{0} at x = {1} is {2}")
    @CsvSource(delimiter = ';', value = {
        "1 + 2 * 3; 0; 7",
        "(1 + 2) * 3; 0; 9",
        "8 / 4 / 2; 0; 1",          // left-associative
        "10 - 4 - 3; 0; 3",
        "2 ^ 3 ^ 2; 0; 512",        // right-associative: 2^(3^2)
        "2 ** 3 ** 2; 0; 512",
        "-x^2; 3; -9",              // -(x^2), not (-x)^2
        "-2^2; 0; -4",
        "2^-1; 0; 0.5",             // a unary minus in an exponent
        "--x; 5; 5",
        "-x * -x; 3; 9",
        "x - -1; 1; 2",
        "2 * x ^ 2; 3; 18",         // ^ binds tighter than *
        "1 + 2 > 2; 0; 1",          // arithmetic before comparison
        "x <= 1; 1; 1",
        "x != 1; 1; 0",
        "where(x > 0, x, 0.1*x); -2; -0.2",
        "if(x >= 0, 1, -1); 0; 1",
        "max(x, 0) + min(x, 0); -3; -3",
        "1.5e2 + .5; 0; 150.5",
        "2e-1 * e; 0; 0.5436563656918090",
        "pi; 0; 3.141592653589793",
        "relu(x - 1); 3; 2",
        "leaky_relu(x, 0.25); -4; -1",
        "ReLU(x); 2; 2",            // catalogue names ignore case
    })
    void evaluatesWithPrecedenceAndAssociativity(String formula, double x, double expected) {
        assertThat(eval(formula, x)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void negativeBaseWithIntegerPowerKeepsItsSlope() {
        // (-2)^2 = 4 with slope 2x = -4; a real-exponent pow would give NaN for a negative base
        assertThat(eval("x^2", -2)).isEqualTo(4);
        assertThat(slope("x^2", -2)).isEqualTo(-4);
        assertThat(slope("x^3", -1)).isEqualTo(3);
        assertThat(slope("x^0.5", 4)).isEqualTo(0.25);
    }

    @Test
    void whereDifferentiatesOnlyTheBranchTaken() {
        // the other branch's log(x) is NaN for x < 0: it must not leak into f or f'
        assertThat(slope("where(x > 0, log(x), x)", -1)).isEqualTo(1);
        assertThat(eval("where(x > 0, log(x), x)", -1)).isEqualTo(-1);
        assertThat(slope("x > 0", 1)).isZero();
    }

    @Test
    void parametersTakeTheirValuesAtBinding() {
        Expr e = ExprParser.parse("a * x + b", List.of("a", "b"));
        assertThat(e.bind(new double[] {2, 3}).value(5)).isEqualTo(13);
        assertThat(e.bind(new double[] {-1, 0}).gradient(Gradient.variable(1, 0, 5)).getGradient()[0])
                .isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "x*tanh(log(1+exp(x)); expected ')' at column 21",
        "x * (1 + sigmoid(x); expected ')' at column 20",
        "2*foo(x); unknown function 'foo' at column 3",
        "a*x + b*x; unknown name 'b' at column 7",
        "x +; expected a number, a name or '(' (the formula ends too soon) at column 4",
        "x $ 2; unexpected '$' at column 3",
        "x * * 2; expected a number, a name or '(' but found '*' at column 5",
        "exp(x, 2); exp takes 1 argument, got 2 at column 1",
        "where(x > 0, x); where takes 3 arguments (condition, value if true, value if false), got 2 at column 1",
        "leaky_relu(x, x); leaky_relu's negative_slope must not depend on x at column 15",
        "relu(x, 1); relu takes its argument and no parameters, got 2 arguments at column 1",
        "0 < x < 1; comparisons cannot be chained (use where twice) at column 7",
        "'   '; empty formula: type one in x, e.g. x * sigmoid(x), at column 1",
        "1e999 * x; number '1e999' is too large at column 1",
    })
    void errorsNameTheColumn(String formula, String message) {
        assertThatThrownBy(() -> ExprParser.parse(formula, List.of("a")))
                .isInstanceOf(ExprSyntaxException.class).hasMessage(message);
    }

    @Test
    void theColumnIsKeptApartFromTheMessage() {
        // the example: the ')' missing at the end of an 17-character formula
        ExprSyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(ExprSyntaxException.class,
                () -> ExprParser.parse("x*tanh(log(1+x)", List.of()));
        assertThat(e.column()).isEqualTo(16);
        assertThat(e).hasMessage("expected ')' at column 16");
    }

    @Test
    void freeNamesListsTheNamesToGive() {
        assertThat(ExprParser.freeNames("a*x + b*sigmoid(a*x) + pi + e")).containsExactly("a", "b");
        assertThat(ExprParser.freeNames("x")).isEmpty();
    }
}
