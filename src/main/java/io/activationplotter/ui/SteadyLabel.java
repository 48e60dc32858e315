package io.activationplotter.ui;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A wrapping label for text that changes many times a second (a live readout) whose size does not
 * follow the text: it is as tall as its widest text needs at the width it is given, and the label
 * inside is unmanaged, so a new text lays out the label alone instead of the panel around it (no
 * jumping rows beneath, no relayout of the panel each change).
 */
public final class SteadyLabel extends Region {

    private final Label label = new Label();
    private final String widest;

    /**
     * Creates the label.
     *
     * @param id      the label's CSS id ({@code null} not permitted).
     * @param widest  the longest text it will show, to reserve its room ({@code null} not permitted).
     */
    public SteadyLabel(String id, String widest) {
        this.widest = Objects.requireNonNull(widest, "widest");
        label.setId(Objects.requireNonNull(id, "id"));
        label.setWrapText(true);
        label.setManaged(false);
        getChildren().add(label);
    }

    /** @return the label inside (bind its text, style it). */
    public Label getLabel() {
        return label;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL; // its height depends on the width it is given
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        Insets pad = label.getPadding();
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : label.prefWidth(-1);
        Text t = new Text(widest);
        t.setFont(label.getFont());
        t.setLineSpacing(label.getLineSpacing());
        t.setWrappingWidth(Math.max(1, w - in.getLeft() - in.getRight() - pad.getLeft() - pad.getRight()));
        return in.getTop() + pad.getTop() + Math.ceil(t.getLayoutBounds().getHeight()) + pad.getBottom()
                + in.getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0; // as wide as the panel gives: the text wraps
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        label.resizeRelocate(in.getLeft(), in.getTop(), getWidth() - in.getLeft() - in.getRight(),
                getHeight() - in.getTop() - in.getBottom());
    }
}
