package io.activationplotter.ui.window;

import io.activationplotter.ui.ScrollPanes;
import io.activationplotter.ui.ViewListeners;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A centre (a chart, a table) with side panels that are columns beside it in the window and, while
 * presenting, overlays floating over it: the centre then fills the frame, and opening or closing an
 * overlay never changes its size. Each side panel is scrolled vertically with the scroll bar's width
 * always reserved, so its content does not jump sideways when the bar appears, and is at least as
 * tall as the frame, so that its growing children (lists) take a tall window's height. In a narrow window
 * the columns give up width, down to their minimum, so that the centre keeps {@link #CENTRE_MIN}
 * pixels (or {@link #setCentreMin more}); if even their minimum is too wide, the right column is
 * left out until the frame widens. The main window and every classroom tab use one.
 */
public final class PresentationFrame extends StackPane {

    /** The width, in pixels at font scale 1, that the centre keeps before the columns narrow. */
    public static final double CENTRE_MIN = 360;
    /** The largest share of the frame's width that an overlay covers. */
    static final double OVERLAY_SHARE = 0.45;
    /** The width of a side panel's vertical scroll bar and borders, beside its viewport. */
    private static final double SCROLL_BAR = 16;
    /** A side panel that is always a column outside presentation mode. */
    public static final ObservableBooleanValue ALWAYS = new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    private final DisplayModel display;
    private final BorderPane columns = new BorderPane();
    private double centreMin = CENTRE_MIN;
    private Side left;
    private Side right;

    /**
     * Creates a frame around a centre node.
     *
     * @param centre   the chart or table ({@code null} not permitted).
     * @param display  presentation mode and font scale ({@code null} not permitted).
     */
    public PresentationFrame(Node centre, DisplayModel display) {
        this.display = Objects.requireNonNull(display, "display");
        getStyleClass().add("presentation-frame");
        columns.setCenter(Objects.requireNonNull(centre, "centre"));
        getChildren().add(columns);
        // the display model outlives this frame (a language switch rebuilds the views): listen weakly
        ViewListeners.onChange(this, display.presentationProperty(), (obs, old, now) -> place());
        ViewListeners.onChange(this, display.scaleProperty(), (obs, old, now) -> fit());
        widthProperty().addListener((obs, old, now) -> fit());
    }

    /**
     * Adds the panel on the left.
     *
     * @param id       the CSS id of the scroll pane around the panel ({@code null} not permitted).
     * @param content  the panel ({@code null} not permitted).
     * @param width    its width at font scale 1, in pixels.
     * @param shown    whether it is a column outside presentation mode ({@code null} not permitted).
     * @param overlay  whether it floats over the centre in presentation mode ({@code null} not permitted).
     * @return the scroll pane around the panel.
     */
    public ScrollPane setLeftPanel(String id, Node content, double width, ObservableBooleanValue shown,
            ObservableBooleanValue overlay) {
        left = new Side(id, content, width, shown, overlay, Pos.TOP_LEFT);
        return left.scroll;
    }

    /**
     * Adds the panel on the right; see {@link #setLeftPanel}.
     *
     * @param id       the CSS id of the scroll pane around the panel ({@code null} not permitted).
     * @param content  the panel ({@code null} not permitted).
     * @param width    its width at font scale 1, in pixels.
     * @param shown    whether it is a column outside presentation mode ({@code null} not permitted).
     * @param overlay  whether it floats over the centre in presentation mode ({@code null} not permitted).
     * @return the scroll pane around the panel.
     */
    public ScrollPane setRightPanel(String id, Node content, double width, ObservableBooleanValue shown,
            ObservableBooleanValue overlay) {
        right = new Side(id, content, width, shown, overlay, Pos.TOP_RIGHT);
        return right.scroll;
    }

    /**
     * Sets the space above the overlays, so that they leave a header row (the tabs) uncovered.
     *
     * @param top  the space in pixels.
     */
    public void setOverlayTop(double top) {
        for (Side s : new Side[] {left, right}) {
            if (s != null) {
                StackPane.setMargin(s.holder, new Insets(top, 0, 0, 0));
            }
        }
    }

    /**
     * Adds a node floating in a corner over everything (the presentation strip).
     *
     * @param node       the node ({@code null} not permitted).
     * @param alignment  the corner ({@code null} not permitted).
     */
    public void addFloating(Node node, Pos alignment) {
        StackPane.setAlignment(node, alignment);
        getChildren().add(node);
    }

    /**
     * Sets the width the centre keeps before the columns narrow; more than {@link #CENTRE_MIN} when
     * the centre has columns of its own (a classroom tab's controls).
     *
     * @param width  the width in pixels at font scale 1.
     */
    public void setCentreMin(double width) {
        centreMin = width;
        fit();
    }

    /** @return {@code true} while the side panels are overlays (presentation mode). */
    public boolean isPresenting() {
        return display.presentationProperty().get();
    }

    /** Puts each side panel in its column or its overlay, as the mode says. */
    private void place() {
        for (Side s : new Side[] {left, right}) {
            if (s != null) {
                s.place(isPresenting());
            }
        }
        fit();
    }

    /**
     * Sets the panels' widths: as asked times the font scale, narrower (down to their minimum) when
     * the columns would leave the centre less than {@link #CENTRE_MIN}; overlays at most
     * {@link #OVERLAY_SHARE} of the frame.
     */
    private void fit() {
        double scale = display.scaleProperty().get();
        double frame = getWidth() > 0 ? getWidth() : Double.MAX_VALUE;
        leaveOutRightIfNarrow(frame - centreMin * scale);
        double wanted = 0;
        for (Side s : new Side[] {left, right}) {
            if (s != null && s.isColumn()) {
                wanted += s.width * scale + s.reserve();
            }
        }
        double factor = wanted <= 0 ? 1 : Math.min(1, Math.max(0, frame - centreMin * scale) / wanted);
        for (Side s : new Side[] {left, right}) {
            if (s == null) {
                continue;
            }
            double w = s.width * scale;
            double viewport = isPresenting() ? Math.min(w, frame * OVERLAY_SHARE - s.reserve())
                    : Math.max(s.minWidth(), (w + s.reserve()) * factor - s.reserve());
            s.scroll.setPrefViewportWidth(Math.max(s.minWidth(), viewport));
        }
    }

    /**
     * Leaves the right column out (its setting stays on) while even the narrowest columns would not
     * leave the centre its room, and puts it back when the frame widens.
     */
    private void leaveOutRightIfNarrow(double room) {
        if (right == null) {
            return;
        }
        double narrowest = 0;
        for (Side s : new Side[] {left, right}) {
            if (s != null && !isPresenting() && s.shown.get()) {
                narrowest += s.minWidth() + s.reserve();
            }
        }
        boolean out = !isPresenting() && room < narrowest;
        if (out != right.leftOut) {
            right.leftOut = out;
            right.place(isPresenting());
        }
    }

    /** One side panel: its scroll pane, in a column or in an overlay holder. */
    private final class Side {
        private final ScrollPane scroll;
        private final StackPane holder = new StackPane();
        private final double width;
        private final ObservableBooleanValue shown;
        private final ObservableBooleanValue overlay;
        private final boolean isLeft;
        private boolean leftOut;

        Side(String id, Node content, double width, ObservableBooleanValue shown, ObservableBooleanValue overlay,
                Pos corner) {
            this.width = width;
            this.shown = Objects.requireNonNull(shown, "shown");
            this.overlay = Objects.requireNonNull(overlay, "overlay");
            this.isLeft = corner == Pos.TOP_LEFT;
            scroll = new ScrollPane(Objects.requireNonNull(content, "content"));
            scroll.setId(Objects.requireNonNull(id, "id"));
            scroll.getStyleClass().add("side-panel");
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            // the bar's width is always reserved: content never jumps sideways when it appears
            scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
            ScrollPanes.uncacheViewport(scroll);
            if (content instanceof Region panel) {
                // at least as tall as the view, so that its lists (vgrow) take a tall window's height. Set
                // only when the height changes: every layout of the scroll pane sets new (equal) viewport
                // bounds, and a binding re-invalidated the panel's minimum each time, so both side panels
                // were laid out again on every pulse, idle or not (0.4-1.3 ms a frame here)
                scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
                    if (panel.getMinHeight() != now.getHeight()) {
                        panel.setMinHeight(now.getHeight());
                    }
                });
            }
            holder.setId(id.replace("-scroll", "") + "-overlay");
            holder.getStyleClass().add("side-overlay");
            holder.setMaxWidth(Region.USE_PREF_SIZE);
            holder.setPickOnBounds(false);
            StackPane.setAlignment(holder, corner);
            getChildren().add(holder);
            listen(shown);
            listen(overlay);
            place(isPresenting());
        }

        private void listen(ObservableValue<Boolean> flag) {
            ViewListeners.onChange(PresentationFrame.this, flag, (obs, old, now) -> PresentationFrame.this.place());
        }

        boolean isColumn() {
            return !isPresenting() && shown.get() && !leftOut;
        }

        /** @return the scroll bar's and the borders' width, beside the viewport. */
        double reserve() {
            return SCROLL_BAR;
        }

        /** @return the narrowest viewport: 200 px, or less for a narrower panel, or its content's minimum. */
        double minWidth() {
            return Math.max(Math.min(width, 200), scroll.getContent().minWidth(-1));
        }

        void place(boolean presenting) {
            if (presenting) {
                setColumn(null);
                if (!holder.getChildren().contains(scroll)) {
                    holder.getChildren().setAll(scroll);
                }
                scroll.setVisible(true);
                scroll.setManaged(true);
                holder.setVisible(overlay.get());
            } else {
                holder.getChildren().clear();
                holder.setVisible(false);
                setColumn(scroll);
                scroll.setVisible(isColumn());
                scroll.setManaged(isColumn());
            }
        }

        private void setColumn(Node node) {
            if (isLeft) {
                columns.setLeft(node);
            } else {
                columns.setRight(node);
            }
        }
    }
}
