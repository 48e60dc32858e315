package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.distribution.DistributionViewModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The depth and softmax tabs' sliders: ten changes in one event are computed and drawn once (issue 16). */
@ExtendWith(ApplicationExtension.class)
class ClassroomSlidersCoalesceTest {

    private PlotViewModel plot;

    @Start
    void start(Stage stage) {
        plot = new PlotViewModel();
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void tenLayerChangesRefreshTheDepthChartOnce(FxRobot robot) {
        // given
        DepthViewModel[] depth = new DepthViewModel[1];
        int[] refreshes = new int[1];
        robot.interact(() -> {
            depth[0] = new DepthViewModel(plot, plot.text());
            depth[0].readoutProperty().addListener((ListChangeListener<String>) c -> refreshes[0]++);
        });
        // when
        robot.interact(() -> {
            for (int n = 11; n <= 20; n++) {
                depth[0].layersProperty().set(n);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(refreshes[0]).isEqualTo(1);
        assertThat(depth[0].readoutProperty().get(0)).contains("20");
    }

    @Test
    void tenTemperatureAndSliceChangesRecomputeSoftmaxOnce(FxRobot robot) {
        // given
        SoftmaxViewModel[] softmax = new SoftmaxViewModel[1];
        int[] recomputes = new int[1];
        robot.interact(() -> {
            softmax[0] = new SoftmaxViewModel(plot, plot.text());
            softmax[0].probabilitiesProperty().addListener((obs, old, now) -> recomputes[0]++);
        });
        // when
        robot.interact(() -> {
            for (int i = 1; i <= 10; i++) {
                softmax[0].temperatureProperty().set(0.5 * i);
                softmax[0].zProperty().set(-2 + 0.1 * i);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: once, with τ = 5; the slice chart too
        assertThat(recomputes[0]).isEqualTo(1);
        double[] p = softmax[0].probabilitiesProperty().get();
        assertThat(p[0]).isGreaterThan(p[1]);
        assertThat(softmax[0].slice().getChart().getXYPlot().getDataset().getSeriesKey(0)).isEqualTo("softmax_slice");
        assertThat(softmax[0].slice().getSpec().curves().get(0).label()).contains("5");
        assertThat(softmax[0].temperatureProperty().get()).isCloseTo(5, within(1e-12));
    }

    @Test
    void tenMeanChangesDrawTheDistributionOverlayOnce(FxRobot robot) {
        // given
        DistributionViewModel[] dist = new DistributionViewModel[1];
        int[] events = new int[1];
        robot.interact(() -> {
            dist[0] = new DistributionViewModel(plot, plot.text());
            dist[0].enabledProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> plot.chart().getChart().addChangeListener(e -> events[0]++));
        // when
        robot.interact(() -> {
            for (int i = 1; i <= 10; i++) {
                dist[0].meanProperty().set(0.1 * i);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: one chart change, the density of μ = 1 (its peak at x = 1)
        assertThat(events[0]).isEqualTo(1);
        var density = dist[0].overlay().getDensity();
        int peak = 0;
        for (int i = 1; i < density.getItemCount(); i++) {
            if (density.getY(i).doubleValue() > density.getY(peak).doubleValue()) {
                peak = i;
            }
        }
        assertThat(density.getX(peak).doubleValue()).isCloseTo(1.0, within(0.02));
    }
}
