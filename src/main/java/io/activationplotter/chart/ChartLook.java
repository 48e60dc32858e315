package io.activationplotter.chart;

import io.activationplotter.model.saturation.RegionKind;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The constants of our look: the light and dark themes, the fills of saturation shading and the
 * base fonts at scale 1. Charts take them through a {@link ChartStyle}, the same on screen and in
 * exports; curve colours come from {@link FunctionColors} and {@link Palette}.
 */
public final class ChartLook {

    /** Fill for hard saturation (f' = 0 exactly) in the light theme. */
    public static final Color HARD_FILL = new Color(230, 159, 0, 70);
    /** Fill for soft saturation (f' → 0 only in the limit) in the light theme. */
    public static final Color SOFT_FILL = new Color(86, 180, 233, 66);
    /** Fill for interior low-gradient zones (not saturation) in the light theme. */
    public static final Color LOW_FILL = new Color(140, 140, 140, 50);

    /** The font of the chart title at scale 1. */
    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    /** The font of tick labels at scale 1. */
    public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** The font of axis labels at scale 1. */
    public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    /** The font of legend items, subtitles and value labels at scale 1. */
    public static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /**
     * Room around a small chart's title: the top tick label of a plot reaches above its data area, and
     * without room under the title the two touch (most visibly with CJK glyphs).
     */
    public static final RectangleInsets TITLE_PADDING = new RectangleInsets(2, 2, 10, 2);

    /** The colours of a theme other than the curves' (see {@link Palette#color(Theme)}). */
    public enum Theme {
        /** White background, dark text: for print and the default on screen. */
        LIGHT(Color.WHITE, new Color(0x222222), new Color(0x444444), new Color(0xE3E3E3), new Color(0xBBBBBB),
                new Color(0x999999), HARD_FILL, SOFT_FILL, LOW_FILL),
        /** Near-black background, light text: for slides and dark rooms. */
        DARK(new Color(0x1E1F22), new Color(0xE8E8E8), new Color(0xC8C8C8), new Color(0x3A3C40),
                new Color(0x5A5D63), new Color(0x8A8D93), new Color(230, 159, 0, 72), new Color(86, 180, 233, 72),
                new Color(200, 200, 200, 34));

        private final Color background;
        private final Color text;
        private final Color secondaryText;
        private final Color grid;
        private final Color outline;
        private final Color zeroLine;
        private final Color hardFill;
        private final Color softFill;
        private final Color lowFill;

        Theme(Color background, Color text, Color secondaryText, Color grid, Color outline, Color zeroLine,
                Color hardFill, Color softFill, Color lowFill) {
            this.background = background;
            this.text = text;
            this.secondaryText = secondaryText;
            this.grid = grid;
            this.outline = outline;
            this.zeroLine = zeroLine;
            this.hardFill = hardFill;
            this.softFill = softFill;
            this.lowFill = lowFill;
        }

        /** @return the chart and plot background. */
        public Color background() {
            return background;
        }

        /** @return the colour of titles, labels and legend text. */
        public Color text() {
            return text;
        }

        /** @return the colour of the saturation subtitle and of the outline of shading swatches. */
        public Color secondaryText() {
            return secondaryText;
        }

        /** @return the grid-line colour. */
        public Color grid() {
            return grid;
        }

        /** @return the colour of the plot outline, axis lines and tick marks. */
        public Color outline() {
            return outline;
        }

        /** @return the colour of the zero baselines. */
        public Color zeroLine() {
            return zeroLine;
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
     * Removes every background fill (chart, plot, legend), for exports on a transparent background.
     *
     * @param chart  the chart ({@code null} not permitted).
     */
    public static void clearBackgrounds(JFreeChart chart) {
        chart.setBackgroundPaint(null);
        chart.getPlot().setBackgroundPaint(null);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(null);
        }
    }

    /** The font family used when the default sans-serif font cannot show a text (Debian: fonts-noto-cjk). */
    public static final String CJK_FAMILY = "Noto Sans CJK SC";

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
     * Initialises AWT's font system and the glyph maps of the families {@link #familyFor(String)} picks
     * from (fontconfig is read on first use: ~55 ms in a fresh JVM, ~15 ms more for the CJK family), so
     * that the first chart built does not wait for them. Thread-safe; meant for a background thread
     * started before the window is built.
     */
    public static void warmUpFonts() {
        familyFor("Sigmoid f′(x) α σ ≤ 0.5");
        familyFor("饱和 f′(x)");
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
}
