package io.activationplotter.ui.plot;

import io.activationplotter.ui.Message;
import io.activationplotter.ui.MessageBoard;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The x-range, one state for every control: the visible range that the fields, the range slider,
 * wheel zoom, drag pan, box zoom and "Reset view" all show and change. Besides it the "home" range
 * is kept: the range last typed into the fields (or restored from the session; -6 to 6 at first
 * start). Zooming, panning and the slider move the view only; {@link #reset()} (Ctrl+0) returns to
 * home, so a teacher who typed the range for a lesson gets it back. Part of {@link PlotViewModel};
 * every accepted change calls back once for one redraw, and the range already shown does nothing.
 */
public final class ViewRange {

    private final Messages text;
    private final MessageBoard board;
    private final Runnable changed;
    private final ReadOnlyStringWrapper minText = new ReadOnlyStringWrapper(this, "minText");
    private final ReadOnlyStringWrapper maxText = new ReadOnlyStringWrapper(this, "maxText");
    private final ReadOnlyBooleanWrapper minError = new ReadOnlyBooleanWrapper(this, "minError");
    private final ReadOnlyBooleanWrapper maxError = new ReadOnlyBooleanWrapper(this, "maxError");
    private final ReadOnlyDoubleWrapper viewMin = new ReadOnlyDoubleWrapper(this, "viewMin");
    private final ReadOnlyDoubleWrapper viewMax = new ReadOnlyDoubleWrapper(this, "viewMax");
    private final ReadOnlyDoubleWrapper trackMin = new ReadOnlyDoubleWrapper(this, "trackMin");
    private final ReadOnlyDoubleWrapper trackMax = new ReadOnlyDoubleWrapper(this, "trackMax");
    private double homeMin;
    private double homeMax;
    private double trackStep;

    /**
     * Creates the range.
     *
     * @param min      the first home and visible lower end.
     * @param max      the first home and visible upper end.
     * @param text     the strings ({@code null} not permitted).
     * @param board    where errors are reported ({@code null} not permitted).
     * @param changed  called once per accepted change ({@code null} not permitted).
     */
    public ViewRange(double min, double max, Messages text, MessageBoard board, Runnable changed) {
        this.text = text;
        this.board = board;
        this.changed = changed;
        homeMin = min;
        homeMax = max;
        store(min, max);
    }

    /** @return the text the x-min field shows: the visible lower end. */
    public ReadOnlyStringProperty minTextProperty() {
        return minText.getReadOnlyProperty();
    }

    /** @return the text the x-max field shows: the visible upper end. */
    public ReadOnlyStringProperty maxTextProperty() {
        return maxText.getReadOnlyProperty();
    }

    /** @return whether the last typed x-min was rejected. */
    public ReadOnlyBooleanProperty minErrorProperty() {
        return minError.getReadOnlyProperty();
    }

    /** @return whether the last typed x-max was rejected. */
    public ReadOnlyBooleanProperty maxErrorProperty() {
        return maxError.getReadOnlyProperty();
    }

    /** @return the visible lower end, as a property (changes together with {@link #viewMaxProperty()}). */
    public ReadOnlyDoubleProperty viewMinProperty() {
        return viewMin.getReadOnlyProperty();
    }

    /** @return the visible upper end, as a property. */
    public ReadOnlyDoubleProperty viewMaxProperty() {
        return viewMax.getReadOnlyProperty();
    }

    /** @return the lower end of the range slider's track (see {@link RangeRules#track}). */
    public ReadOnlyDoubleProperty trackMinProperty() {
        return trackMin.getReadOnlyProperty();
    }

    /** @return the upper end of the range slider's track. */
    public ReadOnlyDoubleProperty trackMaxProperty() {
        return trackMax.getReadOnlyProperty();
    }

    /** @return the round step the track's ends are multiples of (the slider's tick unit). */
    public double trackStep() {
        return trackStep;
    }

    /** @return the visible lower end. */
    public double viewMin() {
        return viewMin.get();
    }

    /** @return the visible upper end. */
    public double viewMax() {
        return viewMax.get();
    }

    /** @return the home range {lo, hi}: the last typed one, where {@link #reset()} returns. */
    public double[] home() {
        return new double[] {homeMin, homeMax};
    }

    /**
     * Applies typed text: both ends are checked together; on success the typed range becomes the
     * home range and is shown, otherwise the faulty field is marked, the plot stays and the message
     * says what is allowed.
     *
     * @param minTyped  the typed lower end ({@code null} permitted).
     * @param maxTyped  the typed upper end ({@code null} permitted).
     * @return {@code true} if accepted.
     */
    public boolean apply(String minTyped, String maxTyped) {
        OptionalDouble lo = NumberText.parse(minTyped);
        OptionalDouble hi = NumberText.parse(maxTyped);
        minError.set(lo.isEmpty());
        maxError.set(hi.isEmpty());
        if (lo.isEmpty() || hi.isEmpty()) {
            boolean minBad = lo.isEmpty();
            String typed = minBad ? minTyped : maxTyped;
            board.error("range", NumberText.rejection(Message.of(minBad ? "range.min" : "range.max"), typed,
                    minBad ? viewMin() : viewMax(), -RangeRules.LIMIT, RangeRules.LIMIT));
            return false;
        }
        Message problem = RangeRules.problem(lo.getAsDouble(), hi.getAsDouble());
        if (problem != null) {
            minError.set(true);
            maxError.set(true);
            board.error("range", problem);
            return false;
        }
        board.clear("range");
        homeMin = lo.getAsDouble();
        homeMax = hi.getAsDouble();
        show(homeMin, homeMax, true);
        return true;
    }

    /** Returns the view to the home range (the last typed one) and clears marked fields. */
    public void reset() {
        clearErrors();
        show(homeMin, homeMax, true);
    }

    /**
     * Shows a new visible range after zooming, panning, a box zoom or a slider drag, brought within
     * the allowed widths. The range already shown does nothing, so echoes cannot loop back.
     *
     * @param lo  the lower end.
     * @param hi  the upper end.
     */
    public void setView(double lo, double hi) {
        double[] r = RangeRules.clamp(lo, hi);
        if (r != null && !sameAsShown(r[0], r[1])) {
            clearErrors();
            show(r[0], r[1], false);
        }
    }

    /**
     * Zooms about a point.
     *
     * @param factor   the ratio of new to old width (below 1 zooms in).
     * @param anchorX  the x that stays in place.
     */
    public void zoom(double factor, double anchorX) {
        if (factor > 0 && Double.isFinite(anchorX)) {
            setView(anchorX - (anchorX - viewMin()) * factor, anchorX + (viewMax() - anchorX) * factor);
        }
    }

    /**
     * Pans the view.
     *
     * @param dx  the shift in x units (positive moves the view right).
     */
    public void pan(double dx) {
        setView(viewMin() + dx, viewMax() + dx);
    }

    private void show(double lo, double hi, boolean force) {
        if (!force && sameAsShown(lo, hi)) {
            return;
        }
        store(lo, hi);
        changed.run();
    }

    /** Sets the track, the view and the field texts. */
    private void store(double lo, double hi) {
        double[] track = RangeRules.track(homeMin, homeMax, lo, hi);
        trackStep = track[2];
        trackMin.set(track[0]);
        trackMax.set(track[1]);
        viewMin.set(lo);
        viewMax.set(hi);
        int digits = digits(lo, hi);
        minText.set(NumberText.format(lo, digits));
        maxText.set(NumberText.format(hi, digits));
    }

    /** @return significant digits enough to tell the two ends apart (4 for ordinary ranges). */
    static int digits(double lo, double hi) {
        double magnitude = Math.max(Math.abs(lo), Math.abs(hi));
        if (magnitude == 0 || !(hi > lo)) {
            return 4;
        }
        int needed = (int) Math.ceil(Math.log10(magnitude / (hi - lo))) + 3;
        return Math.max(4, Math.min(15, needed));
    }

    private void clearErrors() {
        if (minError.get() || maxError.get()) {
            minError.set(false);
            maxError.set(false);
            board.clear("range");
        }
    }

    private boolean sameAsShown(double lo, double hi) {
        double tol = 1e-12 * (viewMax() - viewMin());
        return Math.abs(lo - viewMin()) <= tol && Math.abs(hi - viewMax()) <= tol;
    }
}
