package io.activationplotter.ui.plot;

import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the mouse reads: the status line's x, f(x) and f'(x) of the selected function (or a hint
 * while the mouse is elsewhere), and for the floating readout and the markers every drawn
 * function's exact values at that x. Part of {@link PlotViewModel}, which says where the mouse is.
 */
public final class HoverReadout {

    private final Messages text;
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout");
    private final ReadOnlyDoubleWrapper hoverX = new ReadOnlyDoubleWrapper(this, "hoverX", Double.NaN);
    private final ReadOnlyObjectWrapper<List<HoverPoint>> points = new ReadOnlyObjectWrapper<>(this, "points",
            List.of());

    /**
     * Creates the readout, showing the hint.
     *
     * @param text  the strings ({@code null} not permitted).
     */
    public HoverReadout(Messages text) {
        this.text = text;
        readout.set(text.get("readout.hint"));
    }

    /** @return x, f(x) and f'(x) of the selected function under the mouse, or a hint. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** @return the x under the mouse (NaN when the mouse is not over the plot). */
    public ReadOnlyDoubleProperty hoverXProperty() {
        return hoverX.getReadOnlyProperty();
    }

    /**
     * Returns every drawn function's values at the hovered x, in legend order; a new list on every
     * hover or redraw (listen for invalidation to follow redraws that leave the values alike).
     *
     * @return the points (empty when the mouse is not over the plot).
     */
    public ReadOnlyObjectProperty<List<HoverPoint>> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** @return whether the mouse is over the plot. */
    public boolean hovering() {
        return !Double.isNaN(hoverX.get());
    }

    /**
     * Shows the drawn functions' exact values at an x, or the hint.
     *
     * @param x     the x, or NaN when the mouse left the plot.
     * @param spec  the figure as drawn, or {@code null} before the first drawing.
     */
    public void show(double x, FigureSpec spec) {
        if (Double.isNaN(x) || spec == null || spec.curves().isEmpty()) {
            hoverX.set(Double.NaN);
            readout.set(text.get("readout.hint"));
            points.set(List.of());
            return;
        }
        List<HoverPoint> list = new ArrayList<>();
        for (int i = 0; i < spec.curves().size(); i++) {
            Curve c = spec.curves().get(i);
            list.add(new HoverPoint(c.label(), i, x, c.function().value(x), c.function().derivative(x),
                    spec.showDerivatives()));
        }
        hoverX.set(x);
        Curve sel = spec.selectedCurve() == null ? spec.curves().get(0) : spec.selectedCurve();
        readout.set(text.get("readout.value", sel.label(), NumberText.format(x),
                NumberText.format(sel.function().value(x)), NumberText.format(sel.function().derivative(x))));
        points.set(List.copyOf(list));
    }
}
