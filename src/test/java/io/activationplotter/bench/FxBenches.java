package io.activationplotter.bench;

import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.Initialisation;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.depth.DepthView;
import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.distribution.DistributionViewModel;
import io.activationplotter.ui.network.NetworkView;
import io.activationplotter.ui.network.NetworkViewModel;
import io.activationplotter.ui.params.ParameterModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxView;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import io.activationplotter.ui.window.MainView;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Benchmarks that need the real JavaFX view: every slider → redrawn, coalescing, memory. The view is
 * the real {@code MainView} in a 1280×800 stage (Monocle), ELU selected and compared with Sigmoid, Tanh
 * and ReLU, derivatives on. See {@link SliderTimer} for how a change is timed.
 */
final class FxBenches {

    private static final int WARM = 200;
    private static final int RUNS = Integer.getInteger("bench.runs", 1000);
    private static final int TAB_WARM = 50;
    private static final int TAB_RUNS = Math.min(300, RUNS);
    /** The Network tab computes a whole net per change on a worker: fewer changes. */
    private static final int NET_WARM = 10;
    private static final int NET_RUNS = Math.min(60, RUNS);

    private static PlotViewModel vm;
    private static Stage stage;
    private static MainView view;

    private FxBenches() {
    }

    static void run(String section, Report report, FigureSpec load) throws Exception {
        switch (section) {
            case "redraw" -> redraw(report);
            case "memory" -> memory(report);
            case "soak" -> SoakBench.run(report, vm(), Long.getLong("bench.soak.seconds", 600));
            default -> throw new IllegalArgumentException("unknown section " + section
                    + " (use calibration, eval, export, cli, gallery, redraw, startup, memory, soak)");
        }
    }

