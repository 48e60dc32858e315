package io.activationplotter.chart;

import io.activationplotter.model.saturation.RegionKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/** Our look: a light or dark theme with readable fonts; the same on screen and in exports. */
public final class ChartLook {

    /** Fill for hard saturation (f' = 0 exactly) in the light theme. */
    public static final Color HARD_FILL = new Color(230, 159, 0, 70);
    /** Fill for soft saturation (f' → 0 only in the limit) in the light theme. */
    public static final Color SOFT_FILL = new Color(86, 180, 233, 60);
    /** Fill for interior low-gradient zones (not saturation) in the light theme. */
    public static final Color LOW_FILL = new Color(140, 140, 140, 38);

    /** The font of the chart title. */
    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /** The colours of a theme; curve colours are Okabe–Ito in an order readable on the background. */
    public enum Theme {
        /** White background, dark text: for print and the default on screen. */
        LIGHT(Color.WHITE, new Color(0x222222), new Color(0x444444), new Color(0xE3E3E3), new Color(0xBBBBBB),
                new Color(0x999999), HARD_FILL, SOFT_FILL, LOW_FILL,
                new int[] {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000, 0xF0E442}),
        /** Near-black background, light text: for slides and dark rooms. */
        DARK(new Color(0x1E1F22), new Color(0xE8E8E8), new Color(0xC8C8C8), new Color(0x3A3C40),
                new Color(0x5A5D63), new Color(0x8A8D93), new Color(230, 159, 0, 72), new Color(86, 180, 233, 72),
                new Color(200, 200, 200, 34),
                new int[] {0x56B4E9, 0xE69F00, 0x009E73, 0xCC79A7, 0xF0E442, 0xD55E00, 0xEEEEEE, 0x3C9BE0});

        private final Color background;
        private final Color text;
        private final Color secondaryText;
        private final Color grid;
        private final Color outline;
        private final Color zeroLine;
        private final Color hardFill;
        private final Color softFill;
        private final Color lowFill;
        private final Color[] curves;

        Theme(Color background, Color text, Color secondaryText, Color grid, Color outline, Color zeroLine,
                Color hardFill, Color softFill, Color lowFill, int[] curves) {
            this.background = background;
            this.text = text;
            this.secondaryText = secondaryText;
            this.grid = grid;
            this.outline = outline;
            this.zeroLine = zeroLine;
            this.hardFill = hardFill;
            this.softFill = softFill;
            this.lowFill = lowFill;
            this.curves = new Color[curves.length];
            for (int i = 0; i < curves.length; i++) {
                this.curves[i] = new Color(curves[i]);
            }
        }

        /** @return the chart and plot background. */
        public Color background() {
            return background;
        }

        /** @return the colour of titles, labels and legend text. */
        public Color text() {
            return text;
        }

        /** @return the colour of the saturation subtitle. */
        public Color secondaryText() {
            return secondaryText;
        }

        /** @return the grid-line colour. */
        public Color grid() {
            return grid;
        }

        /**
         * Returns the colour of the i-th curve, cycling through the palette.
         *
         * @param i  the curve index (non-negative).
         * @return the colour.
         */
        public Color curveColor(int i) {
            return curves[i % curves.length];
        }

        /**
         * Returns the translucent fill used to shade a region kind.
         *
         * @param kind  the kind ({@code null} not permitted).
         * @return the fill.
         */
        public Color fill(RegionKind kind) {
            switch (kind) {
                case HARD:
                    return hardFill;
                case SOFT:
                    return softFill;
                default:
                    return lowFill;
            }
        }

        /** @return the lower-case name used on the command line ({@code light}, {@code dark}). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private ChartLook() {
    }

    /**
     * Returns the stroke for a function curve.
     *
     * @param derivative  {@code true} for f' (dashed).
     * @param emphasised  {@code true} for the selected curve (thicker).
     * @return the stroke.
     */
    public static Stroke stroke(boolean derivative, boolean emphasised) {
        float width = emphasised ? 2.6f : 1.8f;
        if (!derivative) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {7f, 5f}, 0f);
    }

    /**
     * Applies the light look to a chart with an {@link XYPlot}.
     *
     * @param chart  the chart ({@code null} not permitted).
     */
    public static void apply(JFreeChart chart) {
        apply(chart, Theme.LIGHT);
    }

