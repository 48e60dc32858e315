package io.activationplotter.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the app remembers between runs: plain data, no JavaFX.
 *
 * @param selected         the selected function's id.
 * @param compared         the ids of the ticked (overlaid) functions.
 * @param parameters       parameter values by function id, then by PyTorch name.
 * @param xMin             the lower end of the x-range.
 * @param xMax             the upper end of the x-range.
 * @param threshold        the saturation threshold.
 * @param showDerivatives  whether f' curves are drawn.
 * @param theme            the theme name (for example {@code light}).
 * @param exportFolder     the last export folder, or an empty string.
 * @param window           the window bounds x, y, width, height, or {@code null} if unknown.
 */
public record SessionState(String selected, List<String> compared, Map<String, Map<String, Double>> parameters,
        double xMin, double xMax, double threshold, boolean showDerivatives, String theme, String exportFolder,
        double[] window) {

    /** The state of a first start. */
    public static final SessionState DEFAULTS = new SessionState("sigmoid", List.of(), Map.of(), -6, 6, 0.05, true,
            "light", "", null);

    /** Copies the collections. */
    public SessionState {
        compared = List.copyOf(compared);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        parameters = java.util.Collections.unmodifiableMap(copy);
        window = window == null ? null : window.clone();
    }
}
