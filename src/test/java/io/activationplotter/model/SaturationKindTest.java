package io.activationplotter.model;

import static io.activationplotter.model.SaturationKind.HARD;
import static io.activationplotter.model.SaturationKind.NONE;
import static io.activationplotter.model.SaturationKind.SOFT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Left/right saturation (Gulcehre et al. 2016) per function and parameter, checked against the
 * derivative itself: HARD means f' is exactly 0 far out, SOFT that it is non-zero at a moderate
 * distance but vanishes in the limit, NONE that it stays away from 0.
 */
class SaturationKindTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("identity", Map.of(), NONE, NONE),
                Arguments.of("step", Map.of(), HARD, HARD),
                Arguments.of("sigmoid", Map.of(), SOFT, SOFT),
                Arguments.of("tanh", Map.of(), SOFT, SOFT),
                Arguments.of("relu", Map.of(), HARD, NONE),
                Arguments.of("relu6", Map.of(), HARD, HARD),
                Arguments.of("leaky_relu", Map.of(), NONE, NONE),
                Arguments.of("leaky_relu", Map.of("negative_slope", 0.0), HARD, NONE),
                Arguments.of("prelu", Map.of(), NONE, NONE),
                Arguments.of("prelu", Map.of("init", 0.0), HARD, NONE),
                Arguments.of("rrelu", Map.of(), NONE, NONE),
                Arguments.of("rrelu", Map.of("lower", 0.0, "upper", 0.0), HARD, NONE),
                Arguments.of("elu", Map.of(), SOFT, NONE),
                Arguments.of("elu", Map.of("alpha", 0.0), HARD, NONE),
                Arguments.of("selu", Map.of(), SOFT, NONE),
                Arguments.of("celu", Map.of("alpha", 3.0), SOFT, NONE),
                Arguments.of("gelu", Map.of(), SOFT, NONE),
                Arguments.of("gelu_tanh", Map.of(), SOFT, NONE),
                Arguments.of("silu", Map.of(), SOFT, NONE),
                Arguments.of("swish", Map.of(), SOFT, NONE),
                Arguments.of("swish", Map.of("beta", 0.0), NONE, NONE),
                Arguments.of("mish", Map.of(), SOFT, NONE),
                Arguments.of("softplus", Map.of("beta", 0.1), SOFT, NONE),
                Arguments.of("softsign", Map.of(), SOFT, SOFT),
                Arguments.of("hardtanh", Map.of("min_val", -5.0, "max_val", 5.0), HARD, HARD),
                Arguments.of("hardsigmoid", Map.of(), HARD, HARD),
                Arguments.of("hardswish", Map.of(), HARD, NONE),
                Arguments.of("tanhshrink", Map.of(), NONE, NONE),
                Arguments.of("softshrink", Map.of("lambd", 3.0), NONE, NONE),
                Arguments.of("hardshrink", Map.of("lambd", 3.0), NONE, NONE),
                Arguments.of("logsigmoid", Map.of(), NONE, SOFT),
                Arguments.of("threshold", Map.of("threshold", 5.0, "value", -5.0), HARD, NONE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void classifiesEachSideAndTheDerivativeAgrees(String id, Map<String, Double> params, SaturationKind left,
            SaturationKind right) {
        Activation f = Catalogue.find(id).orElseThrow().create(params);
        assertThat(f.leftSaturation()).as("%s left", id).isEqualTo(left);
        assertThat(f.rightSaturation()).as("%s right", id).isEqualTo(right);
        assertSide(f, -1, left, id + " left");
        assertSide(f, 1, right, id + " right");
    }

    private static void assertSide(Activation f, int sign, SaturationKind kind, String what) {
        double far = Math.abs(f.derivative(sign * 1e6));
        double mid = Math.abs(f.derivative(sign * 8.0));
        switch (kind) {
            case HARD -> {
                assertThat(f.derivative(sign * 7.0)).as(what).isEqualTo(0.0);
                assertThat(far).as(what).isEqualTo(0.0);
            }
            case SOFT -> {
                assertThat(mid).as(what).isPositive();
                assertThat(far).as(what).isLessThan(1e-6).isLessThan(mid);
            }
            case NONE -> assertThat(far).as(what).isGreaterThan(1e-3);
            default -> throw new AssertionError(kind);
        }
    }
}
