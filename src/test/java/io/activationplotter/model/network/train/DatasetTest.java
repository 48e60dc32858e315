package io.activationplotter.model.network.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Playground datasets: their shapes without noise, the split, and the seed. */
class DatasetTest {

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void fiveHundredPointsHalfForTrainingBothClassesInsideTheSquare(DatasetKind kind) {
        Dataset d = Dataset.generate(kind, 0, 42);
        assertThat(d.train().size()).isEqualTo(250);
        assertThat(d.test().size()).isEqualTo(250);
        int ones = 0;
        for (int i = 0; i < d.train().size(); i++) {
            ones += d.train().label(i);
            assertThat(Math.abs(d.train().x(i))).isLessThanOrEqualTo(DatasetKind.EXTENT + 2);
        }
        assertThat(ones).isBetween(90, 160);
    }

    @Test
    void withoutNoiseTheLabelsFollowTheShapes() {
        Samples xor = Dataset.generate(DatasetKind.XOR, 0, 1).train();
        Samples circle = Dataset.generate(DatasetKind.CIRCLE, 0, 1).train();
        for (int i = 0; i < 250; i++) {
            assertThat(xor.label(i)).isEqualTo(xor.x(i) * xor.y(i) >= 0 ? 1 : 0);
            assertThat(Math.abs(xor.x(i))).isGreaterThanOrEqualTo(0.3);
            double r = Math.hypot(circle.x(i), circle.y(i));
            assertThat(circle.label(i) == 1 ? r <= 2.5 : r >= 3.5 && r <= 5).isTrue();
        }
        Samples spiral = Dataset.generate(DatasetKind.SPIRAL, 0, 1).train();
        for (int i = 0; i < 250; i++) {
            assertThat(Math.hypot(spiral.x(i), spiral.y(i))).isLessThan(5);
        }
    }

    @Test
    void gaussBlobsSitAtPlusAndMinusTwo() {
        Samples g = Dataset.generate(DatasetKind.GAUSS, 0, 9, 4000, 0.5).train();
        double[] sum = new double[2];
        int[] count = new int[2];
        for (int i = 0; i < g.size(); i++) {
            sum[g.label(i)] += g.x(i) + g.y(i);
            count[g.label(i)]++;
        }
        assertThat(sum[1] / count[1] / 2).isBetween(1.9, 2.1);
        assertThat(sum[0] / count[0] / 2).isBetween(-2.1, -1.9);
    }

    @Test
    void sameSeedSamePointsOtherSeedOthers() {
        Dataset a = Dataset.generate(DatasetKind.SPIRAL, 0.2, 5);
        Dataset b = Dataset.generate(DatasetKind.SPIRAL, 0.2, 5);
        Dataset c = Dataset.generate(DatasetKind.SPIRAL, 0.2, 6);
        assertThat(a.train().x(17)).isEqualTo(b.train().x(17));
        assertThat(a.train().x(17)).isNotEqualTo(c.train().x(17));
    }

    @Test
    void noiseOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Dataset.generate(DatasetKind.XOR, 0.6, 1)).hasMessageContaining("noise");
    }
}
