package io.activationplotter.ui.window;

import javafx.geometry.Rectangle2D;

/**
 * Fits saved window bounds to a screen: a window saved on a larger monitor, or partly off the screen,
 * comes back whole on the screen it is restored to, no smaller than the minimum size.
 */
public final class WindowBounds {

    /** The smallest window at which the chart and every tab header are visible. */
    public static final double MIN_WIDTH = 800;
    /** The smallest window at which the chart and every tab header are visible. */
    public static final double MIN_HEIGHT = 600;

    private WindowBounds() {
    }

    /**
     * Returns saved bounds fitted to a screen: at most the screen's size (and at least the minimum, if
     * the screen has room), moved so that the whole window is on it.
     *
     * @param saved   x, y, width and height ({@code null} not permitted).
     * @param screen  the screen's usable area ({@code null} not permitted).
     * @return the fitted x, y, width and height.
     */
    public static double[] fit(double[] saved, Rectangle2D screen) {
        double w = Math.min(Math.max(saved[2], MIN_WIDTH), screen.getWidth());
        double h = Math.min(Math.max(saved[3], MIN_HEIGHT), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(saved[0], screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(saved[1], screen.getMaxY() - h));
        return new double[] {x, y, w, h};
    }
}
