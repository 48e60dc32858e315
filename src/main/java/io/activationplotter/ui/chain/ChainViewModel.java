package io.activationplotter.ui.chain;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.ChartLabels;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.compose.Chain;
import io.activationplotter.model.compose.SyntheticType;
import io.activationplotter.ui.plot.PlotViewModel;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The chain editor's state: the stages of an {@code nn.Sequential} (each with the parameters set for
 * its function on the plot tab, PyTorch's defaults until changed there), the composed function as a synthetic catalogue entry named like "ReLU → Sigmoid",
 * and its chart with g(f(x)), the chain-rule derivative and the saturation shading over the plot
 * tab's visible x-range with its threshold T. The composed function follows the plot always (Evaluate
 * may use it while the chain's tab is hidden); the chart only while shown ({@link #setShown(boolean)}).
 */
public final class ChainViewModel {

    private final PlotViewModel plot;
    private final ActivationChart chart = new ActivationChart();
    private final ChangeListener<ChartStyle> styleChanged = (obs, old, now) -> applyStyle(now);
    private final ObservableList<ActivationType> stages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Curve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ChangeListener<FigureSpec> plotChanged = (obs, old, now) -> refresh();
    private boolean shown = true;
    private boolean stale;

    /**
     * Creates the editor with the chain ReLU → Sigmoid.
     *
     * @param plot  the plot tab's view-model, for the parameters and the saturation threshold
     *     ({@code null} not permitted).
     */
    public ChainViewModel(PlotViewModel plot) {
        chart.setLabels(plot.chart().getLabels()); // the on-screen language; a switch calls relabel
        chart.getRenderer().setDecimating(true); // on screen: only the points that shape the picture
        this.plot = Objects.requireNonNull(plot, "plot");
        stages.setAll(Catalogue.find("relu").orElseThrow(), Catalogue.find("sigmoid").orElseThrow());
        stages.addListener((ListChangeListener<ActivationType>) c -> refresh());
        // the plot's parameters and threshold, so Evaluate's "use the chain" is never stale; weak: the
        // plot must not keep this model alive once the main view drops it
        plot.specProperty().addListener(new WeakChangeListener<>(plotChanged));
        refresh();
    }

    // ---------------------------------------------------------------- outputs

    /** @return the stages, first applied first (change them through the commands). */
    public ObservableList<ActivationType> getStages() {
        return FXCollections.unmodifiableObservableList(stages);
    }

    /** @return the composed function and its synthetic type ({@code null} for an empty chain). */
    public ReadOnlyObjectProperty<Curve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /** @return the chart. */
    public ActivationChart chart() {
        return chart;
    }

    /** @return the Plot tab's view-model this tab follows. */
    public PlotViewModel plot() {
        return plot;
    }

    // ---------------------------------------------------------------- commands

    /**
     * Appends a stage, with the parameters set for its function on the plot tab.
     *
     * @param type  the function ({@code null} not permitted).
     */
    public void add(ActivationType type) {
        stages.add(Objects.requireNonNull(type, "type"));
    }

    /**
     * Replaces every stage, for example with a saved session's.
     *
     * @param types  the functions, first applied first ({@code null} not permitted).
     */
    public void setStages(List<ActivationType> types) {
        stages.setAll(types);
    }

    /**
     * Removes a stage.
     *
     * @param index  the stage's index (ignored when out of range).
     */
    public void remove(int index) {
        if (index >= 0 && index < stages.size()) {
            stages.remove(index);
        }
    }

    /**
     * Moves a stage one place earlier (-1) or later (+1).
     *
     * @param index  the stage's index.
     * @param step   -1 or +1.
     * @return the stage's new index (unchanged when it cannot move).
     */
    public int move(int index, int step) {
        int to = index + step;
        if (index < 0 || index >= stages.size() || to < 0 || to >= stages.size()) {
            return index;
        }
        ActivationType t = stages.remove(index);
        stages.add(to, t);
        return to;
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

    /**
     * Changes the words on the chart after a language switch; the stages are kept.
     *
     * @param labels  the words in the new language ({@code null} not permitted).
     */
    public void relabel(ChartLabels labels) {
        chart.setLabels(labels);
    }

    /**
     * Says whether the chain's tab is shown: the chart is redrawn when the tab is shown again after
     * the plot changed; while hidden, only the composed function follows the plot.
     *
     * @param shown  {@code true} if the tab is shown.
     */
    public void setShown(boolean shown) {
        this.shown = shown;
        if (shown && stale) {
            draw();
        }
    }

    /** Recomposes the chain with the parameters now set on the plot tab, and redraws it if shown. */
    private void refresh() {
        if (stages.isEmpty()) {
            curve.set(null);
        } else {
            Activation f = Chain.of(stages.stream().map(t -> t.create(plot.parameterValues(t))).toList());
            String id = String.join("-", stages.stream().map(ActivationType::id).toList());
            curve.set(new Curve(SyntheticType.of(id, SyntheticType.chainName(stages), f), f));
        }
        stale = true;
        if (shown) {
            draw();
        }
    }

    /** Draws the composed function over the plot's visible x-range with its threshold. */
    private void draw() {
        FigureSpec view = plot.specProperty().get();
        Curve c = curve.get();
        chart.update(new FigureSpec(c == null ? List.of() : List.of(c), c == null ? -1 : 0, view.xMin(), view.xMax(),
                view.threshold(), true), c == null ? 2 : ActivationChart.DEFAULT_SAMPLES);
        stale = false;
    }
}
