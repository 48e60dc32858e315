package io.activationplotter.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;

/**
 * Times slider changes the way a drag makes them: one change a frame, made on the FX thread right after
 * a pulse (where input events are handled). "Drawn" is from just before the view-model input changes to
 * JFreeChart's last DRAWING_FINISHED for the chart's on-screen canvas; "settled" is to the end of the
 * work the change deferred (the formula panel, labels), read by one more FX-thread round trip; and the
 * FX thread's CPU time over that interval, which a loaded machine distorts much less than the wall
 * clock (it includes a pulse's CSS and layout if one ran in between, never the render thread's work).
 * The render thread's CPU time is reported beside it: from one change to the next, which is the
 * rasterising of the frame that change produced (the next change waits for a pulse, and a pulse waits
 * for the previous frame's rendering).
 */
final class SliderTimer {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final AtomicLong finishedAt = new AtomicLong();
    private long renderThread;
    private final AtomicLong draws = new AtomicLong();
    private final Semaphore drawn = new Semaphore(0);
    private volatile CountDownLatch nextPulse;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            CountDownLatch l = nextPulse;
            if (l != null) {
                l.countDown();
            }
        }
    };

    SliderTimer(JFreeChart chart) throws Exception {
        FxBenches.onFx(() -> chart.addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                finishedAt.set(System.nanoTime());
                draws.incrementAndGet();
                drawn.release();
            }
        }));
    }

    /** Waits for the next pulse to begin; what is posted to the FX thread now runs after it. */
    void awaitPulse() throws InterruptedException {
        CountDownLatch l = new CountDownLatch(1);
        nextPulse = l;
        if (!l.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse in 30 s");
        }
    }

    void start() throws Exception {
        FxBenches.onFx(pulses::start);
    }

    void stop() throws Exception {
        FxBenches.onFx(pulses::stop);
    }

    /**
     * Makes one change after the next pulse and waits until it is drawn and settled.
     *
     * @return {drawn ms, settled ms}, or NaN when the change drew nothing within 10 s.
     */
    double[] once(Runnable change) throws Exception {
        awaitPulse();
        long render = renderCpu();
        drawn.drainPermits();
        long[] t0 = new long[2];
        FxBenches.onFx(() -> {
            t0[1] = CPU.getCurrentThreadCpuTime();
            t0[0] = System.nanoTime();
            change.run();
        });
        boolean any = drawn.tryAcquire(10, TimeUnit.SECONDS);
        long[] t1 = new long[2];
        FxBenches.onFx(() -> {
            t1[0] = System.nanoTime();
            t1[1] = CPU.getCurrentThreadCpuTime();
        });
        if (!any) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, render};
        }
        return new double[] {(finishedAt.get() - t0[0]) / 1e6, (t1[0] - t0[0]) / 1e6, (t1[1] - t0[1]) / 1e6, render};
    }

    /** @return the render thread's CPU time in ns, or -1 if there is none (or the JVM cannot tell). */
    private long renderCpu() {
        if (renderThread == 0) {
            renderThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).max().orElse(-1);
        }
        return renderThread < 0 ? -1 : CPU.getThreadCpuTime(renderThread);
    }

    void time(Report report, String label, int warm, int runs, IntConsumer change) throws Exception {
        double[] drawnMs = new double[runs];
        double[] settledMs = new double[runs];
        double[] cpuMs = new double[runs];
        double[] renderMs = new double[runs];
        long lastRender = -1;
        start();
        long drawsBefore = draws.get();
        int missing = 0;
        try {
            for (int i = 0; i < warm + runs; i++) {
                int k = i;
                double[] t = once(() -> change.accept(k));
                if (Double.isNaN(t[0])) {
                    missing++;
                }
                if (i >= warm) {
                    drawnMs[i - warm] = t[0];
                    settledMs[i - warm] = t[1];
                    cpuMs[i - warm] = t[2];
                    if (i > warm) { // the render thread's work for the previous change, read as this one began
                        renderMs[i - warm - 1] = lastRender < 0 || t[3] < 0 ? Double.NaN : (t[3] - lastRender) / 1e6;
                    }
                }
                lastRender = (long) t[3];
            }
        } finally {
            stop();
        }
        double perChange = (draws.get() - drawsBefore) / (double) (warm + runs);
        report.line("- " + label + ": " + new Stats(drawnMs).format("ms") + "; settled " + new Stats(settledMs)
                .format("ms") + "; FX-thread CPU to settled " + new Stats(cpuMs).format("ms")
                + "; render-thread CPU per change " + new Stats(java.util.Arrays.copyOf(renderMs, runs - 1)).format("ms")
                + String.format(Locale.ROOT, "; %.2f draws per change%s (target p95 ≤ 8 ms on the slow laptop)",
                        perChange, missing == 0 ? "" : ", " + missing + " changes drew nothing"));
    }

    /** Ten changes in one FX-thread event, as a fast slider might fire between two frames: draws counted. */
    void burst(Report report, String label, IntConsumer change) throws Exception {
        start();
        try {
            awaitPulse();
            long before = draws.get();
            drawn.drainPermits();
            FxBenches.onFx(() -> {
                for (int i = 0; i < 10; i++) {
                    change.accept(i);
                }
            });
            // the first draw may come from a worker's result (the Network tab): wait for it, then 0.5 s more of
            // frames, so that a late second draw is counted too
            boolean any = drawn.tryAcquire(10, TimeUnit.SECONDS);
            long quietUntil = System.nanoTime() + 500_000_000L;
            while (System.nanoTime() < quietUntil) {
                awaitPulse();
            }
            FxBenches.onFx(() -> { });
            report.line("- " + label + ": " + (draws.get() - before) + " draw(s)" + (any ? "" : " within 10 s"));
        } finally {
            stop();
        }
    }
}
