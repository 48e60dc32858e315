package io.activationplotter.ui.info;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Extremes;
import io.activationplotter.model.Extremes.MaxSlope;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs {@link Extremes#maxAbsDerivative(Activation)} on a worker thread and hands the answer back
 * on the requesting thread, for the newest request only: a request cancels an older one that has
 * not started, and an older answer that arrives late is dropped. So a slider can move as fast as it
 * likes; the FX thread only queues the search, and the panel ends up showing the maximum for the
 * last parameters. Every method is called on the delivering thread.
 */
final class MaxSlopeSearch {

    /** One daemon thread shared by every search: the searches are short and never block. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "max-slope-search");
        t.setDaemon(true);
        return t;
    });

    private final Executor worker;
    private final Executor deliver;
    private final Consumer<MaxSlope> done;
    private FutureTask<Void> queued;
    private long latest;

    /**
     * Creates a search.
     *
     * @param worker   runs the searches ({@code null} not permitted).
     * @param deliver  runs the hand-back on the requesting thread ({@code null} not permitted).
     * @param done     receives the newest answer ({@code null} not permitted).
     */
    MaxSlopeSearch(Executor worker, Executor deliver, Consumer<MaxSlope> done) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.deliver = Objects.requireNonNull(deliver, "deliver");
        this.done = Objects.requireNonNull(done, "done");
    }

    /**
     * Creates a search that delivers on the JavaFX application thread.
     *
     * @param done  receives the newest answer ({@code null} not permitted).
     * @return the search.
     */
    static MaxSlopeSearch onFxThread(Consumer<MaxSlope> done) {
        return new MaxSlopeSearch(WORKER, Platform::runLater, done);
    }

    /**
     * Starts a search for f, superseding every earlier request.
     *
     * @param f  the activation ({@code null} not permitted).
     */
    void request(Activation f) {
        Objects.requireNonNull(f, "f");
        long id = supersede();
        queued = new FutureTask<>(() -> {
            MaxSlope m;
            try {
                m = Extremes.maxAbsDerivative(f);
            } catch (RuntimeException e) {
                // fail where the search used to run, on the requesting thread, rather than silently
                deliver.execute(() -> {
                    if (id == latest) {
                        throw e;
                    }
                });
                return null;
            }
            deliver.execute(() -> {
                if (id == latest) {
                    done.accept(m);
                }
            });
            return null;
        });
        worker.execute(queued);
    }

    /**
     * Cancels every earlier request, so that none of their answers is delivered.
     *
     * @return the number of the next request.
     */
    long supersede() {
        if (queued != null) {
            queued.cancel(false);
            queued = null;
        }
        return ++latest;
    }
}
