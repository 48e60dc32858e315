package io.activationplotter.ui.precision;

import io.activationplotter.chart.ChartLabels;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.precision.ApproximationChart;
import io.activationplotter.chart.precision.ErrorChart;
import io.activationplotter.chart.precision.PrecisionOverlay;
import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.precision.Approximation;
import io.activationplotter.model.precision.FloatFormat;
import io.activationplotter.model.precision.NaiveFormula;
import io.activationplotter.model.precision.NaiveFormulas;
import io.activationplotter.model.precision.StoredActivation;
import io.activationplotter.model.precision.UnderflowAnalysis;
import io.activationplotter.model.precision.UnderflowRegion;
import io.activationplotter.model.saturation.Region;
import io.activationplotter.model.saturation.Side;
import io.activationplotter.ui.Messages;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;

/**
 * The precision lens of the Plot tab: the format the curves are stored in (float64 shows the exact
 * curves), whether the naive formula is drawn instead, and what follows from them for the selected
 * function: the underflow tails and overflow intervals on the main chart ({@link #overlay()}), the naive
 * formula's error in ulps ({@link #errorChart()}) and the sentence of the formula panel. The Plot tab's
 * view-model calls {@link #lens} for every curve and {@link #update} before each redraw. The system
 * properties {@code activationplotter.dtype}, {@code .naive} and {@code .approximations} set the start values.
 */
public final class PrecisionViewModel {

    /** Points of the error panel. */
    public static final int ERROR_SAMPLES = 1201;
    /** Points per curve of the approximation charts. */
    public static final int APPROXIMATION_SAMPLES = 801;
    /** Significant digits of the underflow ends in the formula panel (17.33 for float16 sigmoid). */
    private static final int DIGITS = 4;

    private final Messages text;
    private final PrecisionOverlay overlay = new PrecisionOverlay();
    private final ErrorChart errorChart = new ErrorChart();
    private final ApproximationChart geluChart = new ApproximationChart("GELU: exact, tanh approximation, QuickGELU",
            Approximation.ALL.subList(0, 2));
    private final ApproximationChart siluChart = new ApproximationChart("SiLU and Hardswish",
            Approximation.ALL.subList(2, 3));

    // inputs
    private final ObjectProperty<FloatFormat> format = new SimpleObjectProperty<>(this, "format", FloatFormat.FLOAT64);
    private final BooleanProperty naive = new SimpleBooleanProperty(this, "naive");
    private final BooleanProperty approximations = new SimpleBooleanProperty(this, "approximations");

    // outputs
    private final ReadOnlyBooleanWrapper lowPrecision = new ReadOnlyBooleanWrapper(this, "lowPrecision");
    private final ReadOnlyStringWrapper underflowText = new ReadOnlyStringWrapper(this, "underflowText", "");
    private final ReadOnlyStringWrapper errorSummary = new ReadOnlyStringWrapper(this, "errorSummary", "");
    private final ChangeListener<ChartStyle> styleChanged = (obs, old, now) -> {
        errorChart.setStyle(now);
        geluChart.setStyle(now);
        siluChart.setStyle(now);
    };

    /**
     * Creates the lens, off (float64).
     *
     * @param text    the strings ({@code null} not permitted).
     * @param redraw  asks the Plot tab for a redraw ({@code null} not permitted).
     */
    public PrecisionViewModel(Messages text, Runnable redraw) {
        this.text = Objects.requireNonNull(text, "text");
        Objects.requireNonNull(redraw, "redraw");
        // -Dactivationplotter.dtype=float16 (and .naive=true) start with the lens on, as .tab picks the tab
        String dtype = System.getProperty("activationplotter.dtype");
        format.set(dtype == null ? FloatFormat.FLOAT64 : FloatFormat.parse(dtype).orElse(FloatFormat.FLOAT64));
        lowPrecision.set(format.get().isLowPrecision());
        naive.set(Boolean.getBoolean("activationplotter.naive"));
        approximations.set(Boolean.getBoolean("activationplotter.approximations"));
        format.addListener((obs, old, now) -> {
            if (now == null) {
                format.set(old);
                return;
            }
            lowPrecision.set(now.isLowPrecision());
            redraw.run();
        });
        naive.addListener((obs, old, now) -> redraw.run());
        approximations.addListener((obs, old, now) -> redraw.run());
    }

    // ---------------------------------------------------------------- inputs

    /** @return the format the curves are stored in (float64: the exact curves). */
    public ObjectProperty<FloatFormat> formatProperty() {
        return format;
    }

    /** @return whether the curves are the naive formula in the format rather than the stored values. */
    public BooleanProperty naiveProperty() {
        return naive;
    }

    /** @return whether the approximations (GELU, QuickGELU, SiLU/Hardswish) are shown under the chart. */
    public BooleanProperty approximationsProperty() {
        return approximations;
    }

    // ---------------------------------------------------------------- outputs

    /** @return GELU against its tanh approximation and QuickGELU, with their differences. */
    public ApproximationChart geluChart() {
        return geluChart;
    }

    /** @return SiLU against Hardswish, with the difference. */
    public ApproximationChart siluChart() {
        return siluChart;
    }

