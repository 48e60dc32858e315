package io.activationplotter.ui;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Settings for the scroll panes that hold controls. */
public final class ScrollPanes {

    private ScrollPanes() {
    }

    /**
     * Turns off the bitmap cache JavaFX's scroll pane skin keeps of its viewport. The skin caches the
     * whole visible content as an image, so a change anywhere in it (a slider's thumb while it is dragged,
     * a label) re-renders the entire panel into that image, then the image, on every such frame; without
     * the cache only the changed region is rendered. In a harness dragging a side panel's slider that was
     * ~20% of the render thread's work per frame (software pipeline); in the whole window, where the
     * chart's redraw dominates, the gain is within the benchmark's spread.
     *
     * @param scroll  the scroll pane ({@code null} not permitted); its skin may not be made yet.
     */
    public static void uncacheViewport(ScrollPane scroll) {
        Objects.requireNonNull(scroll, "scroll");
        if (scroll.getSkin() != null) {
            uncache(scroll);
        }
        scroll.skinProperty().addListener((obs, old, now) -> {
            if (now != null) {
                uncache(scroll);
            }
        });
    }

    private static void uncache(ScrollPane scroll) {
        Node viewport = scroll.lookup(".viewport");
        if (viewport != null && viewport.getParent() != null) {
            viewport.setCache(false);
        }
    }
}
