package io.activationplotter.export;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.LegendPosition;
import java.util.Objects;

/**
 * How to export a chart. Build with {@link #of(int, int)} and the {@code with...} copy methods.
 *
 * @param width        the width in logical pixels (points for PDF, user units for SVG).
 * @param height       the height in logical pixels.
 * @param scale        the pixel-density factor for PNG (1 to 4; 2 and 3 for high-DPI screens and print).
 * @param theme        light or dark.
 * @param transparent  {@code true} for no background fill, {@code false} for the theme's background.
 * @param showTitle    whether a title is drawn above the chart.
 * @param title        the title text, or {@code null} for the function names ("Sigmoid, ReLU").
 * @param legend       where the legend goes.
 */
public record ExportOptions(int width, int height, double scale, Theme theme, boolean transparent,
        boolean showTitle, String title, LegendPosition legend) {

    /** The largest width or height accepted. */
    public static final int MAX_SIZE = 10_000;
    /** The largest PNG accepted, in pixels (width·scale × height·scale). */
    public static final long MAX_PIXELS = 120_000_000L;

    /** Checks the fields. */
    public ExportOptions {
        if (width < 16 || height < 16 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 16x16 to " + MAX_SIZE + "x" + MAX_SIZE
                    + ", got " + width + "x" + height);
        }
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be from 1 to 4, got " + scale);
        }
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(legend, "legend");
        if (title != null && title.isBlank()) {
            title = null;
        }
    }

    /**
     * Creates options with the light theme, a white background, the automatic title and the legend
     * at the bottom.
     *
     * @param width   the width.
     * @param height  the height.
     * @param scale   the PNG scale.
     */
    public ExportOptions(int width, int height, double scale) {
        this(width, height, scale, Theme.LIGHT, false, true, null, LegendPosition.BOTTOM);
    }

    /**
     * Returns options for a size at scale 1, light theme, white background, automatic title, legend
     * at the bottom.
     *
     * @param width   the width.
     * @param height  the height.
     * @return the options.
     */
    public static ExportOptions of(int width, int height) {
        return new ExportOptions(width, height, 1.0);
    }

    /**
     * @param width   the width.
     * @param height  the height.
     * @return a copy with another size.
     */
    public ExportOptions withSize(int width, int height) {
        return new ExportOptions(width, height, scale, theme, transparent, showTitle, title, legend);
    }

    /**
     * @param scale  the PNG scale (1 to 4).
     * @return a copy with another scale.
     */
    public ExportOptions withScale(double scale) {
        return new ExportOptions(width, height, scale, theme, transparent, showTitle, title, legend);
    }

    /**
     * @param theme  the theme ({@code null} not permitted).
     * @return a copy with another theme.
     */
    public ExportOptions withTheme(Theme theme) {
        return new ExportOptions(width, height, scale, theme, transparent, showTitle, title, legend);
    }

    /**
     * @param transparent  {@code true} for no background fill.
     * @return a copy with another background.
     */
    public ExportOptions withTransparent(boolean transparent) {
        return new ExportOptions(width, height, scale, theme, transparent, showTitle, title, legend);
    }

    /**
     * @param title  the title text, or {@code null} for the function names; the title is shown.
     * @return a copy with a title.
     */
    public ExportOptions withTitle(String title) {
        return new ExportOptions(width, height, scale, theme, transparent, true, title, legend);
    }

    /** @return a copy without a title. */
    public ExportOptions withoutTitle() {
        return new ExportOptions(width, height, scale, theme, transparent, false, title, legend);
    }

    /**
     * @param legend  the legend position ({@code null} not permitted).
     * @return a copy with another legend position.
     */
    public ExportOptions withLegend(LegendPosition legend) {
        return new ExportOptions(width, height, scale, theme, transparent, showTitle, title, legend);
    }

    /** @return the PNG width in pixels, width·scale rounded. */
    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    /** @return the PNG height in pixels, height·scale rounded. */
    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }
}
