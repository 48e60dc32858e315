package io.activationplotter.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.functions.Selu;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact values at known points, PyTorch's conventions at kinks, and the far tails. */
class KnownValuesTest {

    private static Activation f(String id) {
        return Catalogue.find(id).orElseThrow().createDefault();
    }

    private static Activation f(String id, Map<String, Double> params) {
        return Catalogue.find(id).orElseThrow().create(params);
    }

    /** Asserts |actual − expected| ≤ ulps · ulp(expected). */
    private static void near(double actual, double expected, int ulps) {
        assertThat(Math.abs(actual - expected)).as("%s vs %s", actual, expected)
                .isLessThanOrEqualTo(ulps * Math.ulp(expected));
    }

    @Test
    void sigmoidAndTanhAtZero() {
        assertThat(f("sigmoid").value(0)).isEqualTo(0.5);
        assertThat(f("sigmoid").derivative(0)).isEqualTo(0.25);
        assertThat(f("tanh").value(0)).isEqualTo(0.0);
        assertThat(f("tanh").derivative(0)).isEqualTo(1.0);
        assertThat(f("logsigmoid").value(0)).isEqualTo(-Math.log(2));
        assertThat(f("softplus").value(0)).isEqualTo(Math.log(2));
    }

    @Test
    void derivativesAtKinksFollowPyTorchAutograd() {
        assertThat(f("relu").derivative(0)).isEqualTo(0.0);
        assertThat(f("leaky_relu").derivative(0)).isEqualTo(0.01);
        assertThat(f("prelu").derivative(0)).isEqualTo(0.25);
        assertThat(f("rrelu").derivative(0)).isEqualTo((1.0 / 8 + 1.0 / 3) / 2);
        assertThat(f("elu", Map.of("alpha", 2.0)).derivative(0)).isEqualTo(2.0);
        assertThat(f("selu").derivative(0)).isEqualTo(1.7580993408473768);
        assertThat(f("celu", Map.of("alpha", 0.3)).derivative(0)).isEqualTo(1.0);
        assertThat(f("relu6").derivative(0)).isEqualTo(0.0);
        assertThat(f("relu6").derivative(6)).isEqualTo(0.0);
        assertThat(f("relu6").derivative(5.999)).isEqualTo(1.0);
        assertThat(f("hardtanh").derivative(-1)).isEqualTo(0.0);
        assertThat(f("hardtanh").derivative(1)).isEqualTo(0.0);
        assertThat(f("hardtanh").derivative(0.999)).isEqualTo(1.0);
        assertThat(f("hardsigmoid").derivative(-3)).isEqualTo(0.0);
        assertThat(f("hardsigmoid").derivative(3)).isEqualTo(0.0);
        assertThat(f("hardsigmoid").derivative(0)).isEqualTo(1.0 / 6);
        // current PyTorch hardswish_backward (-1/2 and 3/2 before its 2025 fix)
        assertThat(f("hardswish").derivative(-3)).isEqualTo(0.0);
        assertThat(f("hardswish").derivative(3)).isEqualTo(1.0);
        assertThat(f("hardswish").derivative(Math.nextUp(-3.0))).isEqualTo(Math.nextUp(-3.0) / 3 + 0.5);
        assertThat(f("hardswish").derivative(Math.nextDown(3.0))).isEqualTo(Math.nextDown(3.0) / 3 + 0.5);
        assertThat(f("hardswish").derivative(Math.nextDown(-3.0))).isEqualTo(0.0);
        assertThat(f("hardswish").derivative(Math.nextUp(3.0))).isEqualTo(1.0);
        assertThat(f("hardswish").derivative(-1.5)).isEqualTo(0.0);
        assertThat(f("softshrink").derivative(0.5)).isEqualTo(0.0);
        assertThat(f("softshrink").derivative(-0.5)).isEqualTo(0.0);
        assertThat(f("hardshrink").derivative(0.5)).isEqualTo(0.0);
        assertThat(f("threshold").derivative(1.0)).isEqualTo(0.0);
        assertThat(f("threshold").derivative(Math.nextUp(1.0))).isEqualTo(1.0);
        assertThat(f("step").derivative(0)).isEqualTo(0.0);
    }

