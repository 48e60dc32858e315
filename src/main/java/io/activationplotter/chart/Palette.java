package io.activationplotter.chart;

import java.awt.Color;
import java.util.Objects;

/**
 * The eight Okabe–Ito colour-blind-safe hues, each in a variant for the light and for the dark
 * theme. A hue keeps its identity in both themes ("ReLU is vermillion"); only its lightness is
 * adjusted so that every curve colour has a WCAG contrast ratio of at least 3:1 against the theme's
 * background, and the two blues stay clearly apart (the light theme's blue is deeper, the dark
 * theme's sky blue paler). Black is the neutral hue of the light theme and near-white that of the
 * dark theme; yellow, weak on white, is an olive gold there and is the last hue handed out.
 */
public enum Palette {

    /** Okabe–Ito blue (#0072B2). */
    BLUE(0x0072B2, 0x005A9C, 0x3584D6),
    /** Okabe–Ito vermillion (#D55E00). */
    VERMILLION(0xD55E00, 0xD55E00, 0xE8743A),
    /** Okabe–Ito bluish green (#009E73). */
    GREEN(0x009E73, 0x009E73, 0x19B88A),
    /** Okabe–Ito reddish purple (#CC79A7). */
    PURPLE(0xCC79A7, 0xCC79A7, 0xD98CB8),
    /** Okabe–Ito orange (#E69F00). */
    ORANGE(0xE69F00, 0xB07800, 0xE69F00),
    /** Okabe–Ito sky blue (#56B4E9). */
    SKY_BLUE(0x56B4E9, 0x3A9AD8, 0x8FD0F5),
    /** Okabe–Ito black, drawn near-white in the dark theme. */
    NEUTRAL(0x000000, 0x000000, 0xEEEEEE),
    /** Okabe–Ito yellow (#F0E442). */
    YELLOW(0xF0E442, 0x6E8A00, 0xF0E442);

    private final Color reference;
    private final Color light;
    private final Color dark;

    Palette(int reference, int light, int dark) {
        this.reference = new Color(reference);
        this.light = new Color(light);
        this.dark = new Color(dark);
    }

    /** @return the colour as Okabe and Ito published it. */
    public Color reference() {
        return reference;
    }

    /**
     * Returns this hue as drawn on a theme's background.
     *
     * @param theme  the theme ({@code null} not permitted).
     * @return the colour.
     */
    public Color color(ChartLook.Theme theme) {
        Objects.requireNonNull(theme, "theme");
        return theme == ChartLook.Theme.DARK ? dark : light;
    }

    /**
     * Returns the hue following this one, wrapping from the last to the first.
     *
     * @return the next hue.
     */
    public Palette next() {
        Palette[] all = values();
        return all[(ordinal() + 1) % all.length];
    }
}
