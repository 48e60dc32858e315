package io.activationplotter.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * @param view             the language, side panes and tab ({@code null} means {@link ViewState#DEFAULTS}).
 * @param classroom        the classroom tabs' setup ({@code null} means {@link ClassroomState#NONE}).
 * @param custom           the custom function ({@code null} means {@link CustomState#NONE}).
 * @param precision        the precision lens ({@code null} means {@link PrecisionState#NONE}).
 */
public record SessionState(String selected, List<String> compared, Map<String, Map<String, Double>> parameters,
        double xMin, double xMax, double threshold, boolean showDerivatives, String theme, String exportFolder,
        double[] window, ViewState view, ClassroomState classroom, CustomState custom, PrecisionState precision) {

    /** The state of a first start. */
    public static final SessionState DEFAULTS = new SessionState("sigmoid", List.of(), Map.of(), -6, 6, 0.05, true,
            "light", "", null, ViewState.DEFAULTS, ClassroomState.NONE, CustomState.NONE, PrecisionState.DEFAULTS);

    /** Copies the collections. */
    public SessionState {
        compared = List.copyOf(compared);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        parameters = java.util.Collections.unmodifiableMap(copy);
        window = window == null ? null : window.clone();
        view = Objects.requireNonNullElse(view, ViewState.DEFAULTS);
        classroom = Objects.requireNonNullElse(classroom, ClassroomState.NONE);
        custom = Objects.requireNonNullElse(custom, CustomState.NONE);
        precision = Objects.requireNonNullElse(precision, PrecisionState.NONE);
    }

    /**
     * Creates a state with the precision lens as it starts.
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
     * @param view             the language, side panes and tab ({@code null} means {@link ViewState#DEFAULTS}).
     * @param classroom        the classroom tabs' setup ({@code null} means {@link ClassroomState#NONE}).
     * @param custom           the custom function ({@code null} means {@link CustomState#NONE}).
     */
    public SessionState(String selected, List<String> compared, Map<String, Map<String, Double>> parameters,
            double xMin, double xMax, double threshold, boolean showDerivatives, String theme, String exportFolder,
            double[] window, ViewState view, ClassroomState classroom, CustomState custom) {
        this(selected, compared, parameters, xMin, xMax, threshold, showDerivatives, theme, exportFolder, window,
                view, classroom, custom, PrecisionState.NONE);
    }

    /**
     * Creates a state with the default custom function.
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
     * @param view             the language, side panes and tab ({@code null} means {@link ViewState#DEFAULTS}).
     * @param classroom        the classroom tabs' setup ({@code null} means {@link ClassroomState#NONE}).
     */
    public SessionState(String selected, List<String> compared, Map<String, Map<String, Double>> parameters,
            double xMin, double xMax, double threshold, boolean showDerivatives, String theme, String exportFolder,
            double[] window, ViewState view, ClassroomState classroom) {
        this(selected, compared, parameters, xMin, xMax, threshold, showDerivatives, theme, exportFolder, window,
                view, classroom, CustomState.NONE);
    }

    /**
     * Creates a state of the plot tab only: the view and the classroom tabs as on a first start.
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
    public SessionState(String selected, List<String> compared, Map<String, Map<String, Double>> parameters,
            double xMin, double xMax, double threshold, boolean showDerivatives, String theme, String exportFolder,
            double[] window) {
        this(selected, compared, parameters, xMin, xMax, threshold, showDerivatives, theme, exportFolder, window,
                ViewState.DEFAULTS, ClassroomState.NONE);
    }

    /**
     * Returns this state with other window bounds.
     *
     * @param bounds  x, y, width, height ({@code null} permitted).
     * @return the state.
     */
    public SessionState withWindow(double[] bounds) {
        return new SessionState(selected, compared, parameters, xMin, xMax, threshold, showDerivatives, theme,
                exportFolder, bounds, view, classroom, custom, precision);
    }
}
