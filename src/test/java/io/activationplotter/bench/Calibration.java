package io.activationplotter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine's speed, printed in every benchmark run so that its absolute figures can be read
 * against it (issue 16): the seed-style numpy + matplotlib figure (bench/matplotlib_figure.py), whole
 * process, 5 runs after 1 warm-up. About 0.38–0.42 s on the project's machine when it is idle; the
 * "slow classroom laptop" of issue 16 takes 1.07 s.
 */
final class Calibration {

    private static final int RUNS = 5;
    private static final double SLOW_LAPTOP_MS = 1070;

    private Calibration() {
    }

    static void run(Report report) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("bench-calibration");
        List<String> cmd = List.of("/usr/bin/python3", "bench/matplotlib_figure.py", dir.resolve("mpl.png").toString());
        double[] ms = new double[RUNS];
        for (int i = 0; i <= RUNS; i++) {
            double t = CliBench.timeProcess(cmd);
            if (i > 0) {
                ms[i - 1] = t;
            }
        }
        Stats s = new Stats(ms);
        report.section("Calibration: this machine's speed");
        report.line(String.format(Locale.ROOT, "- matplotlib single figure (python3 bench/matplotlib_figure.py, "
                + "whole process): %s; the issue's slow laptop takes %.0f ms: slow laptop / this run = %.2f "
                + "(above 1: this run was faster); load average at the start: %s", s.format("ms"), SLOW_LAPTOP_MS,
                SLOW_LAPTOP_MS / s.median(), loadAverage()));
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
