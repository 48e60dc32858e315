package io.activationplotter.ui.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slider tick units are round numbers that start at the minimum and end at the maximum. */
class ParameterRowTest {

    @ParameterizedTest
    @CsvSource({"0, 1, 0.2", "-5, 5, 2.5", "0, 3, 1", "0, 5, 1", "0, 10, 2", "-1, 1, 0.5", "0, 100, 20",
        "0, 0.4, 0.1"})
    void tickUnitIsRound(double min, double max, double unit) {
        assertThat(ParameterRow.tickUnit(min, max)).isCloseTo(unit, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"0.1, 10", "0.1, 3", "0.125, 1.7"})
    void noRoundUnitMeansNoLabels(double min, double max) {
        assertThat(ParameterRow.tickUnit(min, max)).isNaN();
    }
}
