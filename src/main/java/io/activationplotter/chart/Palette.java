package io.activationplotter.chart;

import java.awt.Color;

/** The Okabe–Ito colour-blind-safe palette, ordered for good contrast on white. */
public final class Palette {

    private static final Color[] COLORS = {
        new Color(0x0072B2), // blue
        new Color(0xD55E00), // vermillion
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0xE69F00), // orange
        new Color(0x56B4E9), // sky blue
        new Color(0x000000), // black
        new Color(0xF0E442), // yellow
    };

    private Palette() {
    }

    /**
     * Returns the colour for the i-th curve, cycling through the palette.
     *
     * @param i  the curve index (non-negative).
     * @return the colour.
     */
    public static Color color(int i) {
        return COLORS[i % COLORS.length];
    }
}
