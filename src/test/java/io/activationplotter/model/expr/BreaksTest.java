package io.activationplotter.model.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import org.junit.jupiter.api.Test;

/** Kinks and jumps of custom formulas, where plots break the curves. */
class BreaksTest {

    private static Activation custom(String formula) {
        return CustomDefinition.compile(formula, "").createDefault();
    }

    @Test
    void aWhereWithMeetingBranchesIsAKink() {
        Activation f = custom("where(x > 0, x, 0.1*x)");
        assertThat(f.kinks()).containsExactly(0.0);
        assertThat(f.jumps()).isEmpty();
    }

    @Test
    void aWhereWithBranchesApartIsAJump() {
        Activation f = custom("where(x > 1, 1, 0)");
        assertThat(f.jumps()).hasSize(1);
        assertThat(f.jumps()[0]).isEqualTo(1.0);
        assertThat(f.kinks()).isEmpty();
    }

    @Test
    void catalogueKinksAreMappedThroughTheArgument() {
        assertThat(custom("relu(x - 2)").kinks()).containsExactly(2.0);
        double[] k = custom("hardtanh(2*x)").kinks();
        assertThat(k).hasSize(2);
        assertThat(k[0]).isCloseTo(-0.5, within(1e-15));
        assertThat(k[1]).isCloseTo(0.5, within(1e-15));
        assertThat(custom("abs(x + 0.3) + max(x, 1)").kinks()).hasSize(2);
    }

    @Test
    void smoothFormulasHaveNone() {
        assertThat(custom("x * sigmoid(x)").kinks()).isEmpty();
        assertThat(custom("x * sigmoid(x)").jumps()).isEmpty();
        assertThat(custom("relu(0 * x + 1)").kinks()).isEmpty(); // the argument never crosses 0
    }
}
