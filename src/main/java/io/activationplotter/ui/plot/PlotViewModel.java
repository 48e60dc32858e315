package io.activationplotter.ui.plot;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.export.ChartExporter;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Message;
import io.activationplotter.ui.MessageBoard;
import io.activationplotter.ui.custom.CustomViewModel;
import io.activationplotter.ui.DragThrottle;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.PulseCoalescer;
import io.activationplotter.ui.export.ExportViewModel;
import io.activationplotter.ui.export.ExportWriter;
import io.activationplotter.ui.info.InfoViewModel;
import io.activationplotter.ui.params.ParameterList;
import io.activationplotter.ui.params.ParameterModel;
import io.activationplotter.ui.precision.PrecisionViewModel;
import io.activationplotter.ui.saturation.SaturationLabels;
import io.activationplotter.ui.saturation.ThresholdInput;
import io.activationplotter.ui.window.DisplayModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlySetProperty;
import javafx.beans.property.ReadOnlySetWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;

/**
 * The state of the main window. Inputs are properties the controls bind to; outputs are read-only
 * properties; the commands below are the only writers. It owns the {@link ActivationChart} and
 * calls {@link ActivationChart#update(FigureSpec, int)} exactly once per accepted change; a
 * rejected input keeps the last good plot. No scene-graph code lives here. The parts around the
 * drawing live in small collaborators: {@link ViewRange} (public), and the parameter list, the
 * threshold input, the saturation labels, the hover readout, the export writer and the redraw batch.
 */
public final class PlotViewModel {

    /** The default x-range. */
    public static final double DEFAULT_X_MIN = -6;
    /** The default x-range. */
    public static final double DEFAULT_X_MAX = 6;
    /** The default saturation threshold T. */
    public static final double DEFAULT_THRESHOLD = 0.05;
    /** The smallest threshold, as log10 T. */
    public static final double MIN_LOG_THRESHOLD = -4;
    /** The largest threshold (0.5), as log10 T. */
    public static final double MAX_LOG_THRESHOLD = Math.log10(0.5);

    private final Messages text;
    private final SaturationLabels labels;
    private final ThresholdInput thresholdInput;
    private final ActivationChart chart = new ActivationChart();
    private final ParameterList parameters;
    private final MessageBoard board;
    private final ViewRange range;
    private final HoverReadout readout;
    private final ExportViewModel exportSettings;
    private final ExportWriter exportWriter;
    private final InfoViewModel info;
    private final DisplayModel display;
    private final PulseCoalescer frames = new PulseCoalescer(this::redraw); // issue 16: one redraw per pulse
    private final RedrawBatch redraws = new RedrawBatch(frames::request);
    private final CurveMemo memo = new CurveMemo(); // issue 16: unchanged functions keep their curves
    private final CustomViewModel custom;
    private final PrecisionViewModel precision;

    // inputs
    private final ObjectProperty<ActivationType> selectedType = new SimpleObjectProperty<>(this, "selectedType");
    private final BooleanProperty showDerivatives = new SimpleBooleanProperty(this, "showDerivatives", true);
    private final DoubleProperty plotWidth = new SimpleDoubleProperty(this, "plotWidth");
    private final BooleanProperty dragging = new SimpleBooleanProperty(this, "dragging");
    private final DragThrottle labelUpdates = new DragThrottle(this::showIntervals, dragging); // issue 16: the intervals' label relayouts ~5 times a second during a drag

    // outputs
    private final ReadOnlyObjectWrapper<FigureSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlySetWrapper<ActivationType> compared = new ReadOnlySetWrapper<>(this, "compared",
            FXCollections.observableSet(new LinkedHashSet<>()));
    private final ReadOnlyIntegerWrapper updateCount = new ReadOnlyIntegerWrapper(this, "updateCount");

    private Activation selectedFunction;
    private boolean drawing;
    private int lastSamples;

    /** Creates the view-model with the default bundle, showing the first catalogue entry. */
    public PlotViewModel() {
        this(Messages.load());
    }

    /**
     * Creates the view-model, showing the first catalogue entry.
     *
     * @param text  the user-visible strings ({@code null} not permitted).
     */
    public PlotViewModel(Messages text) {
        this.text = Objects.requireNonNull(text, "text");
        this.board = new MessageBoard(text);
        this.labels = new SaturationLabels(text);
        this.parameters = new ParameterList(text, board, redraws::request);
        this.range = new ViewRange(DEFAULT_X_MIN, DEFAULT_X_MAX, text, board, this::rangeChanged);
        this.exportSettings = new ExportViewModel(text);
        this.exportWriter = new ExportWriter(text, board, exportSettings);
        this.thresholdInput = new ThresholdInput(labels, redraws);
        this.readout = new HoverReadout(text);
        this.precision = new PrecisionViewModel(text, redraws::request);
        chart.setOverlay(precision.overlay());
        chart.getRenderer().setDecimating(true); // issue 16: on screen only the points that shape the picture
        selectedType.addListener((obs, old, now) -> redraws.run(() -> selectionChanged(old, now)));
        showDerivatives.addListener((obs, old, now) -> redraws.request());
        plotWidth.addListener((obs, old, now) -> {
            if (samples() != lastSamples) {
                redraws.request();
            }
        });
        selectedType.set(Catalogue.all().get(0));
        frames.flush(); // the first figure exists once the view-model does
        info = new InfoViewModel(text, spec.getReadOnlyProperty(), this::parameterValues, dragging);
        display = new DisplayModel(text, chart);
        precision.followStyle(display.chartStyleProperty());
        text.localeProperty().addListener((obs, old, now) -> redraws.run(this::relabel));
        custom = new CustomViewModel(this);
    }

