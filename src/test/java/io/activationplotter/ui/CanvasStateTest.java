package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A text is drawn on the canvas in its own font after the fonts change, even when the first text of a
 * drawing has the font the last one had (jfreechart-fx's canvas restores its state behind its graphics).
 */
@ExtendWith(ApplicationExtension.class)
class CanvasStateTest {

    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font LARGE = new Font(Font.SANS_SERIF, Font.PLAIN, 21);

    private JFreeChart chart;
    private ChartViewer viewer;
    private final List<Double> titleSizes = new ArrayList<>();

    /** A title that notes the font size the canvas really drew it in. */
    private final class NotingTitle extends TextTitle {
        NotingTitle() {
            super("errors", SMALL);
        }

        @Override
        public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
            Object result = super.draw(g2, area, params);
            GraphicsContext gc = viewer.getCanvas().getGraphicsContext2D();
            titleSizes.add(gc.getFont().getSize());
            return result;
        }
    }

    @Start
    void start(Stage stage) {
        XYSeries s = new XYSeries("f");
        s.add(0, 1);
        s.add(1, 2);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("x"), new NumberAxis("y"),
                new XYLineAndShapeRenderer());
        chart = new JFreeChart(null, SMALL, plot, false);
        chart.addSubtitle(new NotingTitle());
        setFonts(SMALL);
        viewer = ChartViewers.of(chart, "noting-chart");
        stage.setScene(new Scene(new StackPane(viewer), 500, 300));
        stage.show();
    }

    /** Every text of the chart in one font: the last text drawn has the first one's font. */
    private void setFonts(Font font) {
        XYPlot plot = chart.getXYPlot();
        ((TextTitle) chart.getSubtitle(0)).setFont(font);
        for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setTickLabelFont(font);
            axis.setLabelFont(font);
        }
    }

    @Test
    void afterTheFontsGrowEveryDrawingUsesTheNewFont(FxRobot robot) {
        // given: drawn in the small font
        WaitForAsyncUtils.waitForFxEvents();
        // when: every font grows, then the chart is drawn twice more
        robot.interact(() -> setFonts(LARGE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> chart.fireChartChanged());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> chart.fireChartChanged());
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(titleSizes).hasSizeGreaterThanOrEqualTo(3);
        assertThat(titleSizes.subList(titleSizes.size() - 2, titleSizes.size())).containsOnly(21.0);
    }
}
