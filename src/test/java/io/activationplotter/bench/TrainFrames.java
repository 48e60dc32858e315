package io.activationplotter.bench;

import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.train.DatasetKind;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.network.train.TrainingView;
import io.activationplotter.ui.network.train.TrainingViewModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;

/**
 * Issue 11 §3's frame rate: the Network tab's Training mode (4×16 relu on the spiral, window 1280×800)
 * while it trains. What counts is a frame that shows something new — a pulse interval in which at least
 * one of the four charts was drawn or the readout changed — not merely a pulse. Per pulse interval it
 * also reads the FX thread's and the render thread's CPU time (ThreadMXBean), which a loaded machine
 * distorts far less than wall time, and counts the work done: draws per chart and readout changes.
 * Each run first trains for 4 s unmeasured (JIT warm-up), then resets and measures 8 s.
 */
final class TrainFrames {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final long WATCH_MILLIS = 8_000;
    private static final long WARM_MILLIS = 4_000;
    private static final String[] CHARTS = {"boundary", "loss", "gradients", "units"};

    /** One sample a pulse, taken at its start (an AnimationTimer). */
    private record Sample(long wall, long fxCpu, long renderCpu, int draws, int labels) {
    }

    private TrainFrames() {
    }

    /**
     * Watches the tab train for 8 s at a speed.
     *
     * @param report  where the line goes.
     * @param speed   epochs a second; 0 is as fast as it can.
     */
    static void run(Report report, int speed) throws Exception {
        try {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyStarted) {
            // another section started JavaFX
        }
        TrainingViewModel[] vm = new TrainingViewModel[1];
        List<Double> drawTimes = new ArrayList<>();
        int[] perChart = new int[CHARTS.length];
        int[] draws = new int[1];
        int[] labels = new int[1];
        long[] drawStart = new long[1];
        FxBenches.onFx(() -> {
            vm[0] = open(speed);
            List<JFreeChart> charts = List.of(vm[0].decisionChart().getChart(), vm[0].lossChart().getChart(),
                    vm[0].gradientChart().getChart(), vm[0].unitsChart().getChart());
            for (int i = 0; i < charts.size(); i++) {
                int chart = i;
                charts.get(i).addProgressListener(e -> {
                    if (e.getType() == ChartProgressEvent.DRAWING_STARTED) {
                        drawStart[0] = System.nanoTime();
                    } else if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                        drawTimes.add((System.nanoTime() - drawStart[0]) / 1e6);
                        perChart[chart]++;
                        draws[0]++;
                    }
                });
            }
            Label readout = (Label) view.lookup("#train-readout");
            readout.textProperty().addListener(obs -> labels[0]++);
        });
        Thread.sleep(1500);
        // warm-up: the same run for a while (JIT), then from the start again
        FxBenches.onFx(() -> vm[0].play());
        Thread.sleep(WARM_MILLIS);
        FxBenches.onFx(() -> {
            vm[0].pause();
            vm[0].reset();
        });
        Thread.sleep(1000);
        long renderId = threadId("QuantumRenderer");
        long trainId = threadId("training");
        List<Sample> samples = new ArrayList<>();
        AnimationTimer[] timer = new AnimationTimer[1];
        int[] epochAtStart = new int[1];
        long[] trainCpuAtStart = {CPU.getThreadCpuTime(trainId)};
        FxBenches.onFx(() -> {
            drawTimes.clear();
            java.util.Arrays.fill(perChart, 0);
            epochAtStart[0] = vm[0].epochProperty().get();
            trainCpuAtStart[0] = CPU.getThreadCpuTime(trainId);
            vm[0].play();
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    samples.add(new Sample(now, CPU.getCurrentThreadCpuTime(), CPU.getThreadCpuTime(renderId),
                            draws[0], labels[0]));
                }
            };
            timer[0].start();
        });
        Thread.sleep(WATCH_MILLIS);
        int[] epochs = new int[1];
        FxBenches.onFx(() -> {
            timer[0].stop();
            vm[0].pause();
            epochs[0] = vm[0].epochProperty().get() - epochAtStart[0];
        });
        double trainCpu = (CPU.getThreadCpuTime(trainId) - trainCpuAtStart[0]) / 1e9;
        report.line(line(speed, samples, drawTimes, perChart, epochs[0], trainCpu));
        FxBenches.onFx(() -> {
            vm[0].shutdown();
            stage.close();
        });
    }

    private static Stage stage;
    private static MainView view;

    private static TrainingViewModel open(int speed) {
        Messages text = Messages.load();
        text.setLocale(Locale.ENGLISH);
        view = new MainView(new PlotViewModel(text), text);
        stage = new Stage();
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        TabPane tabs = (TabPane) view.lookup("#main-tabs");
        tabs.getTabs().stream().filter(t -> t.getId().equals("network-tab")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        view.applyCss();
        view.layout();
        ((javafx.scene.control.ToggleButton) view.lookup("#network-mode-train")).fire(); // training mode
        view.applyCss();
        view.layout();
        TrainingViewModel vm = ((TrainingView) view.lookup("#train-view")).getViewModel();
        vm.datasetProperty().set(DatasetKind.SPIRAL);
        vm.activationProperty().set(Catalogue.find("relu").orElseThrow());
        vm.layersProperty().set(4);
        vm.widthProperty().set(16);
        vm.speedProperty().set(speed);
        return vm;
    }

    private static long threadId(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix))
                .max(java.util.Comparator.comparingLong(Thread::getId)).orElseThrow(() -> new IllegalStateException("no thread " + prefix)).getId();
    }

    private static String line(int speed, List<Sample> s, List<Double> drawTimes, int[] perChart, int epochs,
            double trainCpu) {
        int n = Math.max(1, s.size() - 1);
        double[] gaps = new double[n];
        double[] fx = new double[n];
        double[] render = new double[n];
        int fresh = 0;
        int framesDrawing = 0;
        for (int i = 1; i < s.size(); i++) {
            Sample a = s.get(i - 1);
            Sample b = s.get(i);
            gaps[i - 1] = (b.wall() - a.wall()) / 1e6;
            fx[i - 1] = (b.fxCpu() - a.fxCpu()) / 1e6;
            render[i - 1] = (b.renderCpu() - a.renderCpu()) / 1e6;
            if (b.draws() > a.draws() || b.labels() > a.labels()) {
                fresh++;
            }
            if (b.draws() > a.draws()) {
                framesDrawing++;
            }
        }
        double sec = s.isEmpty() ? 1 : (s.get(s.size() - 1).wall() - s.get(0).wall()) / 1e9;
        double fxTotal = (s.get(s.size() - 1).fxCpu() - s.get(0).fxCpu()) / 1e6;
        double renderTotal = (s.get(s.size() - 1).renderCpu() - s.get(0).renderCpu()) / 1e6;
        int labelChanges = s.get(s.size() - 1).labels() - s.get(0).labels();
        StringBuilder chartRates = new StringBuilder();
        for (int i = 0; i < CHARTS.length; i++) {
            chartRates.append(i == 0 ? "" : ", ").append(CHARTS[i])
                    .append(String.format(Locale.ROOT, " %.1f", perChart[i] / sec));
        }
        double[] d = drawTimes.stream().mapToDouble(Double::doubleValue).toArray();
        return String.format(Locale.ROOT, "- training tab while training %s (window 1280×800, 4 charts): "
                + "**%.1f frames/s with new content** (%.1f with a chart drawn; target ≥ 30), %.1f pulses/s, "
                + "pulse interval %s; FX-thread CPU per frame %s, %.0f ms/s; render-thread CPU per frame %s, "
                + "%.0f ms/s; chart draws/s: %s; one chart's draw %s; readout changes %.1f/s; %.0f epochs/s "
                + "trained meanwhile (training thread %.0f ms CPU/s)",
                speed == 0 ? "as fast as it can" : "at " + speed + " epochs/s (the default)",
                fresh / sec, framesDrawing / sec, s.size() / sec, new Stats(gaps).format("ms"),
                new Stats(fx).format("ms"), fxTotal / sec, new Stats(render).format("ms"), renderTotal / sec,
                chartRates, new Stats(d.length == 0 ? new double[] {Double.NaN} : d).format("ms"),
                labelChanges / sec, epochs / (WATCH_MILLIS / 1e3), trainCpu * 1e3 / (WATCH_MILLIS / 1e3));
    }
}
