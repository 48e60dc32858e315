package io.activationplotter.chart.network.train;

import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Palette;
import io.activationplotter.chart.Styleable;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Per hidden layer, its units as a stacked bar: dead (vermillion), saturated (orange) and active
 * (green), so each bar is the layer's width.
 */
public final class UnitHealthChart implements Styleable {

    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final StackedBarRenderer renderer = new StackedBarRenderer();
    private final CategoryAxis xAxis = new CategoryAxis("layer");
    private final NumberAxis yAxis = new NumberAxis("units");
    private final JFreeChart chart;
    private ChartStyle style = ChartStyle.DEFAULT;

    /** Creates an empty chart. */
    public UnitHealthChart() {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        yAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(dataset, xAxis, yAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle("");
        chart.getTitle().setPadding(ChartLook.TITLE_PADDING);
        applyStyle();
    }

    @Override
    public ChartStyle getStyle() {
        return style;
    }

    @Override
    public void setStyle(ChartStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        Styleable.inOneEvent(chart, this::applyStyle);
    }

    private void applyStyle() {
        ChartStyle s = style.forText(chart.getTitle().getText() + xAxis.getLabel() + yAxis.getLabel()
                + dataset.getRowKeys());
        s.apply(chart);
        Palette[] hues = {Palette.VERMILLION, Palette.ORANGE, Palette.GREEN};
        for (int i = 0; i < hues.length; i++) {
            renderer.setSeriesPaint(i, hues[i].color(style.theme()), false);
        }
    }

    /** @return the chart. */
    public JFreeChart getChart() {
        return chart;
    }

    /** @return the dataset: rows dead, saturated, active; one column per layer. */
    public DefaultCategoryDataset getDataset() {
        return dataset;
    }

    /**
     * Sets the title and axis labels (one change event).
     *
     * @param title   the title ({@code null} not permitted).
     * @param xLabel  the x-axis label ({@code null} not permitted).
     * @param yLabel  the y-axis label ({@code null} not permitted).
     */
    public void setLabels(String title, String xLabel, String yLabel) {
        Styleable.inOneEvent(chart, () -> {
            chart.getTitle().setText(title);
            xAxis.setLabel(xLabel);
            yAxis.setLabel(yLabel);
            applyStyle();
        });
    }

    /**
     * Replaces the counts (one change event), or leaves the chart as it is (no event) if they and the
     * labels are those shown.
     *
     * @param rows       the labels of dead, saturated and active ({@code null} not permitted).
     * @param layers     the labels of the layers ({@code null} not permitted).
     * @param dead       dead units per layer ({@code null} not permitted).
     * @param saturated  saturated units per layer ({@code null} not permitted).
     * @param width      the units per layer.
     */
    public void update(List<String> rows, List<String> layers, int[] dead, int[] saturated, int width) {
        if (shows(rows, layers, dead, saturated, width)) {
            return;
        }
        Styleable.inOneEvent(chart, () -> {
            dataset.clear();
            for (int l = 0; l < layers.size(); l++) {
                dataset.addValue(dead[l], rows.get(0), layers.get(l));
                dataset.addValue(saturated[l], rows.get(1), layers.get(l));
                dataset.addValue(width - dead[l] - saturated[l], rows.get(2), layers.get(l));
            }
            yAxis.setRange(0, Math.max(1, width));
            applyStyle();
        });
    }

    private boolean shows(List<String> rows, List<String> layers, int[] dead, int[] saturated, int width) {
        if (!dataset.getRowKeys().equals(rows) || !dataset.getColumnKeys().equals(layers)
                || yAxis.getUpperBound() != Math.max(1, width)) {
            return false;
        }
        for (int l = 0; l < layers.size(); l++) {
            if (dataset.getValue(0, l).intValue() != dead[l] || dataset.getValue(1, l).intValue() != saturated[l]
                    || dataset.getValue(2, l).intValue() != width - dead[l] - saturated[l]) {
                return false;
            }
        }
        return true;
    }
}
