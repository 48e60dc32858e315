package io.activationplotter.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.lang.reflect.Field;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.event.ChartProgressListener;
import org.jfree.chart.fx.ChartCanvas;

/**
 * Keeps a chart canvas's font, paint and stroke in step with what it draws. jfreechart-fx 2.0.2's
 * {@code ChartCanvas.draw()} wraps each drawing in {@code GraphicsContext.save()} and {@code restore()}
 * behind the back of its {@code FXGraphics2D}, which remembers the last font, paint and stroke it set
 * and skips setting one equal to it. After a restore the canvas holds the older ones, so from the next
 * drawing on, a text whose font equals the last one drawn is drawn in a stale font: after presentation
 * mode enlarged the fonts, the precision error panel's title, legend and x ticks stayed small while its
 * other texts grew. At the start of each drawing this sets the remembered font, paint and stroke to
 * values no chart uses, so the first real ones are always applied.
 */
public final class CanvasState implements ChartProgressListener {

    /** A font, paint and stroke no chart uses. */
    private static final Font NO_FONT = new Font(Font.DIALOG, Font.PLAIN, 1);
    private static final Color NO_PAINT = new Color(1, 2, 3, 4);
    private static final BasicStroke NO_STROKE = new BasicStroke(0.0123f);
    private static final Field G2 = g2Field();

    private final Graphics2D g2;

    private CanvasState(Graphics2D g2) {
        this.g2 = g2;
    }

    /**
     * Returns the listener that keeps a canvas in step; add it to the canvas's chart while the canvas
     * draws that chart.
     *
     * @param canvas  the canvas ({@code null} not permitted).
     * @return the listener, or {@code null} if this version of jfreechart-fx hides its graphics otherwise
     *     (nothing to do then).
     */
    public static ChartProgressListener of(ChartCanvas canvas) {
        Objects.requireNonNull(canvas, "canvas");
        if (G2 == null) {
            return null;
        }
        try {
            return G2.get(canvas) instanceof Graphics2D g ? new CanvasState(g) : null;
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /**
     * Keeps a canvas in step for as long as the chart lives.
     *
     * @param canvas  the canvas ({@code null} not permitted).
     * @param chart   the chart it draws ({@code null} not permitted).
     */
    public static void follow(ChartCanvas canvas, JFreeChart chart) {
        ChartProgressListener l = of(canvas);
        if (l != null) {
            chart.addProgressListener(l);
        }
    }

    @Override
    public void chartProgress(ChartProgressEvent event) {
        if (event.getType() == ChartProgressEvent.DRAWING_STARTED) {
            g2.setFont(NO_FONT);
            g2.setPaint(NO_PAINT);
            g2.setStroke(NO_STROKE);
        }
    }

    private static Field g2Field() {
        try {
            Field f = ChartCanvas.class.getDeclaredField("g2");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
