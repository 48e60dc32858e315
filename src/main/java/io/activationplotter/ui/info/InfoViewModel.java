package io.activationplotter.ui.info;

import io.activationplotter.chart.ChartLabels;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Extremes;
import io.activationplotter.model.Extremes.MaxSlope;
import io.activationplotter.model.Extremes.Span;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.expr.SampledShape;
import io.activationplotter.ui.DragThrottle;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.PulseCoalescer;
import io.activationplotter.ui.custom.CustomNotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * What the formula and properties panel shows for the selected function with its current
 * parameters: TeX of f and f', the PyTorch call, parameters with defaults, output range,
 * monotonicity, max |f'| and where, saturation on each side, and the teaching notes. Recomputed on
 * every accepted change of the figure and on a language switch; no scene-graph code.
 * <p>
 * The max |f'| search (tens of thousands of points) is the one costly part, and a parameter
 * slider changes the figure on every tick: on the JavaFX thread it therefore runs on a worker, newest
 * parameters only, and {@link #maxSlopePendingProperty()} is {@code true} until its answer is in.
 * Used from any other thread (no window to keep responsive) it runs in line. On the JavaFX thread the
 * panel follows a new figure after the chart is redrawn, at most once a frame ({@link PulseCoalescer}).
 */
public final class InfoViewModel {

    private final Messages text;
    private final Function<ActivationType, Map<String, Double>> values;
    private Notes notes;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper functionTex = new ReadOnlyStringWrapper(this, "functionTex", "");
    private final ReadOnlyStringWrapper derivativeTex = new ReadOnlyStringWrapper(this, "derivativeTex", "");
    private final ReadOnlyStringWrapper torch = new ReadOnlyStringWrapper(this, "torch", "");
    private final ReadOnlyStringWrapper parameters = new ReadOnlyStringWrapper(this, "parameters", "");
    private final ReadOnlyStringWrapper range = new ReadOnlyStringWrapper(this, "range", "");
    private final ReadOnlyStringWrapper rangeTex = new ReadOnlyStringWrapper(this, "rangeTex", "");
    private final ReadOnlyStringWrapper monotonic = new ReadOnlyStringWrapper(this, "monotonic", "");
    private final ReadOnlyStringWrapper zeroCentred = new ReadOnlyStringWrapper(this, "zeroCentred", "");
    private final ReadOnlyStringWrapper maxSlopeText = new ReadOnlyStringWrapper(this, "maxSlopeText", "");
    private final ReadOnlyObjectWrapper<MaxSlope> maxSlope = new ReadOnlyObjectWrapper<>(this, "maxSlope");
    private final ReadOnlyBooleanWrapper maxSlopePending = new ReadOnlyBooleanWrapper(this, "maxSlopePending");
    private final MaxSlopeSearch search = MaxSlopeSearch.onFxThread(this::maxSlopeFound);
    private final ReadOnlyStringWrapper saturation = new ReadOnlyStringWrapper(this, "saturation", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper use = new ReadOnlyStringWrapper(this, "use", "");
    private final ReadOnlyStringWrapper watch = new ReadOnlyStringWrapper(this, "watch", "");
    private final ReadOnlyStringWrapper aliases = new ReadOnlyStringWrapper(this, "aliases", "");
    private final ReadOnlyStringWrapper frameworks = new ReadOnlyStringWrapper(this, "frameworks", "");
    private Conventions conventions;
    private Object lastKey;
    private Object slopeKey;

    /**
     * Creates the model and keeps it up to date.
     *
     * @param text    the strings ({@code null} not permitted).
     * @param spec    the figure drawn ({@code null} not permitted).
     * @param values  the current parameter values of a function ({@code null} not permitted).
     */
    public InfoViewModel(Messages text, ObservableValue<FigureSpec> spec,
            Function<ActivationType, Map<String, Double>> values) {
        this(text, spec, values, new SimpleBooleanProperty(false));
    }

    /**
     * Creates the model and keeps it up to date; while a slider is dragged, at most about five times a
     * second, and once more with the newest figure when the drag ends ({@link DragThrottle}).
     *
     * @param text      the strings ({@code null} not permitted).
     * @param spec      the figure drawn ({@code null} not permitted).
     * @param values    the current parameter values of a function ({@code null} not permitted).
     * @param dragging  whether a slider is being dragged ({@code null} not permitted).
     */
    public InfoViewModel(Messages text, ObservableValue<FigureSpec> spec,
            Function<ActivationType, Map<String, Double>> values, ObservableBooleanValue dragging) {
        this.text = Objects.requireNonNull(text, "text");
        this.values = Objects.requireNonNull(values, "values");
        this.notes = new Notes(text.localeProperty().get());
        this.conventions = new Conventions(text.localeProperty().get());
        // issue 16: after the redraw, at most once a frame, for the newest figure
        PulseCoalescer shows = new PulseCoalescer(() -> show(spec.getValue()));
        DragThrottle throttle = new DragThrottle(shows::request, dragging);
        spec.addListener((obs, old, now) -> throttle.request());
        text.localeProperty().addListener((obs, old, now) -> {
            notes = new Notes(now);
            conventions = new Conventions(now);
            lastKey = null;
            show(spec.getValue());
        });
        show(spec.getValue());
    }

    /** @return the selected function's display name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** @return the TeX of f(x). */
    public ReadOnlyStringProperty functionTexProperty() {
        return functionTex.getReadOnlyProperty();
    }

    /** @return the TeX of f'(x). */
    public ReadOnlyStringProperty derivativeTexProperty() {
        return derivativeTex.getReadOnlyProperty();
    }

    /** @return the PyTorch call. */
    public ReadOnlyStringProperty torchProperty() {
        return torch.getReadOnlyProperty();
    }

    /** @return the parameters with current values and PyTorch defaults, one per line. */
    public ReadOnlyStringProperty parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    /** @return the output range. */
    public ReadOnlyStringProperty rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** @return the TeX of the output range, typeset like the formulas (empty if there is none). */
    public ReadOnlyStringProperty rangeTexProperty() {
        return rangeTex.getReadOnlyProperty();
    }

    /** @return yes or no. */
    public ReadOnlyStringProperty monotonicProperty() {
        return monotonic.getReadOnlyProperty();
    }

    /** @return yes or no. */
    public ReadOnlyStringProperty zeroCentredProperty() {
        return zeroCentred.getReadOnlyProperty();
    }

    /** @return max |f'| and where, for example {@code 0.25 at x = 0}. */
    public ReadOnlyStringProperty maxSlopeTextProperty() {
        return maxSlopeText.getReadOnlyProperty();
    }

    /**
     * Returns max |f'| and where, as numbers: for the current parameters unless
     * {@link #maxSlopePendingProperty()} is {@code true}, when it still holds the previous answer
     * ({@code null} before the first).
     *
     * @return the property.
     */
    public ReadOnlyObjectProperty<MaxSlope> maxSlopeProperty() {
        return maxSlope.getReadOnlyProperty();
    }

    /** @return {@code true} while max |f'| is being searched for newer parameters than those shown. */
    public ReadOnlyBooleanProperty maxSlopePendingProperty() {
        return maxSlopePending.getReadOnlyProperty();
    }

    /** @return the saturation kind on each side, for example {@code left: soft · right: soft}. */
    public ReadOnlyStringProperty saturationProperty() {
        return saturation.getReadOnlyProperty();
    }

    /** @return the one-line summary in the current language. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return when to use the function. */
    public ReadOnlyStringProperty useProperty() {
        return use.getReadOnlyProperty();
    }

    /** @return what to watch out for. */
    public ReadOnlyStringProperty watchProperty() {
        return watch.getReadOnlyProperty();
    }

    /** @return the function's other names (Keras, JAX …) with their sources, one per line; empty if none. */
    public ReadOnlyStringProperty aliasesProperty() {
        return aliases.getReadOnlyProperty();
    }

    /** @return how PyTorch, Keras 3 and JAX differ for the function, one line each; empty where they agree. */
    public ReadOnlyStringProperty frameworksProperty() {
        return frameworks.getReadOnlyProperty();
    }

    private void show(FigureSpec spec) {
        Curve curve = spec == null ? null : spec.selectedCurve();
        if (curve == null) {
            return;
        }
        ActivationType type = curve.type();
        saturation.set(saturationLine(curve.function(), spec.threshold()));
        // the panel depends on the function and its parameters only, not on the range or threshold
        Object key = List.of(type, Map.copyOf(values.apply(type)));
        if (key.equals(lastKey)) {
            return;
        }
        lastKey = key;
        Activation f = curve.function();
        String id = type.id();
        title.set(type.displayName());
        functionTex.set(CustomNotes.functionTex(f, Formulas.function(id)));
        derivativeTex.set(CustomNotes.derivativeTex(f, Formulas.derivative(id)));
        // a break point after "(" (a hair space, which JavaFX wraps at and hardly shows):
        // torch.nn.LeakyReLU(negative_slope) wraps before the name, never inside it
        torch.set(Formulas.torch(id).replace("(", "(\u200a"));
        parameters.set(parameterText(type));
        if (type.info().outputRange().isBlank()) { // a custom formula: what sampling shows, said to be sampled
            showSampledShape(SampledShape.of(f));
        } else {
            range.set(type.info().outputRange());
            monotonic.set(yesNo(type.info().monotonic()));
            zeroCentred.set(yesNo(type.info().zeroCentred()));
        }
        rangeTex.set(Formulas.range(id));
        if (!key.equals(slopeKey)) {
            slopeKey = key;
            searchMaxSlope(f);
        } else if (maxSlope.get() != null) {
            maxSlopeText.set(describe(maxSlope.get())); // same function and parameters, new language
        }
        summary.set(notes.summary(id));
        use.set(notes.use(id));
        watch.set(CustomNotes.watch(f, notes.watch(id), text));
        aliases.set(Conventions.aliases(id));
        frameworks.set(conventions.frameworks(id));
    }

    /**
     * The saturation of each side, in the words of the chart's subtitle where a side is below T here
     * without saturating (Leaky ReLU's left at T &gt; negative_slope).
     */
    private String saturationLine(Activation f, double t) {
        String left = ChartLabels.belowWithoutSaturating(f, t, true)
                ? text.get("saturation.belowLeft", ChartLabels.number(ChartLabels.limitSlope(f, true)))
                : text.get("info.saturation.side.left", text.get("info.saturation." + f.leftSaturation().name()));
        String right = ChartLabels.belowWithoutSaturating(f, t, false)
                ? text.get("saturation.belowRight", ChartLabels.number(ChartLabels.limitSlope(f, false)))
                : text.get("info.saturation.side.right", text.get("info.saturation." + f.rightSaturation().name()));
        return text.get("info.saturation.value", left, right);
    }

    private void searchMaxSlope(Activation f) {
        if (Platform.isFxApplicationThread()) {
            maxSlopePending.set(true);
            search.request(f);
        } else {
            search.supersede();
            maxSlopeFound(Extremes.maxAbsDerivative(f));
        }
    }

    private void maxSlopeFound(MaxSlope m) {
        maxSlope.set(m);
        maxSlopeText.set(describe(m));
        maxSlopePending.set(false);
    }

    private String parameterText(ActivationType type) {
        if (type.parameters().isEmpty()) {
            return text.get("info.noParameters");
        }
        Map<String, Double> v = values.apply(type);
        List<String> lines = new ArrayList<>();
        for (ParameterSpec p : type.parameters()) {
            lines.add(text.get("info.parameter", p.name(), NumberText.format(v.getOrDefault(p.name(), p.defaultValue())),
                    NumberText.format(p.defaultValue())));
        }
        return String.join("\n", lines);
    }

    private void showSampledShape(SampledShape shape) {
        range.set(Double.isNaN(shape.min()) ? text.get("info.sampledRange.none")
                : text.get("info.sampledRange", bound(shape.min()), bound(shape.max()),
                        NumberText.format(SampledShape.LIMIT)));
        monotonic.set(text.get("info.sampled", yesNo(shape.monotonic())));
        zeroCentred.set(text.get("info.sampled", yesNo(shape.zeroCentred())));
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "+\u221e" : "-\u221e") : NumberText.format(v, 4);
    }

    private String yesNo(boolean b) {
        return text.get(b ? "info.yes" : "info.no");
    }

    private String describe(MaxSlope m) {
        String value = NumberText.format(m.value(), 5);
        List<Span> where = m.where();
        if (where.size() == 1 && where.get(0).isPoint()) {
            return text.get("info.maxSlope.point", value, NumberText.format(where.get(0).lo(), 5));
        }
        if (where.stream().allMatch(Span::isLimit)) {
            return text.get("info.maxSlope.limit", value, join(where));
        }
        return text.get("info.maxSlope.span", value, join(where));
    }

    private String join(List<Span> where) {
        List<String> parts = new ArrayList<>();
        for (Span s : where) {
            parts.add(span(s));
        }
        return String.join(text.get("info.span.and"), parts);
    }

    private String span(Span s) {
        if (s.isLimit()) {
            return text.get(s.lo() < 0 ? "info.span.toMinusInf" : "info.span.toPlusInf");
        }
        if (s.isPoint()) {
            return "x = " + NumberText.format(s.lo(), 5);
        }
        boolean openLeft = s.lo() == Double.NEGATIVE_INFINITY;
        boolean openRight = s.hi() == Double.POSITIVE_INFINITY;
        if (openLeft && openRight) {
            return text.get("info.span.all");
        }
        if (openLeft) {
            return text.get("info.span.left", NumberText.format(s.hi(), 5));
        }
        if (openRight) {
            return text.get("info.span.right", NumberText.format(s.lo(), 5));
        }
        return text.get("info.span.between", NumberText.format(s.lo(), 5), NumberText.format(s.hi(), 5));
    }
}
