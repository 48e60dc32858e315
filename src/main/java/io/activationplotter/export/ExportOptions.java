package io.activationplotter.export;

/**
 * How to export a chart.
 *
 * @param width   the width in logical pixels (points for vector formats).
 * @param height  the height in logical pixels.
 * @param scale   the pixel-density factor for PNG (1, 2 or 3).
 */
public record ExportOptions(int width, int height, double scale) {

    /** The largest width or height accepted. */
    public static final int MAX_SIZE = 10_000;

    /** Checks the fields. */
    public ExportOptions {
        if (width < 16 || height < 16 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 16x16 to " + MAX_SIZE + "x" + MAX_SIZE
                    + ", got " + width + "x" + height);
        }
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be from 1 to 4, got " + scale);
        }
    }

    /**
     * Returns options for a size at scale 1.
     *
     * @param width   the width.
     * @param height  the height.
     * @return the options.
     */
    public static ExportOptions of(int width, int height) {
        return new ExportOptions(width, height, 1.0);
    }
}
