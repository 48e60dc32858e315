package io.activationplotter.ui.network;

import io.activationplotter.chart.network.LayerHistogramChart;
import io.activationplotter.model.Activation;
import io.activationplotter.model.network.DeepNet;
import io.activationplotter.model.network.LayerHistograms;
import io.activationplotter.model.network.NetworkResult;
import io.activationplotter.model.network.NetworkSpec;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs {@link DeepNet} off the FX thread, newest request only: a new request makes every older one
 * stop at its next check (between row blocks of a product) and drops its result; results reach the
 * FX thread through {@link Platform#runLater}.
 */
final class NetworkWorker {

    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "network-worker");
        t.setDaemon(true);
        return t;
    });

    private final AtomicLong generation = new AtomicLong();

    /**
     * Starts a run, cancelling the one in progress.
     *
     * @param spec     the network.
     * @param f        the activation.
     * @param done     called on the FX thread with the result and its histograms ({@link LayerHistogramChart#BINS}
     *                 bins, counted on the worker too), if no newer request came meanwhile.
     * @param failed   called on the FX thread with the error message of a failed run (not of a cancelled one).
     */
    void submit(NetworkSpec spec, Activation f, Consumer<NetworkRun> done, Consumer<String> failed) {
        long mine = generation.incrementAndGet();
        EXECUTOR.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            try {
                NetworkResult result = DeepNet.run(spec, f, () -> generation.get() != mine);
                NetworkRun r = new NetworkRun(result, LayerHistograms.of(result, LayerHistogramChart.BINS));
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        done.accept(r);
                    }
                });
            } catch (CancellationException e) {
                // a newer request is on its way
            } catch (RuntimeException | OutOfMemoryError e) {
                String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        failed.accept(message);
                    }
                });
            }
        });
    }

    /** Drops the run in progress and any result still on its way. */
    void cancel() {
        generation.incrementAndGet();
    }
}
