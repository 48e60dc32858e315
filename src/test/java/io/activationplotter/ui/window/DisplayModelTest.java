package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's chart style is derived from the dark and presentation toggles, and the plot's chart takes it. */
class DisplayModelTest {

    private final ActivationChart chart = new ActivationChart();
    private final DisplayModel display = new DisplayModel(Messages.load(), chart);

    @Test
    void theStyleFollowsDarkAndPresentation() {
        // given
        List<ChartStyle> seen = new ArrayList<>();
        display.chartStyleProperty().addListener((obs, old, now) -> seen.add(now));
        assertThat(display.chartStyleProperty().get().theme()).isEqualTo(Theme.LIGHT);
        assertThat(display.chartStyleProperty().get().scale()).isEqualTo(1.0);
        // when
        display.darkProperty().set(true);
        display.presentationProperty().set(true);
        // then
        ChartStyle style = display.chartStyleProperty().get();
        assertThat(style.theme()).isEqualTo(Theme.DARK);
        assertThat(style.scale()).isEqualTo(DisplayModel.PRESENTATION_SCALE);
        assertThat(seen).hasSize(2);
        assertThat(chart.getStyle()).isEqualTo(style);
        // when: both off again
        display.darkProperty().set(false);
        display.presentationProperty().set(false);
        assertThat(chart.getStyle().theme()).isEqualTo(Theme.LIGHT);
        assertThat(chart.getStyle().scale()).isEqualTo(1.0);
    }
}
