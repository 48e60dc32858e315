package io.activationplotter.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PixelColumnsTest {

    @Test
    void aColumnKeepsItsFirstLowestHighestAndLastPoint() {
        // given: one column (x in [3, 4)) with its low at 1 and its high at 3
        double[] x = {3.0, 3.2, 3.4, 3.6, 3.8};
        double[] y = {5, 1, 9, 4, 6};

        // when
        boolean[] kept = PixelColumns.keep(x, y, 0, 4, 1);

        // then
        assertThat(kept).containsExactly(true, true, true, false, true);
    }

    @Test
    void aMonotonicColumnKeepsTwoPointsAndAGapStaysAGap() {
        // given: a rising column, a NaN, then a column of one point
        double[] x = {1.1, 1.4, 1.7, 1.9, Double.NaN, 2.5};
        double[] y = {1, 2, 3, 4, 5, 6};

        // when
        boolean[] kept = PixelColumns.keep(x, y, 0, 5, 1);

        // then
        assertThat(kept).containsExactly(true, false, false, true, true, true);
    }

    @Test
    void aFinerPixelScaleMakesNarrowerColumns() {
        double[] x = {1.1, 1.3, 1.6, 1.9};
        double[] y = {0, 0, 0, 0};

        assertThat(PixelColumns.keep(x, y, 0, 3, 1)).containsExactly(true, false, false, true);
        assertThat(PixelColumns.keep(x, y, 0, 3, 2)).containsExactly(true, true, true, true);
    }

    @Test
    void onlyTheRangeAskedForIsMarked() {
        double[] x = {0.1, 0.2, 0.3, 0.4, 0.5};
        double[] y = {0, 1, 2, 3, 4};

        assertThat(PixelColumns.keep(x, y, 1, 3, 1)).containsExactly(true, false, true);
    }
}
