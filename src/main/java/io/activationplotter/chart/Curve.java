package io.activationplotter.chart;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import java.util.Objects;

/**
 * One function to draw: its catalogue entry (for the legend) and the instance with chosen parameters.
 *
 * @param type      the catalogue entry.
 * @param function  the instance.
 */
public record Curve(ActivationType type, Activation function) {

    /** Checks the fields. */
    public Curve {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(function, "function");
    }

    /** @return the legend label. */
    public String label() {
        return type.displayName();
    }
}
