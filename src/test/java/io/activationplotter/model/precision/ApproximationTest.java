package io.activationplotter.model.precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApproximationTest {

    @Test
    void largestGapsOnMinusSixToSixMatchMpmath() {
        List<String[]> rows = References.rows("approximations.csv");
        assertThat(rows).hasSize(Approximation.ALL.size());
        for (String[] row : rows) {
            Approximation a = Approximation.ALL.stream().filter(p -> p.name().equals(row[0])).findFirst().orElseThrow();
            double[] gap = a.maxGap(-6, 6, 2001);
            double expected = Double.parseDouble(row[2]);
            assertThat(gap[1]).as(row[0]).isCloseTo(expected, within(1e-9 * expected));
            assertThat(Math.abs(a.difference(gap[0]))).isEqualTo(gap[1]);
        }
    }

    @Test
    void quickGeluIsXTimesSigmoidOf1point702X() {
        double x = 0.7;
        assertThat(Approximation.quickGelu().value(x)).isCloseTo(x / (1 + Math.exp(-1.702 * x)), within(1e-15));
    }
}