    /**
     * Applies a theme's backgrounds, grid, axes, title and legend colours to a chart with an
     * {@link XYPlot}; series colours and shading are set by {@link ActivationChart}.
     *
     * @param chart  the chart ({@code null} not permitted).
     * @param theme  the theme ({@code null} not permitted).
     */
    public static void apply(JFreeChart chart, Theme theme) {
        chart.setBackgroundPaint(theme.background);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(theme.background);
        plot.setOutlinePaint(theme.outline);
        plot.setDomainGridlinePaint(theme.grid);
        plot.setRangeGridlinePaint(theme.grid);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        plot.setDomainZeroBaselinePaint(theme.zeroLine);
        plot.setRangeZeroBaselinePaint(theme.zeroLine);
        styleAxis((NumberAxis) plot.getDomainAxis(), theme);
        styleAxis((NumberAxis) plot.getRangeAxis(), theme);
        // Wider insets make the automatic tick units coarser: about one label per 90 px across, 50 px up.
        plot.getDomainAxis().setTickLabelInsets(new RectangleInsets(4, 24, 2, 24));
        plot.getRangeAxis().setTickLabelInsets(new RectangleInsets(12, 4, 12, 6));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE_FONT);
            title.setPaint(theme.text);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND_FONT);
            legend.setItemPaint(theme.text);
            legend.setBackgroundPaint(theme.background);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 10));
        }
    }

    /**
     * Removes every background fill (chart, plot, legend), for exports on a transparent background.
     *
     * @param chart  the chart ({@code null} not permitted).
     */
    public static void clearBackgrounds(JFreeChart chart) {
        chart.setBackgroundPaint(null);
        chart.getXYPlot().setBackgroundPaint(null);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(null);
        }
    }

    /** The font family used when the default sans-serif font cannot show a text (Debian: fonts-noto-cjk). */
    public static final String CJK_FAMILY = "Noto Sans CJK SC";

    /**
     * Returns the stroke for a function curve, widened by a factor (presentation mode).
     *
     * @param derivative  {@code true} for f' (dashed).
     * @param emphasised  {@code true} for the selected curve (thicker).
     * @param scale       the factor (1 for the normal look).
     * @return the stroke.
     */
    public static Stroke stroke(boolean derivative, boolean emphasised, double scale) {
        if (scale == 1) {
            return stroke(derivative, emphasised);
        }
        float width = (float) ((emphasised ? 2.6 : 1.8) * scale);
        if (!derivative) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {(float) (7 * scale), (float) (5 * scale)}, 0f);
    }

    /**
     * Returns a font family that can display a text: sans-serif for Latin and Greek text, else
     * {@link #CJK_FAMILY} when it is installed and can display the text. Han, kana, hangul and CJK
     * punctuation go to the CJK font even when AWT's logical sans-serif claims them through a
     * fontconfig fallback: on screen the chart is drawn through FXGraphics2D onto a JavaFX canvas,
     * where the logical font maps to a JavaFX font without that fallback.
     *
     * @param text  the text ({@code null} not permitted).
     * @return the family name.
     */
    public static String familyFor(String text) {
        Font sans = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        if (sans.canDisplayUpTo(text) == -1 && !needsCjk(text)) {
            return Font.SANS_SERIF;
        }
        Font cjk = new Font(CJK_FAMILY, Font.PLAIN, 12);
        return cjk.getFamily().equals(CJK_FAMILY) && cjk.canDisplayUpTo(text) == -1 ? CJK_FAMILY : Font.SANS_SERIF;
    }

    private static boolean needsCjk(String text) {
        return text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        });
    }

    /**
     * Re-applies the fonts of {@link #apply(JFreeChart, Theme)} in another family and size factor.
     *
     * @param chart   the chart ({@code null} not permitted).
     * @param family  the font family ({@code null} not permitted).
     * @param scale   the size factor (1 for the normal sizes).
     */
    public static void applyFonts(JFreeChart chart, String family, double scale) {
        XYPlot plot = chart.getXYPlot();
        for (NumberAxis axis : new NumberAxis[] {(NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis()}) {
            axis.setTickLabelFont(derive(TICK_FONT, family, scale));
            axis.setLabelFont(derive(LABEL_FONT, family, scale));
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(derive(TITLE_FONT, family, scale));
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(derive(LEGEND_FONT, family, scale));
        }
    }

    /**
     * Returns a font like another in a family and size factor.
     *
     * @param base    the font ({@code null} not permitted).
     * @param family  the family ({@code null} not permitted).
     * @param scale   the size factor.
     * @return the font.
     */
    public static Font derive(Font base, String family, double scale) {
        return new Font(family, base.getStyle(), (int) Math.round(base.getSize() * scale));
    }

    private static void styleAxis(NumberAxis axis, Theme theme) {
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelPaint(theme.text);
        axis.setLabelPaint(theme.text);
        axis.setAxisLinePaint(theme.outline);
        axis.setTickMarkPaint(theme.outline);
    }
}
