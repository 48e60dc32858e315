package io.activationplotter.ui.plot;

import io.activationplotter.chart.Curve;
import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The curve last made for each function, handed out again while its parameters and the precision lens
 * stay the same: so a slider tick of one function makes one new {@link Curve}, and the chart, which
 * keeps the samples of a curve it has seen, re-samples only that one (issue 16). Part of
 * {@link PlotViewModel}.
 */
final class CurveMemo {

    private final Map<ActivationType, Entry> last = new HashMap<>();

    /** A curve, the exact function it draws (or draws through the lens), and what they were made with. */
    private record Entry(Map<String, Double> values, Object lensKey, Activation exact, Curve curve) {
    }

    /**
     * Returns the exact function with the given parameters: the one made last time if the values are
     * equal, else a new one.
     *
     * @param type    the function ({@code null} not permitted).
     * @param values  its parameter values ({@code null} not permitted).
     * @return the function.
     */
    Activation exact(ActivationType type, Map<String, Double> values) {
        Entry e = last.get(type);
        return e != null && e.values().equals(values) ? e.exact() : type.create(Map.copyOf(values));
    }

    /**
     * Returns the curve of a function with the given parameters as the lens draws it: the one made last
     * time if the values and the lens are the same, else a new one (which is remembered instead).
     *
     * @param type     the function ({@code null} not permitted).
     * @param values   its parameter values ({@code null} not permitted; copied).
     * @param lensKey  what identifies the lens (equal keys draw alike; {@code null} permitted).
     * @param lens     turns the exact function into the one drawn ({@code null} not permitted).
     * @return the curve.
     */
    Curve curve(ActivationType type, Map<String, Double> values, Object lensKey, UnaryOperator<Activation> lens) {
        Entry e = last.get(type);
        if (e != null && e.values().equals(values) && Objects.equals(e.lensKey(), lensKey)) {
            return e.curve();
        }
        Map<String, Double> copy = Map.copyOf(values);
        Activation exact = e != null && e.values().equals(copy) ? e.exact() : type.create(copy);
        Curve c = new Curve(type, lens.apply(exact));
        last.put(type, new Entry(copy, lensKey, exact, c));
        return c;
    }
}
