package io.activationplotter.chart.softmax;

import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.Palette;
import java.awt.Font;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** A bar chart of softmax probabilities, one bar per logit, each labelled with its value. */
public final class ProbabilityChart {

    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;

    /** Creates an empty chart; call {@link #update(double[], double[])} to fill it. */
    public ProbabilityChart() {
        NumberAxis y = new NumberAxis("probability");
        y.setRange(0, 1.08);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.color(0));
        renderer.setMaximumBarWidth(0.15);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0000")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("logit"), y, renderer);
        plot.setBackgroundPaint(ChartLook.Theme.LIGHT.background());
        plot.setRangeGridlinePaint(ChartLook.Theme.LIGHT.grid());
        chart = new JFreeChart("softmax(z / \u03c4)", new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
        chart.setBackgroundPaint(ChartLook.Theme.LIGHT.background());
    }

    /** @return the chart. */
    public JFreeChart getChart() {
        return chart;
    }

    /**
     * Sets the title and axis labels (for translations).
     *
     * @param title   the title ({@code null} not permitted).
     * @param xLabel  the category axis label ({@code null} not permitted).
     * @param yLabel  the value axis label ({@code null} not permitted).
     */
    public void setLabels(String title, String xLabel, String yLabel) {
        chart.setNotify(false);
        try {
            chart.setTitle(title);
            chart.getTitle().setFont(new Font(ChartLook.familyFor(title), Font.BOLD, 16));
            chart.getCategoryPlot().getDomainAxis().setLabel(xLabel);
            chart.getCategoryPlot().getRangeAxis().setLabel(yLabel);
            for (org.jfree.chart.axis.Axis axis : new org.jfree.chart.axis.Axis[] {
                chart.getCategoryPlot().getDomainAxis(), chart.getCategoryPlot().getRangeAxis()}) {
                Font f = axis.getLabelFont();
                axis.setLabelFont(new Font(ChartLook.familyFor(axis.getLabel() == null ? "" : axis.getLabel()),
                        f.getStyle(), f.getSize()));
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** @return the dataset: one row ("p"), one column per logit. */
    public DefaultCategoryDataset getDataset() {
        return dataset;
    }

    /**
     * Replaces the bars with one chart change event.
     *
     * @param logits         the logits, for the bar names ({@code null} not permitted).
     * @param probabilities  the probabilities, as many as logits ({@code null} not permitted).
     */
    public void update(double[] logits, double[] probabilities) {
        chart.setNotify(false);
        try {
            dataset.clear();
            for (int i = 0; i < probabilities.length; i++) {
                dataset.addValue(probabilities[i], "p", "z" + subscript(i + 1) + " = " + logits[i]);
            }
        } finally {
            chart.setNotify(true);
        }
    }

    private static String subscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) ('\u2080' + (c - '0')));
        }
        return b.toString();
    }
}
