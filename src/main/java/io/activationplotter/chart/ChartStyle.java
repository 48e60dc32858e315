package io.activationplotter.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look every chart takes: a theme (light or dark), a size factor for fonts and line widths
 * (1, or 1.6 in presentation mode) and the font family of the language shown. Immutable; a chart
 * given a new style restyles itself with one change event (see {@link Styleable}).
 *
 * @param theme       the theme.
 * @param scale       the size factor of fonts and line widths, from 0.5 to 4.
 * @param fontFamily  the font family, for example {@link Font#SANS_SERIF} or {@link ChartLook#CJK_FAMILY}.
 */
public record ChartStyle(ChartLook.Theme theme, double scale, String fontFamily) {

    /** The light theme at scale 1 in the default sans-serif family: exports and the CLI unless told otherwise. */
    public static final ChartStyle DEFAULT = new ChartStyle(ChartLook.Theme.LIGHT, 1, Font.SANS_SERIF);

    private static final float CURVE_WIDTH = 1.8f;
    private static final float EMPHASISED_WIDTH = 2.6f;
    /** Per line style: the dash pattern of f (null for solid) and of f'. */
    private static final float[][][] DASHES = {
        {null, {7f, 5f}},
        {{10f, 3f, 2f, 3f}, {2f, 3f}},
        {{16f, 5f}, {7f, 3f, 2f, 3f, 2f, 3f}},
    };

    /** Checks the fields. */
    public ChartStyle {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(fontFamily, "fontFamily");
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be from 0.5 to 4: " + scale);
        }
    }

    /**
     * Returns the default style in a theme.
     *
     * @param theme  the theme ({@code null} not permitted).
     * @return the style.
     */
    public static ChartStyle of(ChartLook.Theme theme) {
        return DEFAULT.withTheme(theme);
    }

    /**
     * @param theme  the theme ({@code null} not permitted).
     * @return a copy in another theme.
     */
    public ChartStyle withTheme(ChartLook.Theme theme) {
        return new ChartStyle(theme, scale, fontFamily);
    }

    /**
     * @param scale  the size factor, from 0.5 to 4.
     * @return a copy with another size factor.
     */
    public ChartStyle withScale(double scale) {
        return new ChartStyle(theme, scale, fontFamily);
    }

    /**
     * @param fontFamily  the family ({@code null} not permitted).
     * @return a copy in another font family.
     */
    public ChartStyle withFontFamily(String fontFamily) {
        return new ChartStyle(theme, scale, fontFamily);
    }

    /**
     * Returns a copy whose font family can display a text: this style's family unless it is the
     * default sans-serif, which is replaced by {@link ChartLook#familyFor(String)} when needed.
     *
     * @param text  the text ({@code null} not permitted).
     * @return the style.
     */
    public ChartStyle forText(String text) {
        return Font.SANS_SERIF.equals(fontFamily) ? withFontFamily(ChartLook.familyFor(text)) : this;
    }

    // ---------------------------------------------------------------- fonts

    /**
     * Returns a font like another, in this style's family and scaled by its factor.
     *
     * @param base  the font at scale 1 ({@code null} not permitted).
     * @return the font.
     */
    public Font font(Font base) {
        return ChartLook.derive(base, fontFamily, scale);
    }

    /** @return the font of chart titles. */
    public Font titleFont() {
        return font(ChartLook.TITLE_FONT);
    }

    /** @return the font of axis tick labels. */
    public Font tickFont() {
        return font(ChartLook.TICK_FONT);
    }

    /** @return the font of axis labels. */
    public Font labelFont() {
        return font(ChartLook.LABEL_FONT);
    }

    /**
     * Returns a font like another in this style's family, or, when that family cannot show a text
     * (the CJK font has no superscript n, as in the depth chart's |f′(x)|ⁿ), in a family that can.
     *
     * @param base  the font at scale 1 ({@code null} not permitted).
     * @param text  the text to show ({@code null} permitted: this style's family).
     * @return the font.
     */
    public Font fontShowing(Font base, String text) {
        Font f = font(base);
        if (text == null || f.canDisplayUpTo(text) == -1) {
            return f;
        }
        return ChartLook.derive(base, ChartLook.familyFor(text), scale);
    }

    /** @return the font of legend items, subtitles and value labels. */
    public Font legendFont() {
        return font(ChartLook.LEGEND_FONT);
    }

    // ---------------------------------------------------------------- curves

    /**
     * Returns the colour of a curve in this style's theme.
     *
     * @param slot  the curve's slot from {@link FunctionColors#assign(java.util.List)} ({@code null} not permitted).
     * @return the colour.
     */
    public Color curveColor(FunctionColors.Slot slot) {
        return slot.hue().color(theme);
    }

    /**
     * Returns the stroke of a curve: its line style's dashes, f' dashed differently from f, widened
     * by this style's factor.
     *
     * @param slot        the curve's slot ({@code null} not permitted).
     * @param derivative  {@code true} for f'.
     * @param emphasised  {@code true} for the selected curve (thicker).
     * @return the stroke.
     */
    public Stroke curveStroke(FunctionColors.Slot slot, boolean derivative, boolean emphasised) {
        float width = (float) ((emphasised ? EMPHASISED_WIDTH : CURVE_WIDTH) * scale);
        float[] dash = DASHES[slot.lineStyle()][derivative ? 1 : 0];
        if (dash == null) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            scaled[i] = (float) (dash[i] * scale);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
    }

    /**
     * Returns a plain line stroke of a width at scale 1, widened by this style's factor.
     *
     * @param width  the width at scale 1.
     * @return the stroke.
     */
    public Stroke line(float width) {
        return new BasicStroke((float) (width * scale));
    }

    // ---------------------------------------------------------------- applying

    /**
     * Applies the background, grid, axes, title and legend of this style to a chart with an
     * {@link XYPlot} or a {@link CategoryPlot}; series colours are set by each chart. The caller
     * turns chart notification off around the call if it wants one change event.
     *
     * @param chart  the chart ({@code null} not permitted).
     */
    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(theme.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(theme.background());
        plot.setOutlinePaint(theme.outline());
        if (plot instanceof XYPlot xy) {
            applyXY(xy);
        } else if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(theme.grid());
            cp.setRangeGridlineStroke(line(1f));
            styleAxis(cp.getDomainAxis());
            styleAxis(cp.getRangeAxis());
        }
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(titleFont());
            title.setPaint(theme.text());
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(legendFont());
            legend.setItemPaint(theme.text());
            legend.setBackgroundPaint(theme.background());
            legend.setFrame(BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 10));
        }
    }

    private void applyXY(XYPlot plot) {
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setDomainGridlineStroke(line(1f));
        plot.setRangeGridlineStroke(line(1f));
        plot.setDomainZeroBaselinePaint(theme.zeroLine());
        plot.setRangeZeroBaselinePaint(theme.zeroLine());
        styleAxis(plot.getDomainAxis());
        styleAxis(plot.getRangeAxis());
        // Wider insets make the automatic tick units coarser: about one label per 90 px across, 50 px up.
        plot.getDomainAxis().setTickLabelInsets(new RectangleInsets(4, 24, 2, 24));
        plot.getRangeAxis().setTickLabelInsets(new RectangleInsets(12, 4, 12, 6));
    }

    private void styleAxis(Axis axis) {
        axis.setTickLabelFont(tickFont());
        axis.setLabelFont(fontShowing(ChartLook.LABEL_FONT, axis.getLabel()));
        axis.setTickLabelPaint(theme.text());
        axis.setLabelPaint(theme.text());
        axis.setAxisLinePaint(theme.outline());
        axis.setTickMarkPaint(theme.outline());
        axis.setAxisLineStroke(line(1f));
        axis.setTickMarkStroke(line(1f));
    }
}
