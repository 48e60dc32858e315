package io.activationplotter.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold start: from just before the child JVM process is started until it prints that the window
 * is shown (after the first pulse). Uses GTK when DISPLAY is set (e.g. under Xvfb), else headless
 * Monocle. Three ways of starting the same jar are timed interleaved: the JVM's defaults (as
 * {@code java -jar}), the client compiler only (as {@code mvn javafx:run}), and the packaged
 * launcher's options (client compiler and the AppCDS archive that {@code app.CdsTraining} trains).
 */
final class StartupBench {

    private static final int RUNS = 10;

    private StartupBench() {
    }

    static void run(Report report, Path jar, Path cds) throws IOException, InterruptedException {
        boolean display = System.getenv("DISPLAY") != null;
        report.section("Cold start to first shown window with a chart (" + RUNS + " runs each after 1 warm-up, "
                + "interleaved; " + (display ? "GTK on DISPLAY " + System.getenv("DISPLAY") : "headless Monocle")
                + ")");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("JVM defaults (as java -jar)", List.of());
        variants.put("-XX:TieredStopAtLevel=1 (as mvn javafx:run)", List.of("-XX:TieredStopAtLevel=1"));
        if (Files.exists(cds)) {
            variants.put("-XX:TieredStopAtLevel=1 + AppCDS archive (as the packaged launcher)",
                    List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + cds.toAbsolutePath()));
        } else {
            report.line("- (no " + cds + ": run bench/make-cds-archive.sh for the packaged launcher's figure)");
        }
        Map<String, List<String>> image = appImage();
        variants.putAll(image);
        Map<String, double[]> times = new LinkedHashMap<>();
        variants.keySet().forEach(k -> times.put(k, new double[RUNS]));
        for (int i = 0; i < RUNS + 1; i++) {
            for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                double t = image.containsKey(v.getKey()) ? run(display, v.getValue()) : once(display, jar, v.getValue());
                if (i > 0) {
                    times.get(v.getKey())[i - 1] = t;
                }
            }
        }
        for (Map.Entry<String, double[]> t : times.entrySet()) {
            report.line("- " + t.getKey() + ": process start → window shown: " + new Stats(t.getValue()).format("ms")
                    + " (issue 16's targets on the slow laptop: packaged ≤ 1000 ms, mvn javafx:run ≤ 1500 ms)");
        }
    }

    /**
     * The app image's own start (issue 16), if {@code bash packaging/build.sh app-image} made one: its
     * bundled runtime, the options and class path of its launcher's cfg (the AppCDS archive it trained
     * for itself included), the probe's folder after that class path.
     */
    private static Map<String, List<String>> appImage() throws IOException {
        Path app = Path.of("target", "dist", "ActivationPlotter", "lib", "app").toAbsolutePath();
        Path cfg = app.resolve("ActivationPlotter.cfg");
        if (!Files.exists(cfg)) {
            return Map.of();
        }
        List<String> cmd = new ArrayList<>(List.of(app.resolve("../runtime/bin/java").normalize().toString()));
        List<String> classPath = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", app.toString());
            if (line.startsWith("java-options=")) {
                cmd.add(value);
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            }
        }
        classPath.add(probeFolder());
        cmd.addAll(List.of("-cp", String.join(File.pathSeparator, classPath)));
        return Map.of("app image (target/dist: bundled runtime, its launcher's options and AppCDS archive)", cmd);
    }

    private static String probeFolder() {
        return Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    }

    private static double once(boolean display, Path jar, List<String> options)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        // the archive was made with the jar alone on the class path; the probe's folder may follow it
        cmd.addAll(List.of("-cp", jar + File.pathSeparator + probeFolder()));
        return run(display, cmd);
    }

    /** Starts the probe with a JVM command that ends with its class path, and times it to SHOWN. */
    private static double run(boolean display, List<String> java) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(java.subList(0, java.size() - 2));
        cmd.add("-Dprism.order=sw");
        if (!display) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dtestfx.headless=true"));
        }
        cmd.addAll(java.subList(java.size() - 2, java.size()));
        cmd.add(StartupProbe.class.getName());
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
        throw new IOException("startup probe exited with " + p.waitFor() + " before showing a window: "
                + String.join(" ", cmd));
    }
}
