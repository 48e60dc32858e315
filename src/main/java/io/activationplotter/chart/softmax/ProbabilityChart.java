package io.activationplotter.chart.softmax;

import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.FunctionColors;
import io.activationplotter.chart.Palette;
import io.activationplotter.chart.Styleable;
import java.text.DecimalFormat;
import java.util.Objects;
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

/** A bar chart of softmax probabilities, one bar per logit, each labelled with its value; bars are the palette's blue. */
public final class ProbabilityChart implements Styleable {

    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final BarRenderer renderer = new BarRenderer();
    private final JFreeChart chart;
    private ChartStyle style = ChartStyle.DEFAULT;

    /** Creates an empty chart; call {@link #update(double[], double[])} to fill it. */
    public ProbabilityChart() {
        NumberAxis y = new NumberAxis("probability");
        y.setRange(0, 1.08);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.15);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0000")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("logit"), y, renderer);
        chart = new JFreeChart("softmax(z / \u03c4)", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        // room under the title: in Chinese (the CJK font's glyphs reach lower than AWT measures) the
        // plot's top edge cut the title's lower half
        chart.getTitle().setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 10, 2));
        applyStyle();
    }

    @Override
    public ChartStyle getStyle() {
        return style;
    }

    /**
     * Restyles background, text, grid, fonts and bars with one chart change event.
     *
     * @param style  the style ({@code null} not permitted).
     */
    @Override
    public void setStyle(ChartStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        Styleable.inOneEvent(chart, this::applyStyle);
    }

    /** The style, in a font family that can display the title and axis labels. */
    private void applyStyle() {
        CategoryPlot plot = chart.getCategoryPlot();
        ChartStyle s = style.forText(chart.getTitle().getText() + plot.getDomainAxis().getLabel()
                + plot.getRangeAxis().getLabel());
        s.apply(chart);
        renderer.setSeriesPaint(0, s.curveColor(new FunctionColors.Slot(Palette.BLUE, 0)), false);
        renderer.setDefaultItemLabelFont(s.legendFont(), false);
        renderer.setDefaultItemLabelPaint(s.theme().text(), false);
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
        Styleable.inOneEvent(chart, () -> {
            chart.setTitle(title);
            chart.getCategoryPlot().getDomainAxis().setLabel(xLabel);
            chart.getCategoryPlot().getRangeAxis().setLabel(yLabel);
            applyStyle();
        });
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
        Styleable.inOneEvent(chart, () -> {
            dataset.clear();
            for (int i = 0; i < probabilities.length; i++) {
                dataset.addValue(probabilities[i], "p", "z" + subscript(i + 1) + " = " + logits[i]);
            }
        });
    }

    private static String subscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) ('\u2080' + (c - '0')));
        }
        return b.toString();
    }
}