    /** @return the plot's view-model, with the window shown. */
    static PlotViewModel vm() throws Exception {
        ensureView();
        return vm;
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
            view = new MainView(vm, text);
            stage = new Stage();
            stage.setScene(new Scene(view, 1280, 800));
            stage.show();
            vm.selectedTypeProperty().set(type("elu"));
            for (String id : List.of("sigmoid", "tanh", "relu")) {
                vm.setCompared(type(id), true);
            }
            vm.showDerivativesProperty().set(true);
        });
        onFx(() -> { });
    }

    private static void redraw(Report report) throws Exception {
        ensureView();
        report.section("Slider → redrawn (4 functions × f and f', shading on, window 1280×800; one change a frame "
                + "as in a drag, " + RUNS + " changes after " + WARM + " warm-up; classroom tabs " + TAB_RUNS
                + " after " + TAB_WARM + ", the Network tab " + NET_RUNS + " after " + NET_WARM + ")");
        int[] points = new int[2];
        onFx(() -> {
            points[0] = vm.chart().getDataset().getItemCount(0);
            points[1] = (int) Math.ceil(vm.plotWidthProperty().get());
        });
        SliderTimer plot = new SliderTimer(vm.chart().getChart());
        ParameterModel alpha = vm.parametersProperty().get(0);
        long[] labelChanges = countLabelChanges();
        drag("#alpha-slider", true); // as a drag: the thumb held (the slider's valueChanging) while it moves
        plot.time(report, "α slider (ELU alpha), dragged → ChartCanvas drawn", WARM, RUNS,
                i -> alpha.valueProperty().set(0.5 + (i % 50) * 0.05));
        drag("#alpha-slider", false);
        report.line(String.format(Locale.ROOT, "- label changes per α change (formula panel parameters, max |f′|, "
                + "saturation; the intervals label): %.3f", labelChanges[0] / (double) (WARM + RUNS)));
        plot.time(report, "x-range change (resampling) → ChartCanvas drawn", WARM, RUNS,
                i -> vm.range().setView(-6 - (i % 40) * 0.1, 6 + (i % 37) * 0.1));
        drag("#threshold-slider", true);
        plot.time(report, "threshold slider, dragged → ChartCanvas drawn", WARM, RUNS,
                i -> vm.logThresholdProperty().set(-4 + (i % 60) * 0.06));
        drag("#threshold-slider", false);
        plot.burst(report, "α slider, 10 changes in one event", i -> alpha.valueProperty().set(0.5 + i * 0.1));
        report.line("- samples per series: " + points[0] + " (f of the first curve; plot " + points[1] + " px wide)");
        report.line("- points drawn per frame: " + pointsDrawn() + " (the paths of the last frame, 8 series)");
        classroomSliders(report, plot);
        DepthViewModel depth = (DepthViewModel) showTab("depth");
        new SliderTimer(depth.chart().getChart()).time(report, "depth tab: layers slider → drawn", TAB_WARM,
                TAB_RUNS, i -> depth.layersProperty().set(2 + i % 40));
        SoftmaxViewModel softmax = (SoftmaxViewModel) showTab("softmax");
        new SliderTimer(softmax.slice().getChart()).time(report, "softmax tab: τ slider → slice and bars drawn",
                TAB_WARM, TAB_RUNS, i -> softmax.temperatureProperty().set(0.2 + (i % 30) * 0.1));
        new SliderTimer(softmax.slice().getChart()).time(report, "softmax tab: z slider → slice and bars drawn",
                TAB_WARM, TAB_RUNS, i -> softmax.zProperty().set(-4 + (i % 30) * 0.25));
        showTab("plot");
    }

    /** Holds or lets go of a slider's thumb, as a drag does (its valueChanging). */
    private static void drag(String id, boolean held) throws Exception {
        onFx(() -> ((Slider) stage.getScene().lookup(id)).setValueChanging(held));
    }

    /** @return a counter of the changes of the labels that follow a parameter (read it after the run). */
    private static long[] countLabelChanges() throws Exception {
        long[] n = new long[1];
        onFx(() -> {
            for (var p : List.of(vm.info().parametersProperty(), vm.info().maxSlopeTextProperty(),
                    vm.info().saturationProperty(), vm.saturationTextProperty())) {
                p.addListener((obs, old, now) -> n[0]++);
            }
        });
        return n;
    }

    /** @return the points the plot's renderer added to its paths in the last frame. */
    private static long pointsDrawn() throws Exception {
        long[] n = new long[1];
        onFx(() -> n[0] = vm.chart().getRenderer().getPointsDrawn());
        return n[0];
    }

    /** The distribution overlay's μ and σ on the plot tab, the Network tab's σ and gain. */
    private static void classroomSliders(Report report, SliderTimer plot) throws Exception {
        DistributionViewModel dist = view.getClassroom().distribution();
        onFx(() -> dist.enabledProperty().set(true));
        plot.time(report, "distribution overlay: μ slider → drawn", TAB_WARM, TAB_RUNS,
                i -> dist.meanProperty().set(-1 + (i % 40) * 0.05));
        plot.time(report, "distribution overlay: σ slider → drawn", TAB_WARM, TAB_RUNS,
                i -> dist.logStdProperty().set(-0.5 + (i % 40) * 0.025));
        plot.burst(report, "distribution μ, 10 changes in one event", i -> dist.meanProperty().set(i * 0.1));
        onFx(() -> dist.enabledProperty().set(false));
        NetworkViewModel net = (NetworkViewModel) showTab("network");
        SliderTimer nets = new SliderTimer(net.histograms().getChart());
        nets.time(report, "network tab: σ slider → histograms drawn", NET_WARM, NET_RUNS,
                i -> net.stdProperty().set(0.5 + (i % 40) * 0.025));
        onFx(() -> net.initProperty().set(Initialisation.XAVIER_NORMAL));
        nets.time(report, "network tab: gain slider → histograms drawn", NET_WARM, NET_RUNS,
                i -> net.gainProperty().set(0.5 + (i % 40) * 0.025));
        nets.burst(report, "network gain, 10 changes in one event", i -> net.gainProperty().set(1 + i * 0.01));
        onFx(() -> net.initProperty().set(Initialisation.NORMAL));
    }

    /** Selects a tab and returns its view-model (the plot tab: {@code null}). */
    private static Object showTab(String name) throws Exception {
        Object[] model = new Object[1];
        onFx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#main-tabs");
            tabs.getTabs().stream().filter(t -> t.getId().equals(name + "-tab")).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        onFx(() -> {
            if (name.equals("depth")) {
                model[0] = ((DepthView) stage.getScene().lookup("#depth-view")).getViewModel();
            } else if (name.equals("network")) {
                model[0] = ((NetworkView) stage.getScene().lookup("#network-view")).getViewModel();
            } else if (name.equals("softmax")) {
                model[0] = ((SoftmaxView) stage.getScene().lookup("#softmax-view")).getViewModel();
            }
        });
        return model[0];
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
            onFx(() -> { }); // the coalesced redraw of those 100 changes
        }
    }

    static long usedAfterGc() throws InterruptedException {
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
