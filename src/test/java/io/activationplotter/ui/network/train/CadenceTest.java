package io.activationplotter.ui.network.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CadenceTest {

    @Test
    void checkedAfterEveryTenUnitEpochAThirtyUnitPeriodIsDueOnAverageOnceAPeriod() {
        // given: a period of 30, checked every 10 (epochs of 10 ms against frames of 30 ms)
        Cadence c = new Cadence(30);
        c.restart(0);
        // when
        int due = 0;
        for (long t = 10; t <= 3000; t += 10) {
            if (c.due(t)) {
                due++;
            }
        }
        // then: 100 times in 3000, not once every 40 as "a period after the last yes" would give (75)
        assertThat(due).isEqualTo(100);
    }

    @Test
    void aPeriodIsNeverDueTwiceAtTheSameMomentAndALongGapStartsANewSchedule() {
        // given
        Cadence c = new Cadence(25);
        c.restart(0);
        // when / then: 200 behind, one yes, not eight
        assertThat(c.due(200)).isTrue();
        assertThat(c.due(200)).isFalse();
        assertThat(c.due(224)).isFalse();
        assertThat(c.due(225)).isTrue();
    }

    @Test
    void theFirstCheckWithoutARestartIsDue() {
        Cadence c = new Cadence(100);
        assertThat(c.due(5)).isTrue();
        assertThat(c.due(104)).isFalse();
        assertThat(c.due(105)).isTrue();
        assertThatThrownBy(() -> new Cadence(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
