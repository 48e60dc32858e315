package io.activationplotter.chart;

import io.activationplotter.model.saturation.Region;
import io.activationplotter.model.saturation.RegionKind;
import io.activationplotter.model.saturation.SaturationReport;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * The chart of f and f' with shaded saturated regions. It is built once; {@link #update(FigureSpec, int)}
 * resamples the curves that changed in place and replaces markers and legend with a single chart
 * change event, so a slider tick costs one redraw.
 */
public final class ActivationChart implements Styleable {

    /** The default number of uniform samples per curve. */
    public static final int DEFAULT_SAMPLES = 2001;

    private final CurveDataset dataset = new CurveDataset();
    private final CurveSamples samplesCache = new CurveSamples();
    private final ColumnLineRenderer renderer = new ColumnLineRenderer();
    private final XYPlot plot;
    private final JFreeChart chart;
    private final TextTitle saturationLabel = new TextTitle("");
    private FigureSpec spec;
    private SaturationReport saturation;
    private ChartStyle style = ChartStyle.DEFAULT;
    private List<FunctionColors.Slot> slots = List.of();
    private LegendPosition legendPosition = LegendPosition.BOTTOM;
    private ChartLabels labels = ChartLabels.ENGLISH;
    private ChartOverlay overlay = ChartOverlay.NONE;
    private final SaturationMemo saturationMemo = new SaturationMemo();

    /** Creates an empty chart; call {@link #update(FigureSpec, int)} to fill it. */
    public ActivationChart() {
        NumberAxis xAxis = new NumberAxis("x");
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis("f(x), f′(x)");
        yAxis.setAutoRangeIncludesZero(false);
        yAxis.setUpperMargin(0.08);
        yAxis.setLowerMargin(0.08);
        plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        saturationLabel.setPosition(RectangleEdge.TOP);
        chart.addSubtitle(0, saturationLabel); // before the legend, so a top legend sits below it
        applyStyle();
        chart.getLegend().setPosition(legendPosition.edge());
    }

    /**
     * Sets extra markings drawn after the shading and legend at every update and restyle (precision lens).
     *
     * @param overlay  the overlay ({@code null} not permitted; {@link ChartOverlay#NONE} for none).
     */
    public void setOverlay(ChartOverlay overlay) {
        this.overlay = Objects.requireNonNull(overlay, "overlay");
    }

    /** @return the chart (for a ChartViewer or an exporter). */
    public JFreeChart getChart() {
        return chart;
    }

    /** @return the curves' renderer: decimation on screen ({@link ColumnLineRenderer#setDecimating}), points drawn. */
    public ColumnLineRenderer getRenderer() {
        return renderer;
    }

    /** @return the dataset: for curve i, series 2i is f and series 2i+1 is f'. */
    public CurveDataset getDataset() {
        return dataset;
    }

    /** @return the last spec drawn, or {@code null} before the first update. */
    public FigureSpec getSpec() {
        return spec;
    }

    /** @return the saturation report of the selected curve, or {@code null} if none is selected. */
    public SaturationReport getSaturation() {
        return saturation;
    }

    /** @return the theme (light unless changed). */
    public ChartLook.Theme getTheme() {
        return style.theme();
    }

    /**
     * Switches between the light and the dark theme, keeping the rest of the style; one chart change event.
     *
     * @param theme  the theme ({@code null} not permitted).
     */
    public void setTheme(ChartLook.Theme theme) {
        setStyle(style.withTheme(theme));
    }

    @Override
    public ChartStyle getStyle() {
        return style;
    }

    /**
     * Restyles background, text, grid, fonts, curves, shading and legend with one chart change event.
     *
     * @param style  the style ({@code null} not permitted).
     */
    @Override
    public void setStyle(ChartStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        restyle();
    }

    /** @return the words shown on the chart ({@link ChartLabels#ENGLISH} unless changed). */
    public ChartLabels getLabels() {
        return labels;
    }

    /**
     * Changes the words shown on the chart (axis labels, legend, subtitle), choosing a font that can
     * display them, with one chart change event.
     *
     * @param labels  the words ({@code null} not permitted).
     */
    public void setLabels(ChartLabels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        restyle();
    }

    /** @return the size factor for fonts and line widths (1 unless changed). */
    public double getScale() {
        return style.scale();
    }

    /**
     * Scales fonts and line widths (presentation mode), keeping the rest of the style; one chart change event.
     *
     * @param scale  the factor, from 0.5 to 4.
     */
    public void setScale(double scale) {
        setStyle(style.withScale(scale));
    }

