package io.activationplotter.ui.info;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Typesets TeX with JLaTeXMath into a JavaFX image, at a pixel size and screen scale so it stays crisp. */
public final class TexImages {

    private TexImages() {
    }

    /**
     * Parses TeX, throwing if JLaTeXMath cannot.
     *
     * @param tex  the TeX ({@code null} not permitted).
     * @return the icon at 16 px.
     * @throws org.scilab.forge.jlatexmath.ParseException if the TeX is not valid.
     */
    public static TeXIcon parse(String tex) {
        return new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, 16);
    }

    /** The warm-up promised by {@link #deferWarmUp()} or started by {@link #warmUpInBackground()}, or {@code null}. */
    private static volatile CompletableFuture<Void> warmUp;
    /** Whether the warm-up's thread has been started. */
    private static boolean warmUpStarted;

    /**
     * Promises a warm-up that {@link #warmUpInBackground()} starts later, once the window's first frame
     * is drawn (issue 16: the formula fonts can wait, and on two cores their loading would slow the
     * first frame down). Until it has run, formulas wait for it ({@link #whenReady(Runnable)}) instead of
     * loading the fonts on the JavaFX thread. Call before the first formula panel is built.
     */
    public static synchronized void deferWarmUp() {
        if (warmUp == null) {
            warmUp = new CompletableFuture<>();
        }
    }

    /**
     * Loads JLaTeXMath's fonts and tables (about a second on a cold JVM) on a daemon thread, so it
     * overlaps other work instead of delaying the JavaFX thread; formulas waiting for it are typeset
     * when it finishes. Touches no Swing or AWT toolkit, only fonts; safe to call more than once.
     */
    public static synchronized void warmUpInBackground() {
        if (warmUpStarted) {
            return;
        }
        warmUpStarted = true;
        deferWarmUp();
        CompletableFuture<Void> done = warmUp;
        Thread t = new Thread(() -> {
            try {
                new TeXFormula("f(x)=\\frac{1}{1+e^{-x}}").createTeXIcon(TeXConstants.STYLE_DISPLAY, 20f);
            } catch (RuntimeException | LinkageError e) {
                // the panel renders (and reports any error) on first use anyway
            } finally {
                done.complete(null);
            }
        }, "jlatexmath-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Runs a rendering once JLaTeXMath is loaded: at once if no warm-up was promised or started or it has
     * finished, else on the JavaFX thread when it finishes. So the window is shown without waiting for the
     * formula fonts (issue 16); the formulas appear a moment later.
     *
     * @param render  what to run on the JavaFX thread ({@code null} not permitted).
     * @return {@code true} if it ran at once.
     */
    public static boolean whenReady(Runnable render) {
        CompletableFuture<Void> w = warmUp;
        if (w == null || w.isDone()) {
            render.run();
            return true;
        }
        w.thenRun(() -> Platform.runLater(render));
        return false;
    }

    /**
     * Renders TeX into a transparent image drawn at {@code pixelScale} times the size, so an
     * {@code ImageView} showing it at {@code 1 / pixelScale} is sharp on HiDPI screens.
     *
     * @param tex         the TeX ({@code null} not permitted).
     * @param size        the font size in (logical) pixels.
     * @param color       the text colour ({@code null} not permitted).
     * @param pixelScale  the output scale (1 for normal screens, 2 for HiDPI).
     * @return the image.
     */
    public static Image render(String tex, double size, Color color, double pixelScale) {
        TeXIcon icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) (size * pixelScale));
        icon.setForeground(color);
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // the icon has its own foreground, so it needs no Swing component to take one from (a
            // JLabel here would start Swing's look and feel, ~30 ms at the first formula)
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return SwingFXUtils.toFXImage(img, null);
    }
}
