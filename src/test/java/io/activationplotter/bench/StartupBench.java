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
 * is shown (after the first pulse has laid it out), with the classes loaded and the CPU time spent by then. Uses GTK when DISPLAY is set (e.g. under Xvfb), else headless
 * Monocle. Three ways of starting the same jar are timed interleaved: the JVM's defaults (as
 * {@code java -jar}), the client compiler only (as {@code mvn javafx:run}), and the packaged
 * launcher's options (client compiler and the AppCDS archive that {@code app.CdsTraining} trains).
 */
final class StartupBench {

    private static final int RUNS = Integer.getInteger("bench.startup.runs", 10);
    /**
     * The system property naming another build's {@code target} folder (its jar and AppCDS archive), whose
     * start is timed interleaved with this one's by the same probe: a before/after in one run.
     */
    static final String COMPARE_PROPERTY = "bench.startup.compare";

    private StartupBench() {
    }

    static void run(Report report, Path jar, Path cds) throws IOException, InterruptedException {
        boolean display = System.getenv("DISPLAY") != null;
        report.section("Cold start to first shown window with a chart (" + RUNS + " runs each after 1 warm-up, "
                + "interleaved; " + (display ? "GTK on DISPLAY " + System.getenv("DISPLAY") : "headless Monocle")
                + ")");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        addJarVariants(variants, "", jar, cds, report);
        String compare = System.getProperty(COMPARE_PROPERTY, "");
        if (!compare.isBlank()) {
            // another build's jar and archive (e.g. main's target/), started by the same probe, interleaved
            Path other = Path.of(compare).toAbsolutePath();
            addJarVariants(variants, other + ": ", other.resolve(jar.getFileName()), other.resolve(cds.getFileName()),
                    report);
        }
        variants.putAll(appImage());
        Map<String, double[][]> runs = new LinkedHashMap<>();
        variants.keySet().forEach(k -> runs.put(k, new double[RUNS][]));
        for (int i = 0; i < RUNS + 1; i++) {
            for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                double[] r = run(display, v.getValue());
                if (i > 0) {
                    runs.get(v.getKey())[i - 1] = r;
                }
            }
        }
        for (Map.Entry<String, double[][]> r : runs.entrySet()) {
            report.line("- " + r.getKey() + ": process start → window shown: " + column(r.getValue(), 0).format("ms")
                    + " (issue 16's targets on the slow laptop: packaged ≤ 1000 ms, mvn javafx:run ≤ 1500 ms); "
                    + "before it: JavaFX-thread CPU " + column(r.getValue(), 2).format("ms")
                    + ", process CPU (all threads) " + column(r.getValue(), 3).format("ms")
                    + ", classes loaded median " + Math.round(column(r.getValue(), 1).median()));
        }
    }

    /** One figure of every run: 0 time to shown, 1 classes loaded, 2 JavaFX-thread CPU, 3 process CPU. */
    private static Stats column(double[][] runs, int i) {
        double[] c = new double[runs.length];
        for (int k = 0; k < runs.length; k++) {
            c[k] = runs[k][i];
        }
        return new Stats(c);
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

    /**
     * The three ways of starting a jar: the JVM's defaults, the client compiler, and the client compiler
     * with the jar's AppCDS archive (if there is one).
     */
    private static void addJarVariants(Map<String, List<String>> variants, String prefix, Path jar, Path cds,
            Report report) {
        variants.put(prefix + "JVM defaults (as java -jar)", command(jar, List.of()));
        variants.put(prefix + "-XX:TieredStopAtLevel=1 (as mvn javafx:run)",
                command(jar, List.of("-XX:TieredStopAtLevel=1")));
        if (Files.exists(cds)) {
            variants.put(prefix + "-XX:TieredStopAtLevel=1 + AppCDS archive (as the packaged launcher)",
                    command(jar, List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + cds.toAbsolutePath())));
        } else {
            report.line("- (no " + cds + ": run bench/make-cds-archive.sh for the packaged launcher's figure)");
        }
    }

    /** @return the JVM command for the probe with a jar, ending with its class path. */
    private static List<String> command(Path jar, List<String> options) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        // the archive was made with the jar alone on the class path; the probe's folder may follow it
        cmd.addAll(List.of("-cp", jar + File.pathSeparator + probeFolder()));
        return cmd;
    }

    /**
     * Starts the probe with a JVM command that ends with its class path, and times it to SHOWN.
     *
     * @return the milliseconds to SHOWN, then the probe's STATS: classes loaded, JavaFX-thread CPU ms and
     *     process CPU ms before it.
     */
    private static double[] run(boolean display, List<String> java) throws IOException, InterruptedException {
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
            double shown = Double.NaN;
            while ((line = r.readLine()) != null) {
                if (line.equals("SHOWN")) {
                    shown = (System.nanoTime() - t0) / 1e6;
                } else if (line.startsWith("STATS ") && !Double.isNaN(shown)) {
                    p.waitFor();
                    return new double[] {shown, stat(line, "classes"), stat(line, "fxCpuMs"), stat(line, "processCpuMs")};
                }
            }
        }
        throw new IOException("startup probe exited with " + p.waitFor() + " before showing a window: "
                + String.join(" ", cmd));
    }

    /** @return the value of {@code key=value} in the probe's STATS line. */
    private static double stat(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return Double.parseDouble(part.substring(key.length() + 1));
            }
        }
        throw new IllegalArgumentException("no " + key + " in " + line);
    }
}
