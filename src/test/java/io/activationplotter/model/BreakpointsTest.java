package io.activationplotter.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameter-aware kinks and jumps at the cases the chart must get right. */
class BreakpointsTest {

    private static Activation f(String id, Map<String, Double> params) {
        return Catalogue.find(id).orElseThrow().create(params);
    }

    @Test
    void thresholdJumpsUnlessValueEqualsThreshold() {
        Activation jump = f("threshold", Map.of("threshold", 2.0, "value", -1.0));
        assertThat(jump.jumps()).containsExactly(2.0);
        assertThat(jump.kinks()).isEmpty();
        Activation kink = f("threshold", Map.of("threshold", 2.0, "value", 2.0));
        assertThat(kink.jumps()).isEmpty();
        assertThat(kink.kinks()).containsExactly(2.0);
    }

    @Test
    void hardshrinkJumpsAtPlusMinusLambdaAndHasAOnePointKinkWhenLambdaIsZero() {
        assertThat(f("hardshrink", Map.of()).jumps()).containsExactly(-0.5, 0.5);
        assertThat(f("hardshrink", Map.of()).kinks()).isEmpty();
        assertThat(f("hardshrink", Map.of("lambd", 0.0)).jumps()).isEmpty();
        assertThat(f("hardshrink", Map.of("lambd", 0.0)).kinks()).containsExactly(0.0);
    }

    @Test
    void shrinkAndClipFunctionsHaveParameterAwareKinks() {
        assertThat(f("softshrink", Map.of("lambd", 1.25)).kinks()).containsExactly(-1.25, 1.25);
        assertThat(f("softshrink", Map.of("lambd", 0.0)).kinks()).containsExactly(0.0);
        assertThat(f("hardtanh", Map.of("min_val", -4.0, "max_val", 2.5)).kinks()).containsExactly(-4.0, 2.5);
        assertThat(f("relu6", Map.of()).kinks()).containsExactly(0.0, 6.0);
        assertThat(f("hardsigmoid", Map.of()).kinks()).containsExactly(-3.0, 3.0);
        assertThat(f("hardswish", Map.of()).kinks()).containsExactly(-3.0, 3.0);
        assertThat(f("step", Map.of()).jumps()).containsExactly(0.0);
    }

    @Test
    void aUnitSlopeLeakyReluIsTheIdentityWithoutAKink() {
        assertThat(f("leaky_relu", Map.of("negative_slope", 1.0)).kinks()).isEmpty();
        assertThat(f("prelu", Map.of("init", 1.0)).kinks()).isEmpty();
        assertThat(f("rrelu", Map.of("lower", 1.0, "upper", 1.0)).kinks()).isEmpty();
        assertThat(f("leaky_relu", Map.of()).kinks()).containsExactly(0.0);
    }

    @Test
    void smoothFunctionsHaveNoBreakpoints() {
        for (String id : new String[] {"sigmoid", "tanh", "gelu", "gelu_tanh", "silu", "swish", "mish", "softplus",
                "logsigmoid", "tanhshrink", "identity"}) {
            Activation f = f(id, Map.of());
            assertThat(f.kinks()).as(id).isEmpty();
            assertThat(f.jumps()).as(id).isEmpty();
        }
    }

    @Test
    void returnedArraysAreCopies() {
        Activation relu6 = f("relu6", Map.of());
        relu6.kinks()[0] = 42;
        assertThat(relu6.kinks()).containsExactly(0.0, 6.0);
    }
}
