package io.activationplotter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The growable double list of {@code eval}'s input: values in order across chunks, and growth arithmetic
 * that never wraps at sizes near {@code Integer.MAX_VALUE} (the old doubling gave "error: -2054967264").
 */
class DoubleChunksTest {

    @Test
    void keepsValuesInOrderAcrossChunks() {
        // given: three and a bit chunks, past the first growth of the chunk table
        DoubleChunks list = new DoubleChunks();
        long n = 9L * DoubleChunks.CHUNK + 17;
        // when
        for (long i = 0; i < n; i++) {
            list.add(i * 0.5);
        }
        // then
        assertThat(list.size()).isEqualTo(n);
        for (long i : new long[] {0, 1, DoubleChunks.CHUNK - 1, DoubleChunks.CHUNK, 8L * DoubleChunks.CHUNK, n - 1}) {
            assertThat(list.get(i)).as("index %s", i).isEqualTo(i * 0.5);
        }
        assertThatThrownBy(() -> list.get(n)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void growthNearIntegerMaxValueStopsAtTheLargestArray() {
        int max = DoubleChunks.MAX_ARRAY;
        assertThat(DoubleChunks.grownLength(0)).isEqualTo(1);
        assertThat(DoubleChunks.grownLength(8)).isEqualTo(12);
        assertThat(DoubleChunks.grownLength(1_073_741_824)).isEqualTo(1_610_612_736);
        assertThat(DoubleChunks.grownLength(1_431_655_765)).isEqualTo(max); // 1.5× would pass MAX_VALUE
        assertThat(DoubleChunks.grownLength(2_000_000_000)).isEqualTo(max);
        assertThat(DoubleChunks.grownLength(max - 1)).isEqualTo(max);
        assertThatThrownBy(() -> DoubleChunks.grownLength(max)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("values");
        assertThatThrownBy(() -> DoubleChunks.grownLength(Integer.MAX_VALUE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Property(tries = 2000)
    void growthIsPositiveIncreasingAndBounded(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 9) int length) {
        int next = DoubleChunks.grownLength(length);
        assertThat(next).isGreaterThan(length).isLessThanOrEqualTo(DoubleChunks.MAX_ARRAY);
        assertThat((long) next).isGreaterThanOrEqualTo(Math.min(DoubleChunks.MAX_ARRAY, length + (long) length / 2));
    }
}
