package io.activationplotter.ui.depth;

import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.chart.Styleable;
import io.activationplotter.chart.depth.DepthChart;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.depth.GradientDepth;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.PulseCoalescer;
import io.activationplotter.ui.plot.PlotViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The vanishing-gradient view's state: the functions compared, the number of layers n, the
 * |f'(x)|^n chart and one readout line per function with max |f'|^n, and the values under the
 * mouse. Parameter values and the x-range are the plot tab's (its visible range); while the tab is
 * hidden nothing is recomputed ({@link #setShown(boolean)}).
 */
public final class DepthViewModel {

    /** The fewest layers. */
    public static final int MIN_LAYERS = 1;
    /** The most layers. */
    public static final int MAX_LAYERS = 50;
    private static final int SAMPLES = 1201;

    private final PlotViewModel plot;
    private final Messages text;
    private final DepthChart chart = new DepthChart();
    private final ChangeListener<ChartStyle> styleChanged = (obs, old, now) -> applyStyle(now);
    private final ObservableList<ActivationType> functions = FXCollections.observableArrayList();
    private final IntegerProperty layers = new SimpleIntegerProperty(this, "layers", 10);
    private final ReadOnlyListWrapper<String> readout = new ReadOnlyListWrapper<>(this, "readout",
            FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper hoverReadout = new ReadOnlyStringWrapper(this, "hoverReadout", "");
    private final List<Curve> curves = new ArrayList<>();
    private double hoverX = Double.NaN;
    private boolean shown = true;

    /**
     * Creates the view-model comparing sigmoid, tanh and ReLU through 10 layers.
     *
     * @param plot  the plot tab's view-model, for parameter values ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public DepthViewModel(PlotViewModel plot, Messages text) {
        this.plot = Objects.requireNonNull(plot, "plot");
        this.text = Objects.requireNonNull(text, "text");
        functions.setAll(type("sigmoid"), type("tanh"), type("relu"));
        PulseCoalescer refreshes = new PulseCoalescer(this::refresh); // issue 16: the slider redraws once a frame
        layers.addListener((obs, old, now) -> refreshes.request());
        functions.addListener((ListChangeListener<ActivationType>) c -> refresh());
        refresh();
    }

    // ---------------------------------------------------------------- inputs and outputs

    /** @return the functions compared (edit through the commands). */
    public ObservableList<ActivationType> getFunctions() {
        return FXCollections.unmodifiableObservableList(functions);
    }

    /** @return the number of layers n, from 1 to 50. */
    public IntegerProperty layersProperty() {
        return layers;
    }

    /** @return one line per function: name, max |f'| and max |f'|^n. */
    public ReadOnlyListProperty<String> readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** @return x and |f'(x)|^n of each function under the mouse, or a hint when it is not over the chart. */
    public ReadOnlyStringProperty hoverReadoutProperty() {
        return hoverReadout.getReadOnlyProperty();
    }

    /** @return the chart. */
    public DepthChart chart() {
        return chart;
    }

    /** @return the Plot tab's view-model this tab follows. */
    public PlotViewModel plot() {
        return plot;
    }

    // ---------------------------------------------------------------- commands

    /**
     * Adds a function to the comparison (nothing happens if it is already there).
     *
     * @param type  the function ({@code null} not permitted).
     */
    public void add(ActivationType type) {
        if (!functions.contains(type)) {
            functions.add(type);
        }
    }

    /**
     * Removes a function from the comparison.
     *
     * @param type  the function ({@code null} not permitted).
     */
    public void remove(ActivationType type) {
        functions.remove(type);
    }

    /**
     * Replaces the functions compared, for example with a saved session's; duplicates are dropped.
     *
     * @param types  the functions, in order ({@code null} not permitted).
     */
    public void setFunctions(List<ActivationType> types) {
        functions.setAll(types.stream().distinct().toList());
    }

    /** Replaces the comparison with the plot tab's selected function and the functions compared with it. */
    public void useFunctionsFromPlot() {
        List<ActivationType> types = new ArrayList<>();
        types.add(plot.selectedTypeProperty().get());
        plot.comparedProperty().stream().filter(t -> !types.contains(t)).forEach(types::add);
        functions.setAll(types);
    }

    /**
     * Makes the chart take a style now and on every change of it (dark theme, presentation, language),
     * also while the tab is hidden. The style is listened to weakly: it must not keep this model alive.
     *
     * @param style  the style to follow ({@code null} not permitted).
     */
    public void followStyle(ObservableValue<ChartStyle> style) {
        applyStyle(style.getValue());
        style.addListener(new WeakChangeListener<>(styleChanged));
    }

    private void applyStyle(ChartStyle style) {
        chart.setStyle(style);
    }

    /** Re-derives the readout and the chart's title after a language switch; the settings are kept. */
    public void relabel() {
        refresh();
    }

    /**
     * Says whether the depth tab is shown: shown, the chart is brought up to the plot tab's range and
     * parameters now (called again on every accepted change of the plot); hidden, nothing is done.
     *
     * @param shown  {@code true} if the tab is shown.
     */
    public void setShown(boolean shown) {
        this.shown = shown;
        if (shown) {
            refresh();
        }
    }

    /**
     * Reports the x under the mouse; the hover readout shows |f'(x)|^n there for each function.
     *
     * @param x  the x, or NaN when the mouse left the chart.
     */
    public void hover(double x) {
        hoverX = x;
        if (Double.isNaN(x)) {
            hoverReadout.set(text.get("depth.hoverHint"));
            return;
        }
        int n = layers();
        StringBuilder b = new StringBuilder(text.get("depth.hoverX", NumberText.format(x, 4)));
        for (Curve c : curves) {
            double d = Math.abs(c.function().derivative(x));
            b.append('\n').append(text.get("depth.hoverLine", c.label(), n, NumberText.format(Math.pow(d, n), 4)));
        }
        hoverReadout.set(b.toString());
    }

    /**
     * Recomputes the chart and readout over the plot tab's visible x-range, for example after
     * parameters changed there; does nothing while the tab is hidden.
     */
    public void refresh() {
        if (!shown) {
            return;
        }
        int n = layers();
        FigureSpec view = plot.specProperty().get();
        curves.clear();
        List<String> lines = new ArrayList<>();
        for (ActivationType t : functions) {
            Curve c = new Curve(t, t.create(plot.parameterValues(t)));
            curves.add(c);
            double max = GradientDepth.maxAbsDerivative(c.function());
            lines.add(text.get("depth.readout", t.displayName(), n, NumberText.format(max, 4),
                    NumberText.format(GradientDepth.worstCase(max, n), 3)));
        }
        // issue 16: data, title and note in one chart change event, so one draw
        Styleable.inOneEvent(chart.getChart(), () -> {
            chart.update(curves, n, view.xMin(), view.xMax(), SAMPLES);
            chart.setTitle(text.get("depth.chartTitle", n));
            chart.setNote(text.get("depth.floorNote", NumberText.format(chart.getFloor(), 1)));
        });
        readout.setAll(lines);
        hover(hoverX);
    }

    private int layers() {
        return Math.max(MIN_LAYERS, Math.min(MAX_LAYERS, layers.get()));
    }

    private static ActivationType type(String id) {
        return Catalogue.find(id).orElseThrow();
    }
}
