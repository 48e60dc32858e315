package io.activationplotter.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start: from just before the child JVM process is started until it prints that the window
 * is shown (after the first pulse). Uses GTK when DISPLAY is set (e.g. under Xvfb), else headless Monocle.
 */
final class StartupBench {

    private static final int RUNS = 10;

    private StartupBench() {
    }

    static void run(Report report) throws IOException, InterruptedException {
        boolean display = System.getenv("DISPLAY") != null;
        report.section("Cold start to first shown window with a chart (" + RUNS + " runs after 1 warm-up; "
                + (display ? "GTK on DISPLAY " + System.getenv("DISPLAY") : "headless Monocle") + ")");
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS + 1; i++) {
            double t = once(display);
            if (i > 0) {
                ms[i - 1] = t;
            }
        }
        report.line("- process start → window shown: " + new Stats(ms).format("ms") + " (target ≤ 1200 ms)");
    }

    private static double once(boolean display) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dprism.order=sw");
        if (!display) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dtestfx.headless=true"));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupProbe.class.getName()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals("SHOWN")) {
                    long t1 = System.nanoTime();
                    p.waitFor();
                    return (t1 - t0) / 1e6;
                }
            }
        }
        throw new IOException("startup probe exited with " + p.waitFor() + " before showing a window");
    }
}