    /** @return {@code true} when a format other than float64 is chosen. */
    public ReadOnlyBooleanProperty lowPrecisionProperty() {
        return lowPrecision.getReadOnlyProperty();
    }

    /** @return where f' first rounds to 0 on each side, for the formula panel (empty for float64). */
    public ReadOnlyStringProperty underflowTextProperty() {
        return underflowText.getReadOnlyProperty();
    }

    /** @return the error panel's summary: the largest errors of the naive formula. */
    public ReadOnlyStringProperty errorSummaryProperty() {
        return errorSummary.getReadOnlyProperty();
    }

    /** @return the markings on the main chart. */
    public PrecisionOverlay overlay() {
        return overlay;
    }

    /** @return the error panel's chart. */
    public ErrorChart errorChart() {
        return errorChart;
    }

    /**
     * Makes the error chart follow the window's chart style.
     *
     * @param style  the style ({@code null} not permitted).
     */
    public void followStyle(ObservableValue<ChartStyle> style) {
        styleChanged.changed(style, null, style.getValue());
        style.addListener(new WeakChangeListener<>(styleChanged));
    }

    // ---------------------------------------------------------------- commands

    /**
     * Returns what identifies the lens now: two curves made under equal keys draw alike.
     *
     * @return the format and whether the naive formula is drawn.
     */
    public Object lensKey() {
        return List.of(format.get(), naive.get());
    }

    /**
     * Returns a function as the lens draws it: exact in float64, else stored or by its naive formula.
     *
     * @param type    the function ({@code null} not permitted).
     * @param values  its parameter values.
     * @param exact   the exact instance with those values.
     * @return the function to draw.
     */
    public Activation lens(ActivationType type, Map<String, Double> values, Activation exact) {
        FloatFormat f = format.get();
        if (naive.get()) {
            return NaiveFormulas.naive(type, values, f);
        }
        return StoredActivation.of(exact, f);
    }

    /**
     * Recomputes the markings, the error panel and the texts for the selected function; call it before
     * the main chart's update, which draws the markings.
     *
     * @param type    the selected function ({@code null} not permitted).
     * @param values  its parameter values.
     * @param xMin    the visible x-range.
     * @param xMax    the visible x-range.
     */
    public void update(ActivationType type, Map<String, Double> values, double xMin, double xMax) {
        if (approximations.get()) {
            geluChart.update(xMin, xMax, APPROXIMATION_SAMPLES);
            siluChart.update(xMin, xMax, APPROXIMATION_SAMPLES);
        }
        FloatFormat f = format.get();
        Activation exact = type.create(values);
        List<UnderflowRegion> tails = UnderflowAnalysis.analyze(exact, f);
        Activation drawn = lens(type, values, exact);
        List<double[]> overflow = f.isLowPrecision() || naive.get()
                ? Overflow.intervals(drawn, xMin, xMax) : List.of();
        overlay.set(tails, overflow, text.get("precision.underflow.legend", f.label()),
                text.get(naive.get() ? "precision.overflow.legend.naive" : "precision.overflow.legend", f.label()));
        underflowText.set(f.isLowPrecision() ? underflowSentence(type, tails, f) + NaiveFormulas.find(type, values)
                .map(n -> "\n" + text.get("precision.info.formula", n.text())).orElse("") : "");
        if (f.isLowPrecision()) {
            updateErrors(type, values, exact, f, xMin, xMax);
        } else {
            errorSummary.set("");
        }
    }

    private String underflowSentence(ActivationType type, List<UnderflowRegion> tails, FloatFormat f) {
        if (tails.isEmpty()) {
            return text.get("precision.info.none", f.label());
        }
        String left = side(tails, Side.LEFT).map(r -> "x < " + Region.formatNumber(r.edge(), DIGITS))
                .orElse(text.get("precision.info.never"));
        String right = side(tails, Side.RIGHT).map(r -> "x > " + Region.formatNumber(r.edge(), DIGITS))
                .orElse(text.get("precision.info.never"));
        return text.get("precision.info", f.label(), left, right);
    }

    private static Optional<UnderflowRegion> side(List<UnderflowRegion> tails, Side side) {
        return tails.stream().filter(r -> r.side() == side).findFirst();
    }

    private void updateErrors(ActivationType type, Map<String, Double> values, Activation exact, FloatFormat f,
            double xMin, double xMax) {
        Optional<NaiveFormula> formula = NaiveFormulas.find(type, values);
        ErrorSamples e = formula.isPresent()
                ? ErrorSamples.of(exact, NaiveFormulas.naive(type, values, f), f, xMin, xMax, ERROR_SAMPLES)
                : ErrorSamples.empty();
        String summary = formula.isEmpty() ? text.get("precision.error.noFormula", type.displayName())
                : text.get("precision.error.summary", type.displayName(), f.label(), number(e.maxValue()),
                        number(e.maxSlope()));
        errorSummary.set(summary);
        errorChart.update(e.x(), e.valueUlps(), e.slopeUlps(), xMin, xMax,
                text.get("precision.error.axis", f.label()), summary);
    }

    private String number(double ulps) {
        return Double.isInfinite(ulps) ? "∞" : ChartLabels.number(ulps);
    }
}
