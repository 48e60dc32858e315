package io.activationplotter.bench;

import io.activationplotter.ui.params.ParameterModel;
import io.activationplotter.ui.plot.PlotViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Memory after long slider use (issue 16): the α slider swept back and forth, one change a frame as a
 * drag makes them, for a set time (600 s unless {@code -Dbench.soak.seconds} says otherwise), with the
 * resident set size of this process (the window's) read from /proc every tenth of the time, its peak
 * (VmHWM) at the end, and the heap after GC at the start and the end.
 */
final class SoakBench {

    private SoakBench() {
    }

    static void run(Report report, PlotViewModel vm, long seconds) throws Exception {
        JFreeChart chart = vm.chart().getChart();
        SliderTimer timer = new SliderTimer(chart);
        ParameterModel alpha = vm.parametersProperty().get(0);
        report.section("Memory: " + seconds + " s of α slider use, one change a frame (RSS of this window process, "
                + "-Xmx1g)");
        timer.start();
        long changes = 0;
        StringBuilder samples = new StringBuilder();
        try {
            for (int i = 0; i < 200; i++, changes++) {
                int k = i;
                timer.once(() -> alpha.valueProperty().set(sweep(k)));
            }
            long heapStart = FxBenches.usedAfterGc();
            long rssStart = status("VmRSS");
            long t0 = System.nanoTime();
            long end = t0 + seconds * 1_000_000_000L;
            long nextSample = t0 + seconds * 100_000_000L;
            while (System.nanoTime() < end) {
                long k = changes++;
                timer.once(() -> alpha.valueProperty().set(sweep(k)));
                if (System.nanoTime() >= nextSample) {
                    samples.append(String.format(Locale.ROOT, " %.0f s: %.0f MiB;", (System.nanoTime() - t0) / 1e9,
                            status("VmRSS") / 1024.0));
                    nextSample += seconds * 100_000_000L;
                }
            }
            long heapEnd = FxBenches.usedAfterGc();
            report.line(String.format(Locale.ROOT, "- %d changes in %d s; RSS at the start %.0f MiB, during:%s at the "
                    + "end %.0f MiB; peak RSS (VmHWM) %.0f MiB", changes, seconds, rssStart / 1024.0, samples,
                    status("VmRSS") / 1024.0, status("VmHWM") / 1024.0));
            report.line(String.format(Locale.ROOT, "- used heap after GC: start %.1f MiB, end %.1f MiB (growth %+.1f "
                    + "MiB)", heapStart / 1048576.0, heapEnd / 1048576.0, (heapEnd - heapStart) / 1048576.0));
        } finally {
            timer.stop();
        }
    }

    /** α from 0.05 to 2.95 and back, in steps of 0.05, as a hand sweeping the slider. */
    private static double sweep(long k) {
        long phase = k % 116;
        return 0.05 + 0.025 * (phase < 58 ? 2 * phase : 2 * (116 - phase));
    }

    /** @return a /proc/self/status field in KiB, or -1. */
    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
