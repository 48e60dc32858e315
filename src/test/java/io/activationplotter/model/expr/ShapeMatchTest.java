package io.activationplotter.model.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShapeMatchTest {

    private static Optional<String> match(String formula, String params) {
        return ShapeMatch.exactVersion(CustomDefinition.compile(formula, params).createDefault())
                .map(ActivationType::id);
    }

    @ParameterizedTest(name = "{0} is {2}")
    @CsvSource(delimiter = ';', value = {
        "x * sigmoid(x); ; silu",
        "x * sigmoid(b * x); b = 1 in [0, 5]; silu",
        "log(1 + exp(x)); ; softplus",
        "log1p(exp(x)); ; softplus",
        "x * tanh(log(1 + exp(x))); ; mish",
        "max(x, 0); ; relu",
        "where(x > 0, x, 0.01 * x); ; leaky_relu",
        "1 / (1 + exp(-x)); ; sigmoid",
        "x / 2 * (1 + erf(x / sqrt(2))); ; gelu",
        "x; ; identity",
        "x * tanh(exp(x)); ; tanhexp",
        "x * sigmoid(1.702 * x); ; quick_gelu",
        "exp(-x^2); ; gaussian",
    })
    void findsTheExactVersion(String formula, String params, String id) {
        assertThat(match(formula, params)).contains(id);
    }

    @ParameterizedTest(name = "{0} has none")
    @CsvSource(delimiter = ';', value = {"x * sigmoid(1.1 * x)", "x^2", "sin(x)", "x * tanh(exp(2 * x))"})
    void saysNothingForOtherShapes(String formula) {
        assertThat(match(formula, "")).isEmpty();
    }
}
