package io.activationplotter.ui.precision;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.precision.FloatFormat;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.plot.PlotViewModel;
import java.awt.Font;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The error panel under the chart takes the main chart's fonts, in presentation mode too. */
@ExtendWith(ApplicationExtension.class)
class PrecisionPanelStyleTest {

    private PlotViewModel vm;

    @Start
    void start(Stage stage) {
        vm = Tabs.show(stage).getViewModel();
    }

    @Test
    void inPresentationEveryTextOfTheErrorPanelIsAsLargeAsTheMainChartsTicks(FxRobot robot) {
        // given
        robot.interact(() -> {
            vm.precision().formatProperty().set(FloatFormat.FLOAT16);
            vm.precision().naiveProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // when
        robot.interact(() -> vm.display().presentationProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        // then
        Font tick = vm.chart().getChart().getXYPlot().getDomainAxis().getTickLabelFont();
        JFreeChart errors = vm.precision().errorChart().getChart();
        XYPlot plot = errors.getXYPlot();
        assertThat(tick.getSize2D()).isGreaterThan(13f);
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize2D()).isEqualTo(tick.getSize2D());
        assertThat(plot.getRangeAxis().getTickLabelFont().getSize2D()).isEqualTo(tick.getSize2D());
        assertThat(errors.getLegend().getItemFont().getSize2D()).isGreaterThanOrEqualTo(tick.getSize2D());
        assertThat(((TextTitle) errors.getSubtitle(0)).getFont().getSize2D()).isGreaterThanOrEqualTo(tick.getSize2D());
        // when
        robot.interact(() -> vm.display().presentationProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize2D()).isEqualTo(13f);
    }
}
