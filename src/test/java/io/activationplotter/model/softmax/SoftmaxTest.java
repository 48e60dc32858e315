package io.activationplotter.model.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

    @Test
    void knownValues() {
        // numpy: softmax([2, 1, 0.1]) = [0.65900114, 0.24243297, 0.09856589]
        assertThat(Softmax.probabilities(new double[] {2, 1, 0.1}, 1))
                .containsExactly(new double[] {0.6590011388859679, 0.2424329707047139, 0.09856589040931818},
                        within(1e-15));
    }

    @Property
    void sumsToOne(@ForAll @Size(min = 1, max = 20) double[] logits,
            @ForAll @DoubleRange(min = 0.1, max = 5) double t) {
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.max(-1e6, Math.min(1e6, Double.isFinite(logits[i]) ? logits[i] : 0));
        }
        double sum = 0;
        for (double p : Softmax.probabilities(logits, t)) {
            assertThat(p).isBetween(0.0, 1.0);
            sum += p;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void hugeLogitsDoNotOverflow() {
        assertThat(Softmax.probabilities(new double[] {1000, 999}, 1))
                .containsExactly(new double[] {0.7310585786300049, 0.2689414213699951}, within(1e-15));
        assertThat(Softmax.logSumExp(new double[] {1000, 1000}, 1)).isCloseTo(1000 + Math.log(2), within(1e-12));
        assertThat(Softmax.probabilities(new double[] {-1000, 0}, 0.1)).containsExactly(0.0, 1.0);
    }

    @Test
    void temperatureLimits() {
        double[] l = {2, 1, 0.1};
        assertThat(Softmax.probabilities(l, 1e-3)).containsExactly(new double[] {1, 0, 0}, within(1e-12));
        assertThat(Softmax.probabilities(l, 1e6)).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0},
                within(1e-6));
        assertThatThrownBy(() -> Softmax.probabilities(l, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pairSliceIsTheSigmoidOfTheDifference() {
        double h = 1e-6;
        for (double x = -6; x <= 6; x += 0.5) {
            double[] p = Softmax.probabilities(new double[] {x, 1.0}, 2);
            assertThat(Softmax.pair(x, 1.0, 2)).isCloseTo(p[0], within(1e-15));
            double numeric = (Softmax.pair(x + h, 1.0, 2) - Softmax.pair(x - h, 1.0, 2)) / (2 * h);
            assertThat(Softmax.pairDerivative(x, 1.0, 2)).isCloseTo(numeric, within(1e-9));
        }
        assertThat(Softmax.pairDerivative(1.0, 1.0, 1)).isEqualTo(0.25);
    }
}
