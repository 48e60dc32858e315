package io.activationplotter.ui.plot;

import java.util.Objects;

/**
 * Gathers the redraws one change asks for into one: inside {@link #run(Runnable)} a request only
 * marks the figure out of date, and the outermost batch redraws once at its end; outside a batch a
 * request redraws at once.
 */
public final class RedrawBatch {

    private final Runnable redraw;
    private int depth;
    private boolean dirty;

    /**
     * Creates a batch.
     *
     * @param redraw  draws the figure ({@code null} not permitted).
     */
    public RedrawBatch(Runnable redraw) {
        this.redraw = Objects.requireNonNull(redraw, "redraw");
    }

    /**
     * Runs a change; the redraws it requests happen once, after it, if this is the outermost batch.
     *
     * @param change  the change ({@code null} not permitted).
     */
    public void run(Runnable change) {
        depth++;
        try {
            change.run();
        } finally {
            depth--;
        }
        if (depth == 0 && dirty) {
            redraw();
        }
    }

    /** Marks the figure out of date; redraws at once unless a batch is running. */
    public void request() {
        dirty = true;
        if (depth == 0) {
            redraw();
        }
    }

    private void redraw() {
        dirty = false;
        redraw.run();
    }
}
