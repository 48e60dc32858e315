package io.activationplotter.chart;

import java.awt.Color;

/** Test helper: WCAG 2 contrast ratios, alpha compositing and CIE L*a*b* colour differences. */
final class Contrast {

    private Contrast() {
    }

    /** The WCAG relative luminance of an opaque colour. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** The WCAG contrast ratio of two opaque colours, from 1 to 21. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A translucent colour drawn over an opaque background. */
    static Color over(Color fill, Color background) {
        double a = fill.getAlpha() / 255.0;
        return new Color(mix(fill.getRed(), background.getRed(), a), mix(fill.getGreen(), background.getGreen(), a),
                mix(fill.getBlue(), background.getBlue(), a));
    }

    /** The CIE76 colour difference ΔE*ab (about 2.3 is just noticeable; 20 and more reads as another colour). */
    static double deltaE(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(sq(p[0] - q[0]) + sq(p[1] - q[1]) + sq(p[2] - q[2]));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        return new double[] {116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static int mix(int fg, int bg, double alpha) {
        return (int) Math.round(fg * alpha + bg * (1 - alpha));
    }

    private static double linear(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static double sq(double v) {
        return v * v;
    }
}
