package io.activationplotter.chart.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.ChartStyle;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The density overlay costs the chart one change event (one redraw) per change, and none for a repeat. */
class DensityOverlayTest {

    private final XYPlot plot = new XYPlot(new XYSeriesCollection(), new NumberAxis("x"), new NumberAxis("y"),
            new XYLineAndShapeRenderer());
    private final JFreeChart chart = new JFreeChart(plot);
    private final List<ChartChangeEvent> events = new ArrayList<>();
    private final DensityOverlay overlay = new DensityOverlay(plot);

    DensityOverlayTest() {
        chart.addChangeListener(events::add);
    }

    @Test
    void showingIsOneChangeEvent() {
        overlay.show(0, 1, -6, 6, "density of z", ChartStyle.DEFAULT);
        assertThat(events).hasSize(1);
        assertThat(overlay.getDensity().getItemCount()).isEqualTo(DensityOverlay.SAMPLES);
        assertThat(plot.getDataset(DensityOverlay.INDEX)).isNotNull();
    }

    @Test
    void theSameDensityAgainIsNoEventAndANewOneIsOne() {
        overlay.show(0, 1, -6, 6, "density of z", ChartStyle.DEFAULT);
        events.clear();
        overlay.show(0, 1, -6, 6, "density of z", ChartStyle.DEFAULT); // an α tick: nothing to redraw
        assertThat(events).isEmpty();
        overlay.show(0, 2, -6, 6, "density of z", ChartStyle.DEFAULT);
        assertThat(events).hasSize(1);
        assertThat(overlay.getAxis().getUpperBound()).isGreaterThan(0);
    }

    @Test
    void hidingIsOneChangeEventAndRestoresThePlot() {
        overlay.show(0, 1, -6, 6, "density of z", ChartStyle.DEFAULT);
        events.clear();
        overlay.hide();
        assertThat(events).hasSize(1);
        assertThat(plot.getDataset(DensityOverlay.INDEX)).isNull();
        overlay.show(0, 1, -6, 6, "density of z", ChartStyle.DEFAULT); // shown again after hiding
        assertThat(plot.getDataset(DensityOverlay.INDEX)).isNotNull();
    }
}
