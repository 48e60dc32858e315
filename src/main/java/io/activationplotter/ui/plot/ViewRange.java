package io.activationplotter.ui.plot;

import io.activationplotter.ui.Message;
import io.activationplotter.ui.MessageBoard;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The x-range: the "home" range typed into the fields and the visible range after zooming and
 * panning. Part of {@link PlotViewModel}; every accepted change calls back once for one redraw.
 */
public final class ViewRange {

    private final Messages text;
    private final MessageBoard board;
    private final Runnable changed;
    private final ReadOnlyStringWrapper minText = new ReadOnlyStringWrapper(this, "minText");
    private final ReadOnlyStringWrapper maxText = new ReadOnlyStringWrapper(this, "maxText");
    private final ReadOnlyBooleanWrapper minError = new ReadOnlyBooleanWrapper(this, "minError");
    private final ReadOnlyBooleanWrapper maxError = new ReadOnlyBooleanWrapper(this, "maxError");
    private double homeMin;
    private double homeMax;
    private double viewMin;
    private double viewMax;

    public ViewRange(double min, double max, Messages text, MessageBoard board, Runnable changed) {
        this.text = text;
        this.board = board;
        this.changed = changed;
        homeMin = viewMin = min;
        homeMax = viewMax = max;
        minText.set(NumberText.format(min));
        maxText.set(NumberText.format(max));
    }

    /** @return the text the x-min field shows (the home range, not the zoomed view). */
    public ReadOnlyStringProperty minTextProperty() {
        return minText.getReadOnlyProperty();
    }

    /** @return the text the x-max field shows. */
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

    /** @return the visible lower end. */
    public double viewMin() {
        return viewMin;
    }

    /** @return the visible upper end. */
    public double viewMax() {
        return viewMax;
    }

    /**
     * Applies typed text: both ends are checked together; on success the view returns to the new
     * range, otherwise the faulty field is marked and the plot stays.
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
                    minBad ? homeMin : homeMax, -RangeRules.LIMIT, RangeRules.LIMIT));
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
        minText.set(NumberText.format(homeMin, 8));
        maxText.set(NumberText.format(homeMax, 8));
        show(homeMin, homeMax, true);
        return true;
    }

    /** Returns the view to the range of the fields. */
    public void reset() {
        show(homeMin, homeMax, true);
    }

    /**
     * Shows a new visible range after zooming or panning, brought within the allowed widths.
     * The range already shown does nothing, so the chart's own axis events cannot loop back.
     *
     * @param lo  the lower end.
     * @param hi  the upper end.
     */
    public void setView(double lo, double hi) {
        double[] r = RangeRules.clamp(lo, hi);
        if (r != null) {
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
            setView(anchorX - (anchorX - viewMin) * factor, anchorX + (viewMax - anchorX) * factor);
        }
    }

    /**
     * Pans the view.
     *
     * @param dx  the shift in x units (positive moves the view right).
     */
    public void pan(double dx) {
        setView(viewMin + dx, viewMax + dx);
    }

    private void show(double lo, double hi, boolean force) {
        if (!force && sameAsShown(lo, hi)) {
            return;
        }
        viewMin = lo;
        viewMax = hi;
        changed.run();
    }

    private boolean sameAsShown(double lo, double hi) {
        double tol = 1e-12 * (viewMax - viewMin);
        return Math.abs(lo - viewMin) <= tol && Math.abs(hi - viewMax) <= tol;
    }
}
