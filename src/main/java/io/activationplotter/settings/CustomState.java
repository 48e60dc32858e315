package io.activationplotter.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The custom function of the session: its formula, its parameter declarations and the sliders'
 * values. A {@code null} field was not saved (or not readable): the default custom function is used.
 * Plain data, no JavaFX; the formula is checked when it is restored.
 *
 * @param formula     the formula in x.
 * @param parameters  the declarations, one {@code a = 1.702 in [0, 5]} per line.
 * @param values      the sliders' values by parameter name.
 */
public record CustomState(String formula, String parameters, Map<String, Double> values) {

    /** Nothing saved: the default custom function. */
    public static final CustomState NONE = new CustomState(null, null, null);

    /** Copies the values. */
    public CustomState {
        values = values == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
