package io.activationplotter.chart;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;

/** Tests of Chinese chart text need a font with Chinese glyphs on the machine (Debian: fonts-noto-cjk). */
public final class CjkFonts {

    private static final String SAMPLE = "软饱和";

    private CjkFonts() {
    }

    /**
     * Skips the rest of a test, saying why, when no installed font can show Chinese text: which font
     * the chart picks then cannot be checked. CI installs fonts-noto-cjk, so there it always runs.
     */
    public static void assumeInstalled() {
        boolean any = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .anyMatch(f -> f.canDisplayUpTo(SAMPLE) == -1);
        Assumptions.assumeTrue(any, "no font with Chinese glyphs is installed (Debian: apt-get install fonts-noto-cjk)");
    }
}