    /** @return the "Custom…" function's formula, parameters and errors. */
    public CustomViewModel custom() {
        return custom;
    }

    /** @return the formula and properties panel's model. */
    public InfoViewModel info() {
        return info;
    }

    /** @return the precision lens: dtype, naive formula, underflow and error panel. */
    public PrecisionViewModel precision() {
        return precision;
    }

    /** @return presentation mode, theme, pane visibility and language. */
    public DisplayModel display() {
        return display;
    }

    /** Re-derives every text output after a language switch; the state itself is kept. */
    private void relabel() {
        thresholdInput.changed();
        ActivationType sel = selectedType.get();
        selectionChanged(sel, sel);
        hover(readout.hoverXProperty().get());
    }

    // ---------------------------------------------------------------- inputs

    /** @return the selected function, whose parameters the sliders edit and whose saturation is shaded. */
    public ObjectProperty<ActivationType> selectedTypeProperty() {
        return selectedType;
    }

    /** @return whether f' curves are drawn. */
    public BooleanProperty showDerivativesProperty() {
        return showDerivatives;
    }

    /**
     * @return whether a slider of the plot is being dragged: meanwhile the labels that are read, not
     *         watched, follow about five times a second, and exactly once when it ends ({@link DragThrottle}).
     */
    public BooleanProperty draggingProperty() {
        return dragging;
    }

    /** @return log10 of the saturation threshold T, from {@link #MIN_LOG_THRESHOLD} to {@link #MAX_LOG_THRESHOLD}. */
    public DoubleProperty logThresholdProperty() {
        return thresholdInput.logProperty();
    }

    /** @return the plot's width in pixels; samples per curve are max(2001, width). */
    public DoubleProperty plotWidthProperty() {
        return plotWidth;
    }

    // ---------------------------------------------------------------- outputs

    /** @return the chart this view-model updates. */
    public ActivationChart chart() {
        return chart;
    }

    /** @return the export dialog's settings. */
    public ExportViewModel exportSettings() {
        return exportSettings;
    }

    /** @return the figure last drawn (always a valid one). */
    public ReadOnlyObjectProperty<FigureSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** @return the selected function's parameters, in declaration order. */
    public ReadOnlyListProperty<ParameterModel> parametersProperty() {
        return parameters.modelsProperty();
    }

    /** @return the functions drawn for comparison besides the selected one, in the order ticked. */
    public ReadOnlySetProperty<ActivationType> comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    /** @return "Sigmoid has no parameters." for functions without parameters, else empty. */
    public ReadOnlyStringProperty parameterHintProperty() {
        return parameters.hintProperty();
    }

    /** @return the threshold label, for example {@code Threshold T = 0.05}. */
    public ReadOnlyStringProperty thresholdTextProperty() {
        return labels.thresholdProperty();
    }

    /** @return the saturated intervals of the selected function. */
    public ReadOnlyStringProperty saturationTextProperty() {
        return labels.saturatedProperty();
    }

    /** @return the low-gradient zones of the selected function. */
    public ReadOnlyStringProperty lowGradientTextProperty() {
        return labels.lowGradientProperty();
    }

    /** @return x, f(x) and f'(x) of the selected function under the mouse, or a hint. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.readoutProperty();
    }

    /** @return the x under the mouse (NaN when the mouse is not over the plot). */
    public ReadOnlyDoubleProperty hoverXProperty() {
        return readout.hoverXProperty();
    }

    /** @return every drawn function's exact f and f' at the hovered x (empty when not hovering). */
    public ReadOnlyObjectProperty<List<HoverPoint>> hoverPointsProperty() {
        return readout.pointsProperty();
    }

    /** @return the x-range: fields, zoom and pan (part of this view-model). */
    public ViewRange range() {
        return range;
    }

    /** @return the status or error message. */
    public ReadOnlyStringProperty messageProperty() {
        return board.messageProperty();
    }

