package io.activationplotter.ui.softmax;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.chart.Styleable;
import io.activationplotter.chart.softmax.ProbabilityChart;
import io.activationplotter.model.compose.InputParser;
import io.activationplotter.model.compose.SyntheticType;
import io.activationplotter.model.softmax.Softmax;
import io.activationplotter.model.softmax.SoftmaxSlice;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.PulseCoalescer;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.DisplayModel;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;

/**
 * The softmax tab's state: logits typed as text, a temperature τ and a second logit z; outputs the
 * probabilities (bar chart) and the slice softmax([x, z] / τ)[0] = σ((x − z) / τ) with its
 * derivative, drawn over the plot tab's visible x-range with its saturation threshold T (τ is not
 * T). Logits that do not parse leave the last good result on screen with a message. While the tab
 * is hidden the plot's changes are not followed ({@link #setShown(boolean)}).
 */
public final class SoftmaxViewModel {

    /** The logits shown first. */
    public static final String DEFAULT_LOGITS = "2.0, 1.0, 0.1";
    /** The temperature range. */
    public static final double MIN_T = 0.1;
    /** The temperature range. */
    public static final double MAX_T = 5;
    /** The range of the second logit z. */
    public static final double Z_LIMIT = 5;

    private final PlotViewModel plot;
    private final Messages text;
    private final ProbabilityChart bars = new ProbabilityChart();
    private final ActivationChart slice = new ActivationChart();
    private final ChangeListener<ChartStyle> styleChanged = (obs, old, now) -> applyStyle(now);
    private final StringProperty logitsText = new SimpleStringProperty(this, "logitsText", DEFAULT_LOGITS);
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 1);
    private final DoubleProperty z = new SimpleDoubleProperty(this, "z", 1);
    private final ReadOnlyObjectWrapper<double[]> probabilities = new ReadOnlyObjectWrapper<>(this, "probabilities");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private double[] logits;

    /**
     * Creates the view-model for the default logits at τ = 1 and z = 1.
     *
     * @param plot  the plot tab's view-model, for the x-range and threshold ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public SoftmaxViewModel(PlotViewModel plot, Messages text) {
        slice.setLabels(DisplayModel.labels(text, text.localeProperty().get()));
        slice.getRenderer().setDecimating(true); // on screen: only the points that shape the picture
        this.plot = Objects.requireNonNull(plot, "plot");
        this.text = Objects.requireNonNull(text, "text");
        logitsText.addListener((obs, old, now) -> parse());
        PulseCoalescer recomputes = new PulseCoalescer(this::recompute); // issue 16: sliders redraw once a frame
        temperature.addListener((obs, old, now) -> recomputes.request());
        z.addListener((obs, old, now) -> recomputes.request());
        parse();
    }

    /** @return the logits as typed, for example "2.0, 1.0, 0.1". */
    public StringProperty logitsTextProperty() {
        return logitsText;
    }

    /** @return the temperature τ, from 0.1 to 5. */
    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    /** @return the second logit z of the slice, from -5 to 5. */
    public DoubleProperty zProperty() {
        return z;
    }

    /** @return the probabilities of the last good logits. */
    public ReadOnlyObjectProperty<double[]> probabilitiesProperty() {
        return probabilities.getReadOnlyProperty();
    }

    /** @return what was computed, or why the logits were not accepted. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return whether the message is an error. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return the bar chart. */
    public ProbabilityChart bars() {
        return bars;
    }

    /** @return the slice chart. */
    public ActivationChart slice() {
        return slice;
    }

    /**
     * Makes the charts take a style now and on every change of it (dark theme, presentation, language),
     * also while the tab is hidden. The style is listened to weakly: it must not keep this model alive.
     *
     * @param style  the style to follow ({@code null} not permitted).
     */
    public void followStyle(ObservableValue<ChartStyle> style) {
        applyStyle(style.getValue());
        style.addListener(new WeakChangeListener<>(styleChanged));
    }

    private void applyStyle(ChartStyle style) {
        bars.setStyle(style);
        slice.setStyle(style);
    }

    /**
     * Says whether the softmax tab is shown: shown, the slice is redrawn over the plot tab's visible
     * x-range with its threshold now (called again on every accepted change of the plot); hidden,
     * nothing is done.
     *
     * @param shown  {@code true} if the tab is shown.
     */
    public void setShown(boolean shown) {
        if (shown) {
            recompute();
        }
    }

    /** Re-derives the charts' words and the message after a language switch; logits, τ and z are kept. */
    public void relabel() {
        slice.setLabels(DisplayModel.labels(text, text.localeProperty().get()));
        recompute(); // the titles, and the message when the logits are good
        if (error.get()) {
            parse(); // the reason the logits were not accepted
        }
    }

    private void parse() {
        List<InputParser.Entry> entries = InputParser.parse(logitsText.get());
        InputParser.Entry bad = entries.stream().filter(e -> !e.valid()).findFirst().orElse(null);
        if (entries.isEmpty() || bad != null) {
            error.set(true);
            message.set(bad == null ? text.get("softmax.empty") : NumberText.typedProblem(text, bad.text()));
            return;
        }
        logits = entries.stream().mapToDouble(InputParser.Entry::value).toArray();
        error.set(false);
        recompute();
    }

    private void recompute() {
        double t = Math.max(MIN_T, Math.min(MAX_T, temperature.get()));
        double[] p = Softmax.probabilities(logits, t);
        probabilities.set(p);
        // issue 16: bars and titles in one chart change event, so one draw
        Styleable.inOneEvent(bars.getChart(), () -> {
            bars.update(logits, p);
            bars.setLabels(text.get("softmax.barsTitle", NumberText.format(t, 3)), text.get("softmax.logitAxis"),
                    text.get("softmax.probabilityAxis"));
        });
        SoftmaxSlice s = new SoftmaxSlice(z.get(), t);
        String name = text.get("softmax.sliceName", NumberText.format(z.get(), 3), NumberText.format(t, 3));
        Curve c = new Curve(SyntheticType.of("softmax_slice", name, s), s);
        FigureSpec view = plot.specProperty().get();
        slice.update(new FigureSpec(List.of(c), 0, view.xMin(), view.xMax(), view.threshold(), true),
                ActivationChart.DEFAULT_SAMPLES);
        if (!error.get()) {
            message.set(text.get("softmax.lse", NumberText.format(Softmax.logSumExp(logits, t), 6)));
        }
    }
}
