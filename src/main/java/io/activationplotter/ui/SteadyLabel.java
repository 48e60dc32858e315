package io.activationplotter.ui;

import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A wrapping label for text that changes many times a second (a live readout) whose size does not
 * follow the text: it is as tall as its widest text needs at the width it is given, and the label
 * inside is unmanaged, so a new text lays out the label alone instead of the panel around it (no
 * jumping rows beneath, no relayout of the panel each change). Should a text need more room than the
 * widest one was measured to (the label lays text out a little differently in some fonts), the room
 * grows once to it and stays.
 */
public final class SteadyLabel extends Region {

    private final Label label = new Label();
    private final String widest;
    private static final double MIN_WIDTH = 100;
    private final double expectedWidth;
    private double needed; // the most a text shown so far needed at this width: the room only grows

    /**
     * Creates the label.
     *
     * @param id      the label's CSS id ({@code null} not permitted).
     * @param widest  the longest text it will show, to reserve its room ({@code null} not permitted).
     * @param expectedWidth  the width it will most likely get, to measure by before its first layout.
     */
    public SteadyLabel(String id, String widest, double expectedWidth) {
        this.widest = Objects.requireNonNull(widest, "widest");
        this.expectedWidth = expectedWidth;
        label.setId(Objects.requireNonNull(id, "id"));
        label.setWrapText(true);
        label.setManaged(false);
        getChildren().add(label);
        label.textProperty().addListener(obs -> growIfShort());
        widthProperty().addListener((obs, old, now) -> {
            if (Math.abs(old.doubleValue() - now.doubleValue()) > 0.5) {
                needed = 0; // measured again at the new width, after this layout pass
                Platform.runLater(this::requestLayout);
            }
        });
    }

    /** @return the label inside (bind its text, style it). */
    public Label getLabel() {
        return label;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        Insets pad = label.getPadding();
        // no content bias (a width-dependent height made the panel's scroll pane lay out every pulse):
        // the width is the one last given, and the first layout's text-based room is corrected at once
        double w = width > 0 ? width : getWidth() >= MIN_WIDTH ? getWidth() : expectedWidth;
        Text t = new Text(widest);
        t.setFont(label.getFont());
        t.setLineSpacing(label.getLineSpacing());
        t.setWrappingWidth(Math.max(1, w - in.getLeft() - in.getRight() - pad.getLeft() - pad.getRight()));
        double text = pad.getTop() + Math.ceil(t.getLayoutBounds().getHeight()) + pad.getBottom();
        return in.getTop() + Math.max(text, needed) + in.getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0; // as wide as the panel gives: the text wraps
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        label.resizeRelocate(in.getLeft(), in.getTop(), w, h);
        growIfShort();
    }

    private double innerWidth() {
        return getWidth() - getInsets().getLeft() - getInsets().getRight();
    }

    /** A text that needs more room than was reserved (another font, a narrower panel) makes it grow, once. */
    private void growIfShort() {
        double h = label.getHeight();
        if (label.getWidth() < MIN_WIDTH || h <= 0 || Math.abs(label.getWidth() - innerWidth()) > 0.5) {
            return; // not laid out at its width yet
        }
        double wanted = Math.ceil(label.prefHeight(label.getWidth()));
        if (wanted > h + 0.5 && wanted > needed) {
            needed = wanted;
            Platform.runLater(this::requestLayout); // after this pass: a request during it would not reach the panel
        }
    }
}
