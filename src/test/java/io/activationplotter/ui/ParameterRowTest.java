package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slider tick units are round numbers. */
class ParameterRowTest {

    @ParameterizedTest
    @CsvSource({"1, 0.25", "10, 2.5", "3, 1", "9.9, 2.5", "5, 2", "0.4, 0.1", "100, 25", "6, 2"})
    void tickUnitIsRound(double span, double unit) {
        assertThat(ParameterRow.niceUnit(span)).isCloseTo(unit, org.assertj.core.api.Assertions.within(1e-12));
    }
}