    private void restyle() {
        chart.setNotify(false);
        try {
            plot.getDomainAxis().setLabel(labels.xAxis());
            plot.getRangeAxis().setLabel(labels.yAxis(spec == null || spec.showDerivatives()));
            applyStyle();
            if (spec != null) {
                styleSeries(spec);
                shade(spec);
                plot.setFixedLegendItems(legend(spec));
                saturationLabel.setText(saturationText(spec));
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** The style, in a font family that can display the labels and the title. */
    private void applyStyle() {
        ChartStyle s = style.forText(labels.sample() + (chart.getTitle() == null ? "" : chart.getTitle().getText()));
        s.apply(chart);
        saturationLabel.setFont(s.legendFont());
        saturationLabel.setPaint(style.theme().secondaryText());
    }

    /** @return where the legend is ({@link LegendPosition#BOTTOM} unless changed). */
    public LegendPosition getLegendPosition() {
        return legendPosition;
    }

    /**
     * Moves the legend to one side of the chart, or hides it.
     *
     * @param position  the position ({@code null} not permitted).
     */
    public void setLegendPosition(LegendPosition position) {
        this.legendPosition = Objects.requireNonNull(position, "position");
        LegendTitle legend = chart.getLegend();
        chart.setNotify(false);
        try {
            legend.setVisible(position != LegendPosition.NONE);
            if (position != LegendPosition.NONE) {
                legend.setPosition(position.edge());
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /**
     * Shows a title above the chart, or none.
     *
     * @param title  the text; {@code null} or blank for no title.
     */
    public void setTitle(String title) {
        if (title == null || title.isBlank()) {
            chart.setTitle((TextTitle) null);
            return;
        }
        TextTitle t = new TextTitle(title.strip(), style.forText(title).titleFont());
        t.setPaint(style.theme().text());
        t.setMargin(new RectangleInsets(0, 0, 4, 0));
        chart.setTitle(t);
    }

    /**
     * Returns the automatic title for a spec: the function names in legend order, for example
     * {@code Sigmoid, ReLU}.
     *
     * @param spec  the spec ({@code null} not permitted).
     * @return the title (empty when the spec has no curves).
     */
    public static String defaultTitle(FigureSpec spec) {
        return spec.curves().stream().map(Curve::label).distinct().collect(Collectors.joining(", "));
    }

    /**
     * Redraws for a new spec with one chart change event. Only what the spec changed is redone: a
     * curve drawn before (the same {@link Curve} object over the same range and density) keeps its
     * samples, the saturation analysis runs again only for a new selected curve or threshold, and the
     * series' look, the shading, the legend and the axis ranges are set only when they differ.
     *
     * @param spec     what to show ({@code null} not permitted).
     * @param samples  uniform samples per curve (at least 2; use at least one per horizontal pixel).
     */
    public void update(FigureSpec spec, int samples) {
        chart.setNotify(false);
        try {
            FigureSpec was = this.spec;
            this.spec = spec;
            fillDataset(spec, Math.max(2, samples));
            boolean sameCurves = was != null && types(was).equals(types(spec)) && was.selected() == spec.selected()
                    && was.showDerivatives() == spec.showDerivatives();
            if (!sameCurves) {
                styleSeries(spec);
            }
            SaturationReport before = saturation;
            saturation = saturationMemo.of(spec);
            boolean newSaturation = was == null || saturation != before;
            if (newSaturation || was.xMin() != spec.xMin() || was.xMax() != spec.xMax()) {
                shade(spec);
            }
            if (newSaturation || !sameCurves) {
                plot.setFixedLegendItems(legend(spec));
                saturationLabel.setText(saturationText(spec));
            }
            ValueAxis x = plot.getDomainAxis();
            if (x.getLowerBound() != spec.xMin() || x.getUpperBound() != spec.xMax()) {
                x.setRange(spec.xMin(), spec.xMax());
            }
            Range y = samplesCache.yRange(spec.showDerivatives());
            if (!y.equals(plot.getRangeAxis().getRange())) {
                plot.getRangeAxis().setRange(y);
            }
            String yLabel = labels.yAxis(spec.showDerivatives());
            if (!yLabel.equals(plot.getRangeAxis().getLabel())) {
                plot.getRangeAxis().setLabel(yLabel);
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** @return how many curves the last {@link #update(FigureSpec, int)} sampled; the others kept their samples. */
    public int getResampledCurves() {
        return samplesCache.resampled();
    }

    /** @return how many times the saturation analysis has run for this chart. */
    public int getSaturationAnalyses() {
        return saturationMemo.analyses();
    }

    /** @return the curves' ids and legend labels, which decide their colours, strokes and legend lines. */
    private static List<String> types(FigureSpec spec) {
        return spec.curves().stream().map(c -> c.type().id() + '\n' + c.label()).toList();
    }

    private void fillDataset(FigureSpec spec, int samples) {
        List<String> keys = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        for (CurveSamples.Entry e : samplesCache.update(spec, samples)) {
            SampledCurve s = e.samples();
            keys.add(e.curve().type().id());
            xs.add(s.fx());
            ys.add(s.fy());
            keys.add(e.curve().type().id() + "'");
            xs.add(s.dx());
            ys.add(s.dy());
        }
        if (!dataset.holds(keys, xs, ys)) {
            dataset.replaceAll(keys, xs, ys);
        }
    }

    private void styleSeries(FigureSpec spec) {
        slots = FunctionColors.assign(spec.curves().stream().map(c -> c.type().id()).toList());
        for (int i = 0; i < spec.curves().size(); i++) {
            boolean emphasised = i == spec.selected() && spec.curves().size() > 1;
            FunctionColors.Slot slot = slots.get(i);
            Paint paint = style.curveColor(slot);
            renderer.setSeriesPaint(2 * i, paint, false);
            renderer.setSeriesPaint(2 * i + 1, paint, false);
            renderer.setSeriesStroke(2 * i, style.curveStroke(slot, false, emphasised), false);
            renderer.setSeriesStroke(2 * i + 1, style.curveStroke(slot, true, emphasised), false);
            renderer.setSeriesVisible(2 * i + 1, spec.showDerivatives(), false);
        }
    }

    private void shade(FigureSpec spec) {
        plot.clearDomainMarkers();
        double span = spec.xMax() - spec.xMin();
        double lo = spec.xMin() - 10 * span;
        double hi = spec.xMax() + 10 * span;
        overlay.shade(plot, style, lo, hi);
        if (saturation == null) {
            return;
        }
        for (Region r : saturation.regions()) {
            IntervalMarker m = new IntervalMarker(Math.max(lo, r.start()), Math.min(hi, r.end()));
            m.setPaint(style.theme().fill(shownKind(r)));
            m.setOutlinePaint(null);
            plot.addDomainMarker(0, m, Layer.BACKGROUND, false);
        }
    }

    /**
     * Returns the fill used for a region kind in the light theme; see {@link ChartLook.Theme#fill(RegionKind)}.
     *
     * @param kind  the kind.
     * @return the translucent fill.
     */
    public static Color fill(RegionKind kind) {
        return ChartLook.Theme.LIGHT.fill(kind);
    }

    private LegendItemCollection legend(FigureSpec spec) {
        LegendItemCollection items = new LegendItemCollection();
        Line2D line = new Line2D.Double(-9 * style.scale(), 0, 9 * style.scale(), 0);
        for (int i = 0; i < spec.curves().size(); i++) {
            String name = spec.curves().get(i).label();
            items.add(lineItem(name, line, slots.get(i), false));
            if (spec.showDerivatives()) {
                items.add(lineItem(name + "′", line, slots.get(i), true));
            }
        }
        if (saturation != null) {
            String t = ChartLabels.number(spec.threshold());
            addShadeItem(items, RegionKind.HARD, labels.hardSaturation());
            addShadeItem(items, RegionKind.SOFT, labels.format(labels.softSaturation(), t));
            addShadeItem(items, RegionKind.LOW_GRADIENT, labels.format(labels.lowGradient(), t));
        }
        overlay.legend(items, style);
        return items;
    }

    private void addShadeItem(LegendItemCollection items, RegionKind kind, String label) {
        if (saturation.regions().stream().anyMatch(r -> shownKind(r) == kind)) {
            double half = 7 * style.scale();
            // outlined, so a faint fill still reads as a swatch on the dark background
            items.add(new LegendItem(label, null, null, null, new Rectangle2D.Double(-half, -half, 2 * half, 2 * half),
                    style.theme().fill(kind), style.line(1f), style.theme().secondaryText()));
        }
    }

    private LegendItem lineItem(String label, Line2D line, FunctionColors.Slot slot, boolean dashed) {
        Color color = style.curveColor(slot);
        return new LegendItem(label, null, null, null, false, line, false, color, false, color,
                style.curveStroke(slot, dashed, false), true, line, style.curveStroke(slot, dashed, false), color);
    }

    /**
     * Returns how a region is shown: a side that is below T here but does not saturate (f′ tends to a
     * non-zero limit) is shaded and named as a low-gradient zone, not as saturation.
     */
    private RegionKind shownKind(Region r) {
        Curve selected = spec == null ? null : spec.selectedCurve();
        if (selected != null && r.isSaturation() && !r.isWholeLine()
                && ChartLabels.belowWithoutSaturating(selected.function(), spec.threshold(),
                        r.start() == Double.NEGATIVE_INFINITY)) {
            return RegionKind.LOW_GRADIENT;
        }
        return r.kind();
    }

    private String saturationText(FigureSpec spec) {
        Curve selected = spec.selectedCurve();
        if (saturation == null || selected == null) {
            return "";
        }
        List<String> where = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Region r : saturation.saturated()) {
            boolean left = r.start() == Double.NEGATIVE_INFINITY;
            if (!r.isWholeLine() && ChartLabels.belowWithoutSaturating(selected.function(), spec.threshold(), left)) {
                notes.add(labels.belowNote(selected.function(), left));
            } else {
                where.add(r.isWholeLine() ? labels.allX() : r.describe(ChartLabels.DIGITS));
            }
        }
        String text = labels.format(labels.saturatedWhere(), selected.label(), ChartLabels.number(spec.threshold()),
                where.isEmpty() ? labels.none() : String.join(", ", where));
        notes.add(0, text);
        return String.join("; ", notes);
    }
}
