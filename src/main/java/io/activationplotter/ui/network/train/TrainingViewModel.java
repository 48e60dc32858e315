package io.activationplotter.ui.network.train;

import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.network.train.DecisionChart;
import io.activationplotter.chart.network.train.HistoryChart;
import io.activationplotter.chart.network.train.UnitHealthChart;
import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.train.DatasetKind;
import io.activationplotter.model.network.train.Mlp;
import io.activationplotter.model.network.train.OptimizerKind;
import io.activationplotter.model.network.train.OutputKind;
import io.activationplotter.model.network.train.TrainingSetup;
import io.activationplotter.ui.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The training view's state (issue 11 §3): the setup as properties the controls bind to (dataset,
 * noise, seed, layers, units, activation for all layers or one per layer, output, optimiser,
 * learning rate, batch, speed), the commands play, pause, step and reset, and four charts filled from
 * the snapshots of the training thread ({@link TrainingWorker}). Any change of the setup starts a new,
 * untrained run. Snapshots reach the FX thread through one slot that an animation timer empties at
 * the start of each pulse while there are snapshots: at most one snapshot is applied a pulse, the
 * newest, so a slow pulse drops frames instead of queueing them. Applying one changes only what is new
 * in it, with one chart change event per chart that changed: the loss and gradient charts on every new
 * epoch, the heatmap and the unit counts when the training thread refreshed them (see
 * {@link TrainingWorker}), the readout with the unit counts (≤ 5 a second, readable) and always on the
 * exact final state of a reset, a step or a pause. An activation's parameters are those given by the
 * factory (in the app: the Plot tab's).
 */
public final class TrainingViewModel {

    /** The speeds offered, in epochs a second; 0 is as fast as the machine trains. */
    public static final List<Integer> SPEEDS = List.of(1, 10, 30, 100, 1000, 0);

    private final Messages text;
    private final Function<ActivationType, Activation> factory;
    private final TrainingWorker worker = new TrainingWorker(this::offer);
    private final AtomicReference<TrainingSnapshot> pending = new AtomicReference<>();
    private final AnimationTimer applier = new AnimationTimer() {
        @Override
        public void handle(long now) {
            applyPending();
        }
    };
    private final TrainingCharts charts = new TrainingCharts();
    private final ChangeListener<ChartStyle> styleChanged = (obs, old, now) -> applyStyle(now);

    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetKind.XOR);
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final IntegerProperty layers = new SimpleIntegerProperty(this, "layers", 2);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", 8);
    private final ObjectProperty<ActivationType> activation = new SimpleObjectProperty<>(this, "activation", type("tanh"));
    private final BooleanProperty perLayer = new SimpleBooleanProperty(this, "perLayer", false);
    private final ObservableList<ActivationType> layerActivations = FXCollections.observableArrayList(
            Collections.nCopies(Mlp.MAX_LAYERS, type("tanh")));
    private final ObjectProperty<OutputKind> output = new SimpleObjectProperty<>(this, "output", OutputKind.SIGMOID);
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(this, "optimizer",
            TrainingSetup.DEFAULT_OPTIMIZER);
    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(this, "learningRate",
            TrainingSetup.DEFAULT_LEARNING_RATE);
    private final IntegerProperty batch = new SimpleIntegerProperty(this, "batch", TrainingSetup.DEFAULT_BATCH);
    private final IntegerProperty speed = new SimpleIntegerProperty(this, "speed", 100);

    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper(this, "epoch");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private int generation;
    private TrainingSnapshot shown;

    /**
     * Creates the view-model with Playground's XOR, a 2×8 tanh net and Adam, and starts its first
     * (untrained) run; nothing trains until {@link #play()} or {@link #step()}.
     *
     * @param text     the strings ({@code null} not permitted).
     * @param factory  builds a layer's activation from its catalogue entry ({@code null} not permitted).
     */
    public TrainingViewModel(Messages text, Function<ActivationType, Activation> factory) {
        this.text = Objects.requireNonNull(text, "text");
        this.factory = Objects.requireNonNull(factory, "factory");
        for (Observable o : List.of(dataset, noise, seed, layers, width, activation, perLayer, layerActivations,
                output, optimizer, learningRate, batch)) {
            o.addListener(obs -> reset());
        }
        speed.addListener((obs, old, now) -> worker.setSpeed(now.intValue()));
        worker.setSpeed(speed.get());
        relabel();
        reset();
    }

    // ---------------------------------------------------------------- inputs

    /** @return the dataset. */
    public ObjectProperty<DatasetKind> datasetProperty() {
        return dataset;
    }

    /** @return the noise, 0 to 0.5 (Playground's 0–50 %). */
    public DoubleProperty noiseProperty() {
        return noise;
    }

    /** @return the seed of the points, the weights and the batch order. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    /** @return the hidden layers, 1 to 8. */
    public IntegerProperty layersProperty() {
        return layers;
    }

    /** @return the units per hidden layer, 1 to 32. */
    public IntegerProperty widthProperty() {
        return width;
    }

    /** @return the activation of every hidden layer, unless {@link #perLayerProperty()} is on. */
    public ObjectProperty<ActivationType> activationProperty() {
        return activation;
    }

    /** @return whether each layer has its own activation ({@link #getLayerActivations()}). */
    public BooleanProperty perLayerProperty() {
        return perLayer;
    }

    /** @return the activation of layers 1 to 8 when {@link #perLayerProperty()} is on (set by index). */
    public ObservableList<ActivationType> getLayerActivations() {
        return layerActivations;
    }

    /** @return the output layer. */
    public ObjectProperty<OutputKind> outputProperty() {
        return output;
    }

    /** @return the optimiser. */
    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    /** @return the learning rate (set through {@link #setLearningRate(double)}). */
    public ReadOnlyDoubleProperty learningRateProperty() {
        return learningRate.getReadOnlyProperty();
    }

    /** @return the mini-batch size (at least 1). */
    public IntegerProperty batchProperty() {
        return batch;
    }

    /** @return the most epochs a second while playing, one of {@link #SPEEDS} (0: no limit). */
    public IntegerProperty speedProperty() {
        return speed;
    }

    // ---------------------------------------------------------------- outputs

    /** @return whether training runs. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** @return the epochs shown. */
    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    /** @return the epoch, loss and accuracy shown. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** @return the longest readout there can be, in the language now in use (to reserve its room). */
    public String widestReadout() {
        return readoutText(8_888_888, 8.88e-10, 8.88e-10, 1, 1);
    }

    /** @return what is wrong with the last value typed ("" when nothing is). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** @return the decision-boundary chart. */
    public DecisionChart decisionChart() {
        return charts.decision();
    }

    /** @return the loss chart (train, test). */
    public HistoryChart lossChart() {
        return charts.loss();
    }

    /** @return the per-layer gradient RMS chart. */
    public HistoryChart gradientChart() {
        return charts.gradients();
    }

    /** @return the per-layer dead/saturated units chart. */
    public UnitHealthChart unitsChart() {
        return charts.units();
    }

    // ---------------------------------------------------------------- commands

    /**
     * Sets the learning rate if it is a number greater than 0 and at most 10; otherwise keeps the last
     * one and says what is allowed ({@link #problemProperty()}).
     *
     * @param rate  the rate.
     * @return {@code true} if it was taken.
     */
    public boolean setLearningRate(double rate) {
        if (!(rate > 0 && rate <= 10)) {
            problem.set(text.get("train.lrBad", io.activationplotter.ui.NumberText.format(learningRate.get())));
            return false;
        }
        problem.set("");
        learningRate.set(rate);
        return true;
    }

    /** Trains continuously until paused. */
    public void play() {
        worker.play();
        playing.set(true);
    }

    /** Stops training after the epoch under way. */
    public void pause() {
        worker.pause();
        playing.set(false);
    }

    /** Trains one epoch (pausing first if training). */
    public void step() {
        worker.step();
        playing.set(false);
    }

    /** Starts again from the untrained network of the setup (the same seed gives the same run). */
    public void reset() {
        generation++;
        worker.reset(setup());
    }

    /** Ends the training thread (the window closes). */
    public void shutdown() {
        worker.shutdown();
    }

    /**
     * Makes the charts take a style now and on every change of it, listened to weakly.
     *
     * @param style  the style ({@code null} not permitted).
     */
    public void followStyle(ObservableValue<ChartStyle> style) {
        applyStyle(style.getValue());
        style.addListener(new WeakChangeListener<>(styleChanged));
    }

    private void applyStyle(ChartStyle style) {
        charts.setStyle(style);
    }

    /** Re-derives titles, labels and the readout in the language now in use. */
    public void relabel() {
        charts.relabel(text);
        if (shown != null) {
            TrainingSnapshot s = shown;
            shown = null;
            show(s); // every chart and the readout again, in the new language
        }
    }

    /** @return the setup the controls describe now. */
    public TrainingSetup setup() {
        List<Activation> f = new ArrayList<>();
        int l = Math.max(Mlp.MIN_LAYERS, Math.min(Mlp.MAX_LAYERS, layers.get()));
        for (int i = 0; i < l; i++) {
            f.add(factory.apply(perLayer.get() ? layerActivations.get(i) : activation.get()));
        }
        int n = Math.max(Mlp.MIN_WIDTH, Math.min(Mlp.MAX_WIDTH, width.get()));
        double x = Math.max(0, Math.min(DatasetKind.MAX_NOISE, noise.get()));
        return new TrainingSetup(dataset.get(), x, seed.get(), f, n, output.get(), optimizer.get(),
                learningRate.get(), Math.max(1, batch.get()));
    }

    // ---------------------------------------------------------------- snapshots

    /** On the training thread: keeps the newest snapshot, and starts the pulse timer if no snapshot was waiting. */
    private void offer(TrainingSnapshot s) {
        if (pending.getAndSet(s) == null) {
            Platform.runLater(applier::start);
        }
    }

    /** At the start of a pulse: applies the newest snapshot of this run, or stops the timer if none came. */
    private void applyPending() {
        TrainingSnapshot latest = pending.getAndSet(null);
        if (latest == null) {
            applier.stop(); // the next offer starts it again
        } else if (latest.generation() == generation) {
            show(latest);
        }
    }

    /**
     * Shows a snapshot: changes only the charts whose data it renews, each with one change event.
     *
     * @param s  the snapshot ({@code null} not permitted).
     */
    void show(TrainingSnapshot s) {
        TrainingSnapshot was = shown;
        shown = s;
        charts.show(was, s, text);
        epoch.set(s.latest().epoch());
        if (was == null || was.health() != s.health() || s.settled()) {
            readout.set(readoutText(s.latest().epoch(), s.latest().trainLoss(), s.latest().testLoss(),
                    s.latest().trainAccuracy(), s.latest().testAccuracy()));
        }
    }

    private String readoutText(int epochs, double trainLoss, double testLoss, double trainAccuracy,
            double testAccuracy) {
        return text.get("train.readout", epochs, format(trainLoss), format(testLoss))
                + text.get("train.readoutAccuracy", percent(trainAccuracy), percent(testAccuracy));
    }

    private static String format(double v) {
        return io.activationplotter.ui.NumberText.format(v, 3);
    }

    private static String percent(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", 100 * v);
    }

    private static ActivationType type(String id) {
        return Catalogue.find(id).orElseThrow();
    }
}