    @Test
    void valuesAtBreakpoints() {
        assertThat(f("step").value(0)).isEqualTo(1.0);
        assertThat(f("step").value(-Double.MIN_VALUE)).isEqualTo(0.0);
        assertThat(f("relu6").value(7)).isEqualTo(6.0);
        assertThat(f("hardswish").value(-3)).isEqualTo(-0.0); // x·0/6 as in PyTorch
        assertThat(f("hardswish").value(-7)).isEqualTo(-0.0);
        assertThat(1.0 / f("hardswish").value(-3)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(f("hardswish").value(3)).isEqualTo(3.0);
        assertThat(f("hardsigmoid").value(0)).isEqualTo(0.5);
        assertThat(f("softshrink").value(0.5)).isEqualTo(0.0);
        assertThat(f("softshrink").value(1.0)).isEqualTo(0.5);
        assertThat(f("hardshrink").value(0.5)).isEqualTo(0.0);
        assertThat(f("hardshrink").value(0.5000001)).isEqualTo(0.5000001);
        assertThat(f("threshold").value(1.0)).isEqualTo(0.0);
        assertThat(f("threshold").value(1.5)).isEqualTo(1.5);
        assertThat(f("threshold", Map.of("threshold", -2.0, "value", 4.0)).value(-3)).isEqualTo(4.0);
        assertThat(f("hardtanh", Map.of("min_val", -2.0, "max_val", 3.0)).value(-7)).isEqualTo(-2.0);
    }

    @Test
    void seluUsesPyTorchConstants() {
        assertThat(Selu.ALPHA).isEqualTo(1.6732632423543772848170429916717);
        assertThat(Selu.SCALE).isEqualTo(1.0507009873554804934193349852946);
        assertThat(f("selu").value(1)).isEqualTo(Selu.SCALE);
        near(f("selu").value(-700), -1.7580993408473768, 1);
    }

    @Test
    void smoothFunctionsAtOne() {
        near(f("gelu").value(1), 0.84134474606854295, 1);
        near(f("gelu").value(-1), -0.15865525393145705, 2);
        assertThat(f("gelu").derivative(0)).isEqualTo(0.5);
        near(f("gelu_tanh").value(1), 0.8411919906082767, 2);
        near(f("silu").value(1), 0.73105857863000488, 1);
        near(f("swish", Map.of("beta", 1.0)).value(1), 0.73105857863000488, 1);
        assertThat(f("swish", Map.of("beta", 0.0)).value(3)).isEqualTo(1.5);
        assertThat(f("swish", Map.of("beta", 0.0)).derivative(3)).isEqualTo(0.5);
        near(f("mish").value(1), 0.86509838826731035, 2);
        assertThat(f("softsign").value(1)).isEqualTo(0.5);
        assertThat(f("softsign").derivative(1)).isEqualTo(0.25);
    }

    @Test
    void tinyArgumentsKeepTheirDigits() {
        double x = 1e-12;
        near(f("elu").value(-x), -9.9999999999949998e-13, 1);
        near(f("celu").value(-x), -9.9999999999949998e-13, 1);
        near(f("tanhshrink").value(x), 3.3333333333333331322e-37, 2);
        near(f("sigmoid").value(x), 0.5 + x / 4, 1);
        near(f("gelu").value(x), 5.000000000003989e-13, 1);
        near(f("softplus").value(-x), Math.log(2) - x / 2, 1);
    }

    @Test
    void farTailsNeitherOverflowNorCancel() {
        near(f("sigmoid").value(-700), 9.8596765437597709e-305, 2);
        near(f("sigmoid").derivative(700), 9.8596765437597709e-305, 2);
        assertThat(f("sigmoid").value(700)).isEqualTo(1.0);
        assertThat(f("softplus").value(700)).isEqualTo(700.0);
        near(f("softplus").value(-700), 9.8596765437597709e-305, 2);
        assertThat(f("softplus", Map.of("beta", 10.0)).value(700)).isEqualTo(700.0);
        near(f("logsigmoid").value(700), -9.8596765437597709e-305, 2);
        assertThat(f("logsigmoid").value(-700)).isEqualTo(-700.0);
        near(f("silu").derivative(-700), -6.8919139040880798e-302, 4);
        near(f("mish").derivative(-700), -6.8919139040880798e-302, 4);
        near(f("gelu").derivative(-10), -7.6184000964648141e-22, 8);
        // condition number of f' at -5 is about 35, so ~140 ulps are allowed; 64 is plenty
        near(f("gelu_tanh").derivative(-5), -1.5463619875325946e-6, 64);
        assertThat(f("gelu").value(700)).isEqualTo(700.0);
        assertThat(f("mish").value(700)).isEqualTo(700.0);
        assertThat(f("gelu_tanh").value(700)).isEqualTo(700.0);
        assertThat(f("tanhshrink").value(700)).isEqualTo(699.0);
    }

    @Test
    void softTailsKeepATinyPositiveSlope() {
        near(f("sigmoid").derivative(37.5), 5.175555005801868e-17, 2);
        near(f("sigmoid").derivative(-37.5), 5.175555005801868e-17, 2);
        near(f("tanh").derivative(20), 1.6993417021166356e-17, 2);
        assertThat(f("tanh").derivative(-20)).isPositive();
        assertThat(f("softplus").derivative(-700)).isPositive();
        assertThat(f("softsign").derivative(700)).isPositive();
        assertThat(f("elu").derivative(-700)).isPositive();
        assertThat(f("selu").derivative(-700)).isPositive();
        assertThat(f("celu", Map.of("alpha", 3.0)).derivative(-700)).isPositive();
        assertThat(f("logsigmoid").derivative(700)).isPositive();
        assertThat(f("gelu").derivative(-30)).isNegative();
        assertThat(f("silu").derivative(-700)).isNegative();
    }

    @Test
    void hardTailsHaveAnExactlyZeroSlope() {
        double[] far = {-700, -50, -6.5};
        for (double x : far) {
            assertThat(f("relu").derivative(x)).isEqualTo(0.0);
            assertThat(f("relu6").derivative(x)).isEqualTo(0.0);
            assertThat(f("relu6").derivative(-x)).isEqualTo(0.0);
            assertThat(f("hardtanh").derivative(x)).isEqualTo(0.0);
            assertThat(f("hardtanh").derivative(-x)).isEqualTo(0.0);
            assertThat(f("hardsigmoid").derivative(x)).isEqualTo(0.0);
            assertThat(f("hardsigmoid").derivative(-x)).isEqualTo(0.0);
            assertThat(f("hardswish").derivative(x)).isEqualTo(0.0);
            assertThat(f("threshold").derivative(x)).isEqualTo(0.0);
            assertThat(f("step").derivative(x)).isEqualTo(0.0);
            assertThat(f("leaky_relu", Map.of("negative_slope", 0.0)).derivative(x)).isEqualTo(0.0);
            assertThat(f("elu", Map.of("alpha", 0.0)).derivative(x)).isEqualTo(0.0);
        }
    }
}
