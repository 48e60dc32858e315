package io.activationplotter.ui.distribution;

import io.activationplotter.chart.FigureSpec;
import io.activationplotter.chart.distribution.DensityOverlay;
import io.activationplotter.model.Activation;
import io.activationplotter.model.distribution.DistributionReport;
import io.activationplotter.model.distribution.PreActivationDistribution;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.PulseCoalescer;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.plot.PlotViewModel;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The Plot tab's pre-activation overlay (issue 11, section 1): while on, the density of z ~ N(μ, σ²)
 * is drawn behind the curves ({@link DensityOverlay}) and a readout gives what such a unit sees with
 * the selected function and T: % saturated (left/right), % in low-gradient zones, % dead, E[f'] and
 * E[f'²] ({@link PreActivationDistribution}, about 25 ms, computed off the FX thread, newest request
 * only). Presets set σ for unit-variance inputs through a layer of the given fan-in (fan-out equal):
 * N(0, 1) weights give σ = √fan_in, Xavier 1, He √2.
 */
public final class DistributionViewModel {

    /** The smallest log10 σ on the slider. */
    public static final double MIN_LOG_STD = -2;
    /** The largest log10 σ on the slider. */
    public static final double MAX_LOG_STD = 1.5;
    /** The slider's μ range is ± this. */
    public static final double MEAN_LIMIT = 5;

    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "distribution-worker");
        t.setDaemon(true);
        return t;
    });

    private final PlotViewModel plot;
    private final Messages text;
    private final DensityOverlay overlay;
    private final AtomicLong generation = new AtomicLong();
    private final PulseCoalescer redraws = new PulseCoalescer(this::redraw); // issue 16: one draw per pulse
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final DoubleProperty mean = new SimpleDoubleProperty(this, "mean", 0);
    private final DoubleProperty logStd = new SimpleDoubleProperty(this, "logStd", 0);
    private final IntegerProperty fanIn = new SimpleIntegerProperty(this, "fanIn", 256);
    private final ReadOnlyObjectWrapper<DistributionReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * Creates the overlay's model, off.
     *
     * @param plot  the plot tab's view-model, for the function, T, the x-range and the chart ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public DistributionViewModel(PlotViewModel plot, Messages text) {
        this.plot = Objects.requireNonNull(plot, "plot");
        this.text = Objects.requireNonNull(text, "text");
        this.overlay = new DensityOverlay(plot.chart().getChart().getXYPlot());
        enabled.addListener((obs, old, now) -> refresh());
        mean.addListener((obs, old, now) -> refresh());
        logStd.addListener((obs, old, now) -> refresh());
        plot.specProperty().addListener((obs, old, now) -> refresh());
        plot.display().chartStyleProperty().addListener((obs, old, now) -> redraw());
    }

    // ---------------------------------------------------------------- inputs and outputs

    /** @return whether the overlay is drawn. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** @return μ, from −5 to 5. */
    public DoubleProperty meanProperty() {
        return mean;
    }

    /** @return log10 σ, from −2 to 1.5. */
    public DoubleProperty logStdProperty() {
        return logStd;
    }

    /** @return the fan-in of the presets. */
    public IntegerProperty fanInProperty() {
        return fanIn;
    }

    /** @return σ = 10^logStd. */
    public double std() {
        return Math.pow(10, logStd.get());
    }

    /** @return the last report ({@code null} before the first, or while off). */
    public ReadOnlyObjectProperty<DistributionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** @return the readout, for people. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** @return whether a report is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** @return the overlay in the plot. */
    public DensityOverlay overlay() {
        return overlay;
    }

    // ---------------------------------------------------------------- commands

    /** σ for unit-variance inputs through N(0, 1) weights: √fan_in. */
    public void presetNaive() {
        setStd(Math.sqrt(fanIn.get()));
    }

    /** σ for unit-variance inputs through Xavier normal weights (fan-out = fan-in): 1. */
    public void presetXavier() {
        setStd(Math.sqrt(fanIn.get() * 2.0 / (fanIn.get() + fanIn.get())));
    }

    /** σ for unit-variance inputs through He normal weights: √2. */
    public void presetHe() {
        setStd(Math.sqrt(fanIn.get() * 2.0 / fanIn.get()));
    }

    /**
     * Sets σ, clamped to the slider's range.
     *
     * @param std  σ &gt; 0.
     */
    public void setStd(double std) {
        mean.set(0);
        logStd.set(Math.max(MIN_LOG_STD, Math.min(MAX_LOG_STD, Math.log10(std))));
    }

    /** Redraws the density and recomputes the readout (the newest request wins); removes both when off. */
    public void refresh() {
        if (!enabled.get()) {
            generation.incrementAndGet();
            overlay.hide();
            report.set(null);
            readout.set("");
            busy.set(false);
            return;
        }
        redraws.request();
        long mine = generation.incrementAndGet();
        FigureSpec spec = plot.specProperty().get();
        Activation f = spec.selectedCurve().function();
        double m = mean.get();
        double s = std();
        busy.set(true);
        EXECUTOR.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            DistributionReport r = PreActivationDistribution.analyze(f, m, s, spec.threshold());
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    busy.set(false);
                    report.set(r);
                    readout.set(describe(r));
                }
            });
        });
    }

    /** Re-derives the readout in the language now in use. */
    public void relabel() {
        redraw();
        if (report.get() != null) {
            readout.set(describe(report.get()));
        }
    }

    private void redraw() {
        if (enabled.get()) {
            FigureSpec spec = plot.specProperty().get();
            overlay.show(mean.get(), std(), spec.xMin(), spec.xMax(), text.get("dist.axis"),
                    plot.display().chartStyleProperty().get());
        }
    }

    private String describe(DistributionReport r) {
        return String.join("\n",
                text.get("dist.readout", percent(r.saturated()), percent(r.saturatedLeft()), percent(r.saturatedRight())),
                text.get("dist.readoutLow", percent(r.lowGradient())), text.get("dist.readoutDead", percent(r.dead())),
                text.get("dist.readoutDf", NumberText.format(r.meanDf(), 4), NumberText.format(r.meanDf2(), 4)),
                text.get("dist.readoutF", NumberText.format(r.meanF(), 4), NumberText.format(r.stdF(), 4)));
    }

    private static String percent(double p) {
        return NumberText.format(100 * p, 3);
    }
}
