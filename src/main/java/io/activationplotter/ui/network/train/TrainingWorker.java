package io.activationplotter.ui.network.train;

import io.activationplotter.model.network.train.Batches;
import io.activationplotter.model.network.train.DecisionGrid;
import io.activationplotter.model.network.train.EpochReport;
import io.activationplotter.model.network.train.LayerHealth;
import io.activationplotter.model.network.train.Trainer;
import io.activationplotter.model.network.train.TrainingSetup;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Trains off the FX thread: one daemon thread owns the {@link Trainer} and runs every command in
 * order (reset, step, play). While playing it trains epoch after epoch, at most {@code speed} a
 * second (0: as fast as it can), and publishes a snapshot on a steady schedule of one every
 * {@link #FRAME_NANOS} ns (40 a second, so that the view shows ≥ 30 new frames a second even when a
 * pulse drops one). The costly parts of a snapshot are refreshed at a lower steady rate: the
 * decision heatmap every {@link #HEATMAP_NANOS} ns, the unit counts every {@link #HEALTH_NANOS} ns;
 * in between, a snapshot carries the same arrays as the one before (the view redraws only what is
 * new). The snapshot of a reset, a step and the end of playing is whole and exact ({@code settled}).
 * A reset starts a new generation: a loop of an older one ends.
 */
final class TrainingWorker {

    /** The time between two snapshots while playing: 40 a second. */
    static final long FRAME_NANOS = 25_000_000L;
    /** The time between two heatmaps while playing: 10 a second. */
    static final long HEATMAP_NANOS = 100_000_000L;
    /** The time between two unit counts (and readouts) while playing: 5 a second. */
    static final long HEALTH_NANOS = 200_000_000L;
    /** The heatmap's cells along each side. */
    static final int CELLS = 48;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "training");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final Consumer<TrainingSnapshot> publish;
    private final AtomicInteger generation = new AtomicInteger();
    private volatile boolean playing;
    private volatile int speed;
    // owned by the training thread
    private Trainer trainer;
    private TrainingHistory history;
    private LayerHealth health;
    private double threshold = LayerHealth.DEFAULT_THRESHOLD;
    private double[] heatmap;
    private LayerHealth.Counts counts;

    /**
     * @param publish  receives snapshots, on the training thread ({@code null} not permitted).
     */
    TrainingWorker(Consumer<TrainingSnapshot> publish) {
        this.publish = publish;
    }

    /** @return whether it is playing. */
    boolean isPlaying() {
        return playing;
    }

    /** @param epochsPerSecond  the most epochs a second while playing (0: no limit). */
    void setSpeed(int epochsPerSecond) {
        speed = epochsPerSecond;
    }

    /**
     * Starts a new run from a setup (untrained), publishing its first snapshot; keeps playing if it was.
     *
     * @param setup  the setup ({@code null} not permitted).
     */
    void reset(TrainingSetup setup) {
        int gen = generation.incrementAndGet();
        thread.execute(() -> {
            trainer = new Trainer(setup);
            history = new TrainingHistory(setup.hidden().size());
            health = new LayerHealth(trainer.network(), threshold);
            EpochReport first = trainer.evaluate();
            history.add(first);
            publish.accept(settled(gen, first));
        });
        if (playing) {
            thread.execute(() -> loop(gen));
        }
    }

    /** Starts training continuously. */
    void play() {
        if (playing) {
            return;
        }
        playing = true;
        int gen = generation.get();
        thread.execute(() -> loop(gen));
    }

    /** Stops after the epoch under way (a snapshot of it follows). */
    void pause() {
        playing = false;
    }

    /** Trains one epoch and publishes it; pauses first if playing. */
    void step() {
        playing = false;
        int gen = generation.get();
        thread.execute(() -> {
            if (trainer != null && gen == generation.get()) {
                publish.accept(settled(gen, epoch()));
            }
        });
    }

    /** Ends the thread (the window closes); a command under way finishes. */
    void shutdown() {
        playing = false;
        thread.shutdownNow();
    }

    private EpochReport epoch() {
        EpochReport r = trainer.epoch();
        history.add(r);
        return r;
    }

    private void loop(int gen) {
        long start = System.nanoTime();
        Cadence frames = new Cadence(FRAME_NANOS);
        Cadence heat = new Cadence(HEATMAP_NANOS);
        Cadence units = new Cadence(HEALTH_NANOS);
        frames.restart(start);
        heat.restart(start);
        units.restart(start);
        int done = 0;
        EpochReport r = null;
        while (playing && gen == generation.get() && trainer != null) {
            r = epoch();
            done++;
            long now = System.nanoTime();
            if (frames.due(now)) {
                if (heat.due(now)) {
                    heatmap = DecisionGrid.probabilities(trainer.network(), CELLS);
                }
                if (units.due(now)) {
                    counts = measure();
                }
                publish.accept(snapshot(gen, r, false));
            }
            int s = speed;
            if (s > 0) {
                long due = start + done * 1_000_000_000L / s;
                while (playing && gen == generation.get() && System.nanoTime() < due) {
                    LockSupport.parkNanos(Math.min(due - System.nanoTime(), 5_000_000L));
                }
            }
        }
        if (r != null && gen == generation.get()) {
            publish.accept(settled(gen, r));
        }
    }

    /** @return a snapshot whose every part is of the network now. */
    private TrainingSnapshot settled(int gen, EpochReport latest) {
        heatmap = DecisionGrid.probabilities(trainer.network(), CELLS);
        counts = measure();
        return snapshot(gen, latest, true);
    }

    private LayerHealth.Counts measure() {
        return health.measure(trainer.network(), Batches.inputs(trainer.data().train()));
    }

    private TrainingSnapshot snapshot(int gen, EpochReport latest, boolean settled) {
        return new TrainingSnapshot(gen, trainer.data(), latest, history.epochs(), history.curves(), heatmap, CELLS,
                counts, trainer.network().width(), settled);
    }
}
