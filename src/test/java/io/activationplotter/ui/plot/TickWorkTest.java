package io.activationplotter.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.CurveDataset;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.params.ParameterModel;
import io.activationplotter.ui.window.MainView;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.Range;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What one slider tick re-does (issue 16), asserted on the chart's structure, not on time: a change of
 * the selected function's parameter re-samples that function only (its f and f′ series), and the
 * other series, the renderer and the x-axis range stay the very same objects; several changes in one
 * event are drawn once, with the last value.
 */
@ExtendWith(ApplicationExtension.class)
class TickWorkTest {

    private PlotViewModel vm;
    private ActivationChart chart;

    @Start
    void start(Stage stage) {
        MainView view = Tabs.show(stage);
        vm = view.getViewModel();
        chart = vm.chart();
    }

    @BeforeEach
    void fourFunctionsWithDerivatives(FxRobot robot) {
        robot.interact(() -> {
            vm.selectedTypeProperty().set(type("elu"));
            for (String id : List.of("sigmoid", "tanh", "relu")) {
                vm.setCompared(type(id), true);
            }
            vm.showDerivativesProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ActivationType type(String id) {
        return Catalogue.find(id).orElseThrow();
    }

    private ParameterModel alpha() {
        return vm.parametersProperty().get(0);
    }

    private List<Long> revisions() {
        CurveDataset d = chart.getDataset();
        List<Long> r = new ArrayList<>();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            r.add(d.getRevision(s));
        }
        return r;
    }

    @Test
    void anAlphaTickResamplesOnlyTheSelectedFunctionsTwoSeries(FxRobot robot) {
        // given
        CurveDataset d = chart.getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(8);
        assertThat(d.getSeriesKey(0)).isEqualTo("elu");
        List<Long> before = revisions();
        int analyses = chart.getSaturationAnalyses();
        XYPlot plot = chart.getChart().getXYPlot();
        XYItemRenderer renderer = plot.getRenderer();
        Range xRange = plot.getDomainAxis().getRange();
        int updates = vm.updateCountProperty().get();
        // when
        robot.interact(() -> alpha().valueProperty().set(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        // then: one redraw, one function (two series) re-sampled, one saturation analysis
        assertThat(vm.updateCountProperty().get()).isEqualTo(updates + 1);
        assertThat(chart.getResampledCurves()).isEqualTo(1);
        List<Long> after = revisions();
        assertThat(after.subList(0, 2)).doesNotContainAnyElementsOf(before.subList(0, 2));
        assertThat(after.subList(2, 8)).isEqualTo(before.subList(2, 8));
        assertThat(chart.getSaturationAnalyses()).isEqualTo(analyses + 1);
        assertThat(plot.getRenderer()).isSameAs(renderer);
        assertThat(plot.getDomainAxis().getRange()).isSameAs(xRange);
        assertThat(d.getYValue(0, 0)).isCloseTo(0.5 * Math.expm1(-6), within(1e-15));
    }

    @Test
    void aThresholdTickResamplesNothing(FxRobot robot) {
        // given
        List<Long> before = revisions();
        int analyses = chart.getSaturationAnalyses();
        // when
        robot.interact(() -> vm.logThresholdProperty().set(-2));
        WaitForAsyncUtils.waitForFxEvents();
        // then: the samples are kept, only the selected function's saturation is analysed again
        assertThat(chart.getResampledCurves()).isZero();
        assertThat(revisions()).isEqualTo(before);
        assertThat(chart.getSaturationAnalyses()).isEqualTo(analyses + 1);
    }

    @Test
    void aRangeChangeResamplesEveryCurveAndKeepsTheSaturationAnalysis(FxRobot robot) {
        // given
        int analyses = chart.getSaturationAnalyses();
        // when
        robot.interact(() -> vm.range().setView(-3, 4));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(chart.getResampledCurves()).isEqualTo(4);
        assertThat(chart.getSaturationAnalyses()).isEqualTo(analyses);
        assertThat(chart.getChart().getXYPlot().getDomainAxis().getRange()).isEqualTo(new Range(-3, 4));
    }

    @Test
    void tenAlphaChangesInOneEventAreDrawnOnceWithTheLastValue(FxRobot robot) {
        // given
        int updates = vm.updateCountProperty().get();
        // when
        robot.interact(() -> {
            for (int i = 1; i <= 10; i++) {
                alpha().valueProperty().set(0.1 * i + 0.05);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(vm.updateCountProperty().get()).isEqualTo(updates + 1);
        double last = 0.1 * 10 + 0.05;
        assertThat(chart.getDataset().getYValue(0, 0)).isCloseTo(last * Math.expm1(-6), within(1e-15));
        assertThat(vm.parameterValues(type("elu"))).containsEntry("alpha", last);
    }

    @Test
    void tenThresholdAndRangeChangesInOneEventAreDrawnOnce(FxRobot robot) {
        // given
        int updates = vm.updateCountProperty().get();
        // when
        robot.interact(() -> {
            for (int i = 1; i <= 10; i++) {
                vm.logThresholdProperty().set(-3 + 0.1 * i);
                vm.range().setView(-6 + 0.1 * i, 6);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(vm.updateCountProperty().get()).isEqualTo(updates + 1);
        assertThat(vm.specProperty().get().threshold()).isCloseTo(Math.pow(10, -2), within(1e-12));
        assertThat(vm.specProperty().get().xMin()).isCloseTo(-5, within(1e-12));
        assertThat(chart.getDataset().getXValue(0, 0)).isCloseTo(-5, within(1e-12));
    }
}
