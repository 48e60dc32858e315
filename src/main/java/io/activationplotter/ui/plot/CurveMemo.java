package io.activationplotter.ui.plot;

import io.activationplotter.chart.Curve;
import io.activationplotter.model.ActivationType;
import java.util.HashMap;
import java.util.Map;

/**
 * The curve last made for each function, handed out again while its parameters stay the same: so a
 * slider tick of one function makes one new {@link Curve}, and the chart, which keeps the samples of
 * a curve it has seen, re-samples only that one (issue 16). Part of {@link PlotViewModel}.
 */
final class CurveMemo {

    private final Map<ActivationType, Entry> last = new HashMap<>();

    /** A curve and the parameter values it was made with. */
    private record Entry(Map<String, Double> values, Curve curve) {
    }

    /**
     * Returns the curve of a function with the given parameters: the one made last time if the values
     * are equal, else a new one (which is remembered instead).
     *
     * @param type    the function ({@code null} not permitted).
     * @param values  its parameter values ({@code null} not permitted; copied).
     * @return the curve.
     */
    Curve curve(ActivationType type, Map<String, Double> values) {
        Entry e = last.get(type);
        if (e != null && e.values().equals(values)) {
            return e.curve();
        }
        Map<String, Double> copy = Map.copyOf(values);
        Curve c = new Curve(type, type.create(copy));
        last.put(type, new Entry(copy, c));
        return c;
    }
}
