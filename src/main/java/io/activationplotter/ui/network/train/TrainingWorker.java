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
 * second (0: as fast as it can), and publishes a snapshot at most one every {@link #FRAME_NANOS} ns (30 a second, the frame rate aimed at) and
 * once more when it stops. A reset starts a new generation: a loop of an older one ends.
 */
final class TrainingWorker {

    /** The shortest time between two snapshots while playing: 30 a second. */
    static final long FRAME_NANOS = 33_333_333L;
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
            publish.accept(snapshot(gen, first));
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
                publish.accept(snapshot(gen, epoch()));
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
        long lastFrame = start;
        int done = 0;
        EpochReport r = null;
        while (playing && gen == generation.get() && trainer != null) {
            r = epoch();
            done++;
            long now = System.nanoTime();
            if (now - lastFrame >= FRAME_NANOS) {
                publish.accept(snapshot(gen, r));
                lastFrame = now;
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
            publish.accept(snapshot(gen, r));
        }
    }

    private TrainingSnapshot snapshot(int gen, EpochReport latest) {
        return new TrainingSnapshot(gen, trainer.data(), latest, history.epochs(), history.curves(),
                DecisionGrid.probabilities(trainer.network(), CELLS), CELLS,
                health.measure(trainer.network(), Batches.inputs(trainer.data().train())),
                trainer.network().width());
    }
}
