package io.activationplotter.bench;

import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.params.ParameterModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.event.ChartProgressEvent;

/**
 * Benchmarks that need the real JavaFX view: slider → redrawn, range → redrawn, cold start, memory.
 * "Redrawn" is the moment JFreeChart reports DRAWING_FINISHED for the ChartViewer's canvas, measured
 * from just before the view-model input changes (same thread, so the whole update is included).
 */
final class FxBenches {

    private static final int WARM = 200;
    private static final int RUNS = 1000;

    private static PlotViewModel vm;
    private static final AtomicLong finishedAt = new AtomicLong();
    private static volatile int draws;

    private FxBenches() {
    }

    static void run(String section, Report report, FigureSpec load) throws Exception {
        switch (section) {
            case "redraw" -> redraw(report);
            case "memory" -> memory(report);
            default -> throw new IllegalArgumentException("unknown section " + section
                    + " (use eval, export, cli, redraw, startup, memory)");
        }
    }

    private static void ensureView() throws Exception {
        if (vm != null) {
            return;
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        onFx(() -> {
            Messages text = Messages.load();
            vm = new PlotViewModel(text);
            MainView view = new MainView(vm, text);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1280, 800));
            stage.show();
            vm.chart().getChart().addProgressListener(e -> {
                if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                    finishedAt.set(System.nanoTime());
                    draws++;
                }
            });
            vm.selectedTypeProperty().set(type("elu"));
            for (String id : List.of("sigmoid", "tanh", "relu")) {
                vm.setCompared(type(id), true);
            }
            vm.showDerivativesProperty().set(true);
        });
    }

    private static void redraw(Report report) throws Exception {
        ensureView();
        report.section("Slider → redrawn and range → redrawn (4 functions × f and f', shading on, "
                + "window 1280×800; " + RUNS + " changes after " + WARM + " warm-up)");
        int[] pointsHolder = new int[1];
        onFx(() -> pointsHolder[0] = vm.chart().getDataset().getItemCount(0));
        ParameterModel alpha = vm.parametersProperty().get(0);
        timeChanges(report, "α slider (ELU alpha) → ChartCanvas drawn", i -> alpha.valueProperty()
                .set(0.5 + (i % 50) * 0.05));
        timeChanges(report, "x-range change (resampling) → ChartCanvas drawn", i -> vm.range()
                .setView(-6 - (i % 40) * 0.1, 6 + (i % 37) * 0.1));
        timeChanges(report, "threshold slider → ChartCanvas drawn", i -> vm.logThresholdProperty()
                .set(-4 + (i % 60) * 0.06));
        report.line("- samples per series: " + pointsHolder[0] + " (f of the first curve)");
    }

    private static void timeChanges(Report report, String label, IntConsumer change) throws Exception {
        double[] ms = new double[RUNS];
        int drawsBefore = draws;
        for (int i = 0; i < WARM + RUNS; i++) {
            int k = i;
            long[] t0 = new long[1];
            onFx(() -> {
                t0[0] = System.nanoTime();
                change.accept(k);
            });
            // let any deferred (runLater) redraw happen, then read the time of the last draw
            onFx(() -> { });
            if (i >= WARM) {
                ms[i - WARM] = (finishedAt.get() - t0[0]) / 1e6;
            }
        }
        double perChange = (draws - drawsBefore) / (double) (WARM + RUNS);
        report.line("- " + label + ": " + new Stats(ms).format("ms") + String.format(Locale.ROOT,
                "; %.2f redraws per change (target p95 ≤ 8 ms)", perChange));
    }

    private static void memory(Report report) throws Exception {
        ensureView();
        report.section("Memory: heap after GC before and after 10,000 random UI changes");
        SplittableRandom r = new SplittableRandom(7);
        List<ActivationType> all = Catalogue.all();
        randomChanges(r, all, 500);
        long before = usedAfterGc();
        randomChanges(r, all, 10_000);
        long after = usedAfterGc();
        randomChanges(r, all, 500);
        long again = usedAfterGc();
        report.line(String.format(Locale.ROOT, "- used heap after GC: before %.1f MiB, after 10,000 changes %.1f MiB,"
                + " after 500 more %.1f MiB (growth %+.1f MiB)", before / 1048576.0, after / 1048576.0,
                again / 1048576.0, (after - before) / 1048576.0));
    }

    private static void randomChanges(SplittableRandom r, List<ActivationType> all, int n) throws Exception {
        for (int i = 0; i < n; i += 100) {
            onFx(() -> {
                for (int k = 0; k < 100; k++) {
                    switch (r.nextInt(4)) {
                        case 0 -> vm.selectedTypeProperty().set(all.get(r.nextInt(all.size())));
                        case 1 -> {
                            if (!vm.parametersProperty().isEmpty()) {
                                ParameterModel p = vm.parametersProperty().get(0);
                                p.valueProperty().set(r.nextDouble(p.spec().min(), p.spec().max()));
                            }
                        }
                        case 2 -> {
                            double lo = r.nextDouble(-50, 0);
                            vm.range().setView(lo, lo + r.nextDouble(0.5, 60));
                        }
                        default -> vm.logThresholdProperty().set(r.nextDouble(-4, Math.log10(0.5)));
                    }
                }
            });
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static ActivationType type(String id) {
        return Catalogue.find(id).orElseThrow();
    }

    static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer in 60 s");
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }
}
