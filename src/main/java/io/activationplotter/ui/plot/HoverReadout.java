package io.activationplotter.ui.plot;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The readout under the plot: x, f(x) and f'(x) of the selected function at the mouse, or a hint
 * while the mouse is elsewhere. Part of {@link PlotViewModel}, which says where the mouse is.
 */
public final class HoverReadout {

    private final Messages text;
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout");
    private final ReadOnlyDoubleWrapper hoverX = new ReadOnlyDoubleWrapper(this, "hoverX", Double.NaN);

    public HoverReadout(Messages text) {
        this.text = text;
        readout.set(text.get("readout.hint"));
    }

    /** @return x, f(x) and f'(x) under the mouse, or a hint. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** @return the x under the mouse (NaN when the mouse is not over the plot). */
    public ReadOnlyDoubleProperty hoverXProperty() {
        return hoverX.getReadOnlyProperty();
    }

    /** @return whether the mouse is over the plot. */
    public boolean hovering() {
        return !Double.isNaN(hoverX.get());
    }

    /**
     * Shows a function's exact values at an x, or the hint.
     *
     * @param x         the x, or NaN when the mouse left the plot.
     * @param type      the function's entry ({@code null} permitted when {@code function} is).
     * @param function  the function as drawn, or {@code null} before the first drawing.
     */
    public void show(double x, ActivationType type, Activation function) {
        if (Double.isNaN(x) || function == null) {
            hoverX.set(Double.NaN);
            readout.set(text.get("readout.hint"));
            return;
        }
        hoverX.set(x);
        readout.set(text.get("readout.value", type.displayName(), NumberText.format(x),
                NumberText.format(function.value(x)), NumberText.format(function.derivative(x))));
    }
}
