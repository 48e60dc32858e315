package io.activationplotter.chart.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.ChartStyle;
import io.activationplotter.model.network.Initialisation;
import io.activationplotter.model.network.LayerHistograms;
import io.activationplotter.model.network.LayerStats;
import io.activationplotter.model.network.NetworkResult;
import io.activationplotter.model.network.NetworkSpec;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first panel's tick labels of h never touch, however narrow the chart; wide, it keeps its closest step. */
class LayerHistogramTicksTest {

    /** A run of ten layers whose activations fill [lo, hi] evenly (sigmoid-like [0, 1], tanh-like [−1, 1] ...). */
    private static NetworkResult run(double lo, double hi) {
        NetworkSpec spec = new NetworkSpec(10, 100, Initialisation.NORMAL, 1, 1, 100, 1, 0.05);
        List<LayerStats> layers = new ArrayList<>();
        List<float[]> samples = new ArrayList<>();
        for (int l = 1; l <= 10; l++) {
            layers.add(new LayerStats(l, (lo + hi) / 2, (hi - lo) / 4, 50, 0, 1));
            float[] s = new float[200];
            for (int i = 0; i < s.length; i++) {
                s[i] = (float) (lo + (hi - lo) * i / (s.length - 1));
            }
            samples.add(s);
        }
        return new NetworkResult(spec, layers, samples, lo, hi);
    }

    /** Draws the chart and returns the first panel's tick labels as [left, right] pixel extents. */
    private static List<double[]> labelExtents(LayerHistogramChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.getChart().draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
            Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
            XYPlot first = ((CombinedRangeXYPlot) chart.getChart().getPlot()).getSubplots().get(0);
            PanelAxis x = (PanelAxis) first.getDomainAxis();
            FontMetrics fm = g2.getFontMetrics(x.getTickLabelFont());
            List<double[]> extents = new ArrayList<>();
            for (Object t : x.refreshTicks(g2, new AxisState(), area, RectangleEdge.BOTTOM)) {
                if (t instanceof NumberTick n && !n.getText().isEmpty()) {
                    double centre = x.valueToJava2D(n.getValue(), area, RectangleEdge.BOTTOM);
                    double half = fm.stringWidth(n.getText()) / 2.0;
                    extents.add(new double[] {centre - half, centre + half});
                }
            }
            return extents;
        } finally {
            g2.dispose();
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1", "-1, 1, 1", "0, 5, 1", "-1, 1, 1.6", "0, 1, 1.6", "0.0001, 0.9999, 1"})
    void theLabelsNeverTouchAndAWideChartKeepsTheClosestStep(double lo, double hi, double scale) {
        LayerHistogramChart chart = new LayerHistogramChart();
        chart.setStyle(ChartStyle.DEFAULT.withScale(scale));
        NetworkResult r = run(lo, hi);
        chart.update(r, LayerHistograms.of(r, LayerHistogramChart.BINS), "h", l -> "L" + l);
        for (int width : new int[] {300, 390, 500, 700, 1000, 1600}) {
            List<double[]> labels = labelExtents(chart, width, 300);
            assertThat(labels).as("width " + width).isNotEmpty();
            for (int i = 1; i < labels.size(); i++) {
                assertThat(labels.get(i)[0] - labels.get(i - 1)[1]).as("gap at width " + width)
                        .isGreaterThanOrEqualTo(2);
            }
        }
        // wide, every tick of the closest step: 0, 0.5, 1 over [0, 1]; −1 to 1 by 0.5; 0.5 alone inside (0, 1)
        double step = LayerHistogramChart.niceStep(hi - lo);
        long ticks = Math.round(Math.floor(hi / step) - Math.ceil(lo / step) + 1);
        assertThat(labelExtents(chart, 2400, 300)).hasSize((int) ticks);
    }
}
