package io.activationplotter.ui.network;

import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.network.LayerHistogramChart;
import io.activationplotter.chart.network.LayerStatsChart;
import io.activationplotter.export.ChartExporter;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.network.Initialisation;
import io.activationplotter.model.network.LayerStats;
import io.activationplotter.model.network.NetworkResult;
import io.activationplotter.model.network.NetworkSpec;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.plot.PlotViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;

/**
 * The Network tab's state (issue 11, "at initialisation"): depth, width, initialisation, σ or gain,
 * batch and seed as plain properties; the activation, its parameters and the threshold T are the
 * Plot tab's. Every change starts a run off the FX thread ({@link NetworkWorker}, newest request
 * only); its result fills the two charts and the readout. Until the tab is shown, and while it is
 * hidden, nothing runs ({@link #setShown(boolean)}); it catches up when shown. A change of the Plot
 * tab's x-range does not start a run.
 */
public final class NetworkViewModel {

    /** The smallest log10 of σ or the gain on the slider. */
    public static final double MIN_LOG_SCALE = -3;
    /** The largest log10 of σ or the gain on the slider. */
    public static final double MAX_LOG_SCALE = 1;

    private final PlotViewModel plot;
    private final Messages text;
    private final NetworkWorker worker = new NetworkWorker();
    private final LayerHistogramChart histograms = new LayerHistogramChart();
    private final LayerStatsChart stats = new LayerStatsChart();
    private final ChangeListener<ChartStyle> styleChanged = (obs, old, now) -> applyStyle(now);
    private final IntegerProperty layers = new SimpleIntegerProperty(this, "layers", 10);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", 500);
    private final IntegerProperty batch = new SimpleIntegerProperty(this, "batch", 200);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final ObjectProperty<Initialisation> init = new SimpleObjectProperty<>(this, "init", Initialisation.NORMAL);
    private final DoubleProperty std = new SimpleDoubleProperty(this, "std", 1);
    private final DoubleProperty gain = new SimpleDoubleProperty(this, "gain", 1);
    private final ReadOnlyObjectWrapper<NetworkResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** The run on the charts, with its histograms (for {@link #relabel()}). */
    private NetworkRun shownRun;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private boolean shown;
    private boolean stale = true;
    private String lastPlotKey = "";
    private ActivationType runType;

    /**
     * Creates the view-model: the Plot tab's function through 10 layers of 500 units, normal σ = 1, batch 200.
     *
     * @param plot  the plot tab's view-model, for the function, its parameters and T ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public NetworkViewModel(PlotViewModel plot, Messages text) {
        this.plot = Objects.requireNonNull(plot, "plot");
        this.text = Objects.requireNonNull(text, "text");
        for (ObservableValue<?> v : new ObservableValue<?>[] {layers, width, batch, seed, init, std, gain}) {
            v.addListener((obs, old, now) -> refresh());
        }
    }

    // ---------------------------------------------------------------- inputs

    /** @return the depth L, 1 to 50. */
    public IntegerProperty layersProperty() {
        return layers;
    }

    /** @return the width N, 2 to 1000. */
    public IntegerProperty widthProperty() {
        return width;
    }

    /** @return the batch B, 1 to 1000. */
    public IntegerProperty batchProperty() {
        return batch;
    }

    /** @return the seed. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    /** @return the initialisation. */
    public ObjectProperty<Initialisation> initProperty() {
        return init;
    }

    /** @return σ of {@link Initialisation#NORMAL}. */
    public DoubleProperty stdProperty() {
        return std;
    }

    /** @return the gain of {@link Initialisation#XAVIER_NORMAL}. */
    public DoubleProperty gainProperty() {
        return gain;
    }

    // ---------------------------------------------------------------- outputs

    /** @return the last run shown ({@code null} before the first). */
    public ReadOnlyObjectProperty<NetworkResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return whether a run is in progress. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** @return what the tab is doing, or why the last run failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return the per-layer numbers of the first and last layer, for people. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** @return the histograms of h_l. */
    public LayerHistogramChart histograms() {
        return histograms;
    }

    /** @return saturated/dead % and RMS(δ_l) by layer. */
    public LayerStatsChart stats() {
        return stats;
    }

    // ---------------------------------------------------------------- commands

    /**
     * Makes both charts take a style now and on every change of it; listened to weakly.
     *
     * @param style  the style to follow ({@code null} not permitted).
     */
    public void followStyle(ObservableValue<ChartStyle> style) {
        applyStyle(style.getValue());
        style.addListener(new WeakChangeListener<>(styleChanged));
    }

    private void applyStyle(ChartStyle style) {
        histograms.setStyle(style);
        stats.setStyle(style);
    }

    /**
     * Says whether the tab is shown: shown, a run starts if the inputs or the Plot tab's function,
     * parameters or T changed since the last one; hidden, nothing runs.
     *
     * @param shown  {@code true} if the tab is shown.
     */
    public void setShown(boolean shown) {
        this.shown = shown;
        if (shown) {
            if (stale || !plotKey().equals(lastPlotKey)) {
                refresh();
            }
        } else {
            worker.cancel();
            busy.set(false);
        }
    }

    /** Re-derives the titles and readout in the language now in use. */
    public void relabel() {
        if (shownRun != null) {
            show(shownRun);
        }
    }

    /** Starts a run with the inputs now (the newest request wins); does nothing while hidden. */
    public void refresh() {
        if (!shown) {
            stale = true;
            return;
        }
        stale = false;
        lastPlotKey = plotKey();
        NetworkSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            status.set(text.get("network.bad", e.getMessage())); // the last good result stays
            return;
        }
        ActivationType type = plot.selectedTypeProperty().get();
        busy.set(true);
        status.set(text.get("network.running", spec.layers(), spec.batch(), spec.width()));
        long start = System.nanoTime();
        worker.submit(spec, type.create(plot.parameterValues(type)), r -> {
            runType = type;
            busy.set(false);
            status.set(text.get("network.done", NumberText.format((System.nanoTime() - start) / 1e9, 2)));
            shownRun = r;
            result.set(r.result());
            show(r);
        }, message -> {
            busy.set(false);
            status.set(text.get("network.bad", message));
        });
    }

    /**
     * Writes both figures as they are on screen, next to each other: {@code NAME-activations.EXT} and
     * {@code NAME-layers.EXT} (PNG, SVG or PDF by the extension), each atomically.
     *
     * @param target  the file chosen, for example {@code net.png} ({@code null} not permitted).
     * @return the message to show: the files written, or why not.
     */
    public String export(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".png";
        Path a = target.resolveSibling(stem + "-activations" + ext);
        Path b = target.resolveSibling(stem + "-layers" + ext);
        try {
            ExportOptions options = ExportOptions.of(1600, 900);
            ChartExporter.export(histograms.getChart(), a, options);
            ChartExporter.export(stats.getChart(), b, options);
            return text.get("network.exported", a.getFileName(), b.getFileName());
        } catch (IOException | RuntimeException e) {
            return text.get("network.exportFailed", e.getMessage());
        }
    }

    // ---------------------------------------------------------------- session

    /**
     * Returns the inputs as one settings entry: {@code layers,width,init,std,gain,batch,seed}, for
     * example {@code 10,500,normal,1.0,1.0,200,1}.
     *
     * @return the entry.
     */
    public String setup() {
        return layers.get() + "," + width.get() + "," + init.get().label() + "," + std.get() + "," + gain.get() + ","
                + batch.get() + "," + seed.get();
    }

    /**
     * Restores inputs from a settings entry written by {@link #setup()}; each value out of range or
     * unreadable is ignored and the tab's own value kept.
     *
     * @param entry  the entry ({@code null} permitted: nothing saved).
     */
    public void restoreSetup(String entry) {
        if (entry == null) {
            return;
        }
        String[] v = entry.split(",", -1);
        if (v.length != 7) {
            return;
        }
        restoreInt(layers, v[0], 1, NetworkSpec.MAX_LAYERS);
        restoreInt(width, v[1], 2, NetworkSpec.MAX_WIDTH);
        Initialisation.of(v[2]).ifPresent(init::set);
        restoreScale(std, v[3]);
        restoreScale(gain, v[4]);
        restoreInt(batch, v[5], 1, NetworkSpec.MAX_BATCH);
        restoreInt(seed, v[6], 0, Integer.MAX_VALUE);
    }

    /** @return the inputs a change of which is a change of the session. */
    public java.util.List<javafx.beans.Observable> observedInputs() {
        return java.util.List.of(layers, width, init, std, gain, batch, seed);
    }

    private static void restoreInt(IntegerProperty p, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                p.set(n);
            }
        } catch (NumberFormatException e) {
            // unreadable: keep the tab's own value
        }
    }

    private static void restoreScale(DoubleProperty p, String text) {
        try {
            double x = Double.parseDouble(text.strip());
            if (x >= Math.pow(10, MIN_LOG_SCALE) && x <= Math.pow(10, MAX_LOG_SCALE)) {
                p.set(x);
            }
        } catch (NumberFormatException e) {
            // unreadable: keep the tab's own value
        }
    }

    /** @return the spec of the inputs now. */
    NetworkSpec spec() {
        double t = plot.specProperty().get().threshold();
        return new NetworkSpec(layers.get(), width.get(), init.get(), std.get(), gain.get(), batch.get(),
                seed.get(), t);
    }

    private void show(NetworkRun run) {
        NetworkResult r = run.result();
        NetworkSpec s = r.spec();
        String name = runType == null ? "" : runType.displayName();
        String how = switch (s.init()) {
            case NORMAL -> text.get("network.initNormal", NumberText.format(s.std(), 3));
            case XAVIER_NORMAL -> text.get("network.initXavier", NumberText.format(s.gain(), 3));
            case KAIMING_NORMAL -> text.get("network.initKaiming");
        };
        histograms.update(r, run.histograms(), text.get("network.histTitle", name, how, s.layers(), s.width()),
                l -> text.get("network.panel", l));
        stats.update(r, text.get("network.statsTitle", name, how), text.get("network.saturated"),
                text.get("network.dead"), text.get("network.grad"), text.get("network.layerAxis"));
        LayerStats first = r.layers().get(0);
        LayerStats last = r.layers().get(r.layers().size() - 1);
        readout.set(line(first) + "\n" + line(last) + "\n"
                + text.get("network.sigmaLine", NumberText.format(s.weightStd(), 4)));
    }

    private String line(LayerStats l) {
        String rest = text.get("network.readoutRest", NumberText.format(100 * l.saturated(), 3),
                NumberText.format(100 * l.dead(), 3), NumberText.format(l.gradRms(), 3));
        return text.get("network.readout", l.layer(), NumberText.format(l.mean(), 3), NumberText.format(l.std(), 3), rest);
    }

    /** @return what of the Plot tab a run depends on: the function, its parameters and T (not the x-range). */
    private String plotKey() {
        ActivationType type = plot.selectedTypeProperty().get();
        return type.id() + plot.parameterValues(type) + plot.specProperty().get().threshold();
    }

    /** @return whether an input changed while the tab was hidden (a run is due when shown). */
    boolean isStale() {
        return stale;
    }
}
