package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.Palette;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.chain.ChainView;
import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.depth.DepthView;
import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.softmax.SoftmaxView;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import java.awt.BasicStroke;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The classroom tabs' charts follow the window's dark theme and presentation mode, shown or hidden. */
@ExtendWith(ApplicationExtension.class)
class ClassroomChartStyleTest {

    private MainView main;

    @Start
    void start(Stage stage) {
        main = Tabs.show(stage);
    }

    @Test
    void darkReachesTabsOpenedBeforeAndAfterTheToggle(FxRobot robot) {
        // given: depth and chain opened while light, then the plot tab shown again
        DepthViewModel depth = depth(robot);
        ChainViewModel chain = chain(robot);
        Tabs.select(robot, "plot");
        // when
        robot.clickOn("#dark-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        // then: the hidden tabs' charts are dark, and so is a tab opened only now
        assertDark(depth.chart().getChart());
        assertDark(chain.chart().getChart());
        SoftmaxViewModel softmax = softmax(robot);
        assertDark(softmax.bars().getChart());
        assertDark(softmax.slice().getChart());
        assertThat(softmax.bars().getChart().getCategoryPlot().getBackgroundPaint())
                .isEqualTo(Theme.DARK.background());
        // the depth chart draws ReLU vermillion, as the plot tab does
        XYPlot depthPlot = depth.chart().getChart().getXYPlot();
        int relu = depth.chart().getDataset().getSeriesIndex("ReLU");
        assertThat(depthPlot.getRenderer().getSeriesPaint(relu)).isEqualTo(Palette.VERMILLION.color(Theme.DARK));
        // when: light again
        robot.clickOn("#dark-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(depth.chart().getChart().getBackgroundPaint()).isEqualTo(Theme.LIGHT.background());
        assertThat(softmax.bars().getChart().getBackgroundPaint()).isEqualTo(Theme.LIGHT.background());
    }

    @Test
    void presentationScalesTheClassroomChartsFontsAndStrokes(FxRobot robot) {
        // given
        DepthViewModel depth = depth(robot);
        ChainViewModel chain = chain(robot);
        // when
        robot.interact(() -> main.getViewModel().display().presentationProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        SoftmaxViewModel softmax = softmax(robot);
        // then: tick labels 13 → 21 pt, curves 1.8 → 2.88 px
        int presented = (int) Math.round(13 * DisplayModel.PRESENTATION_SCALE);
        assertThat(depth.chart().getRangeAxis().getTickLabelFont().getSize()).isEqualTo(presented);
        assertThat(width(depth.chart().getChart(), 0)).isCloseTo(1.8 * DisplayModel.PRESENTATION_SCALE, within(1e-5));
        assertThat(chain.chart().getChart().getXYPlot().getDomainAxis().getTickLabelFont().getSize())
                .isEqualTo(presented);
        assertThat(width(chain.chart().getChart(), 0)).isCloseTo(1.8 * DisplayModel.PRESENTATION_SCALE, within(1e-5));
        assertThat(softmax.bars().getChart().getCategoryPlot().getRangeAxis().getTickLabelFont().getSize())
                .isEqualTo(presented);
        assertThat(softmax.slice().getChart().getXYPlot().getRangeAxis().getTickLabelFont().getSize())
                .isEqualTo(presented);
        // when: presentation off
        robot.interact(() -> main.getViewModel().display().presentationProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(depth.chart().getRangeAxis().getTickLabelFont().getSize()).isEqualTo(13);
        assertThat(width(chain.chart().getChart(), 0)).isCloseTo(1.8, within(1e-5));
    }

    @Test
    void theStyleFollowsTheLanguageAndSurvivesTheRebuild(FxRobot robot) {
        // given
        DepthViewModel depth = depth(robot);
        robot.clickOn("#dark-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        // when: the language switch rebuilds the views
        robot.interact(() -> main.getViewModel().display().setLanguage(java.util.Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        // then: the same model's chart is still dark, and the window's style carries the new language's family
        assertDark(depth.chart().getChart());
        assertThat(depth(robot)).isSameAs(depth);
        assertThat(main.getViewModel().display().chartStyleProperty().get().fontFamily())
                .isEqualTo(io.activationplotter.chart.ChartLook.familyFor("梯度"));
    }

    private static void assertDark(JFreeChart chart) {
        assertThat(chart.getBackgroundPaint()).isEqualTo(Theme.DARK.background());
        assertThat(chart.getPlot().getBackgroundPaint()).isEqualTo(Theme.DARK.background());
        if (chart.getTitle() != null) {
            assertThat(chart.getTitle().getPaint()).isEqualTo(Theme.DARK.text());
        }
        assertThat(chart.getPlot() instanceof XYPlot xy ? xy.getDomainAxis().getTickLabelPaint()
                : chart.getCategoryPlot().getRangeAxis().getTickLabelPaint()).isEqualTo(Theme.DARK.text());
    }

    private static double width(JFreeChart chart, int series) {
        return ((BasicStroke) chart.getXYPlot().getRenderer().getSeriesStroke(series)).getLineWidth();
    }

    private static DepthViewModel depth(FxRobot robot) {
        Tabs.select(robot, "depth");
        return robot.lookup("#depth-view").queryAs(DepthView.class).getViewModel();
    }

    private static ChainViewModel chain(FxRobot robot) {
        Tabs.select(robot, "chain");
        return robot.lookup("#chain-view").queryAs(ChainView.class).getViewModel();
    }

    private static SoftmaxViewModel softmax(FxRobot robot) {
        Tabs.select(robot, "softmax");
        return robot.lookup("#softmax-view").queryAs(SoftmaxView.class).getViewModel();
    }
}