    /** @return whether the message reports an error. */
    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return board.errorProperty();
    }

    /** @return how many times the chart was updated (one per accepted change). */
    public ReadOnlyIntegerProperty updateCountProperty() {
        return updateCount.getReadOnlyProperty();
    }

    /** @return the threshold T. */
    public double threshold() {
        return thresholdInput.value();
    }

    /**
     * Returns the parameter values remembered for a function (accepted values only).
     *
     * @param type  the function ({@code null} not permitted).
     * @return the values by name, defaults included.
     */
    public Map<String, Double> parameterValues(ActivationType type) {
        return Map.copyOf(parameters.values(type));
    }

    // ---------------------------------------------------------------- commands

    /**
     * Adds a function to, or removes it from, the comparison.
     *
     * @param type   the function ({@code null} not permitted).
     * @param drawn  {@code true} to draw it.
     */
    public void setCompared(ActivationType type, boolean drawn) {
        boolean changed = drawn ? compared.add(type) : compared.remove(type);
        if (changed && type != selectedType.get()) {
            redraws.request();
        }
    }

    /** Resets the selected function's parameters to PyTorch's defaults. */
    public void resetParameters() {
        ActivationType sel = selectedType.get();
        parameters.forget(sel);
        redraws.run(() -> selectionChanged(sel, sel));
    }

    /**
     * Replaces a function's remembered parameters; used when a saved session is restored.
     *
     * @param type    the function.
     * @param values  the values, already checked against the function's rules.
     */
    public void restoreParameters(ActivationType type, Map<String, Double> values) {
        parameters.restore(type, values);
    }

    /** Returns every function to PyTorch's defaults and redraws the selected one's sliders. */
    public void forgetAllParameters(Iterable<ActivationType> types) {
        types.forEach(parameters::forget);
        ActivationType sel = selectedType.get();
        redraws.run(() -> selectionChanged(sel, sel));
    }

    /** @return the user-visible strings. */
    public Messages text() {
        return text;
    }

    /**
     * Shows a status message.
     *
     * @param message  the words ({@code null} not permitted).
     */
    public void status(String message) {
        board.info(message);
    }

    /**
     * Shows a status message, re-translated on a language switch.
     *
     * @param message  the message ({@code null} not permitted).
     */
    public void status(Message message) {
        board.info(message);
    }

    /** @return the session's messages: the message line, the notification over the chart and the log. */
    public MessageBoard messages() {
        return board;
    }

    /**
     * Reports the x under the mouse; the readout shows the selected function's exact values there,
     * and {@link #hoverPointsProperty()} every drawn function's.
     *
     * @param x  the x, or NaN when the mouse left the plot.
     */
    public void hover(double x) {
        readout.show(x, spec.get());
    }

    /**
     * Exports the current figure (the visible range) as written by {@link ChartExporter}; the file is
     * written atomically, so a failure leaves no file. Sets a status or error message.
     *
     * @param target   the file ({@code null} not permitted).
     * @param options  size and scale ({@code null} not permitted).
     * @return {@code null} on success, else why it failed.
     */
    public String export(Path target, ExportOptions options) {
        frames.flush();
        return exportWriter.write(spec.get(), chart.getLabels(), target, options);
    }

    // ---------------------------------------------------------------- internals

    private void selectionChanged(ActivationType old, ActivationType now) {
        if (now == null) {
            selectedType.set(old);
            return;
        }
        parameters.show(now);
        redraws.request();
    }

    private void rangeChanged() {
        if (!drawing) {
            redraws.request();
        }
    }

    private int samples() {
        return Math.max(ActivationChart.DEFAULT_SAMPLES, (int) Math.ceil(plotWidth.get()));
    }

    /** @return the selected function as drawn, then the compared ones with their remembered parameters. */
    private List<Curve> curves(ActivationType sel) {
        List<Curve> curves = new ArrayList<>();
        curves.add(lensed(sel));
        for (ActivationType t : compared) {
            if (t != sel) {
                curves.add(lensed(t));
            }
        }
        return curves;
    }

    /** @return the curve of a function with its parameters, as the precision lens draws it. */
    private Curve lensed(ActivationType t) {
        Map<String, Double> values = parameters.values(t);
        return memo.curve(t, values, precision.lensKey(), exact -> precision.lens(t, values, exact));
    }

    private void showIntervals() {
        labels.showReport(chart.getSaturation());
    }

    private void redraw() {
        ActivationType sel = selectedType.get();
        selectedFunction = memo.exact(sel, parameters.values(sel));
        FigureSpec s = new FigureSpec(curves(sel), 0, range.viewMin(), range.viewMax(), threshold(),
                showDerivatives.get());
        lastSamples = samples();
        precision.update(sel, parameters.values(sel), range.viewMin(), range.viewMax());
        drawing = true;
        try {
            chart.update(s, lastSamples);
        } finally {
            drawing = false;
        }
        spec.set(s);
        labelUpdates.request();
        if (readout.hovering()) {
            hover(readout.hoverXProperty().get()); // new parameters: new values at the same x
        }
        updateCount.set(updateCount.get() + 1);
    }
}
