package io.activationplotter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 15: one process writing 20 catalogue figures at 1600×1000 PNG ({@code gallery}) against
 * numpy + matplotlib writing the same 20 figures in one process (bench/matplotlib_gallery.py), the
 * commands interleaved in one run so both see the same machine. The aim is a time ratio of at
 * most 0.25.
 */
final class GalleryBench {

    /** The 20 functions bench/matplotlib_gallery.py draws, in its order. */
    static final String FUNCTIONS = "sigmoid,tanh,relu,leaky_relu,elu,softplus,silu,gelu,gelu_tanh,mish,selu,celu,"
            + "relu6,hardtanh,hardsigmoid,hardswish,softsign,logsigmoid,tanhshrink,softshrink";

    private static final int RUNS = 5;

    private GalleryBench() {
    }

    static void run(Report report, Path jar, Path cdsArchive) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("bench-gallery");
        List<String> gallery = List.of("gallery", "--function", FUNCTIONS, "--range", "-6,6", "--threshold", "0.05",
                "--size", "1600x1000", "--out");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("matplotlib (python3 bench/matplotlib_gallery.py, 20 figures)",
                List.of("/usr/bin/python3", "bench/matplotlib_gallery.py", dir.resolve("mpl").toString()));
        commands.put("java -jar activation-plotter.jar gallery",
                CliBench.javaCommand(jar, null, false, gallery, dir, "plain"));
        commands.put("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1 -XX:CompileThresholdScaling=2 -jar … gallery (as bin/activation-plotter)",
                CliBench.javaCommand(jar, null, true, gallery, dir, "quick"));
        if (cdsArchive != null && Files.exists(cdsArchive)) {
            commands.put("java -XX:SharedArchiveFile=… (the same options) -jar … gallery",
                    CliBench.javaCommand(jar, cdsArchive, true, gallery, dir, "cds"));
        }
        Path packaged = Path.of("target", "dist", "ActivationPlotter", "bin", "activation-plotter");
        if (Files.isExecutable(packaged)) {
            List<String> cmd = new ArrayList<>(List.of(packaged.toString()));
            cmd.addAll(gallery);
            cmd.add(dir.resolve("packaged").toString());
            commands.put("target/dist/ActivationPlotter/bin/activation-plotter gallery (app image)", cmd);
        }
        Path other = compareImage();
        if (other != null) {
            List<String> cmd = new ArrayList<>(List.of(other.toString()));
            cmd.addAll(gallery);
            cmd.add(dir.resolve("compared").toString());
            commands.put(other + " gallery (bench.compare.image)", cmd);
        }
        report.section("Gallery: 20 figures, 1600×1000 PNG, in one process (" + RUNS + " runs each, interleaved)");
        Map<String, ProcessRuns.Times> times = ProcessRuns.run(commands, RUNS);
        ProcessRuns.Times base = times.values().iterator().next();
        for (Map.Entry<String, ProcessRuns.Times> t : times.entrySet()) {
            report.line(String.format(Locale.ROOT, "- %s: %s; this/matplotlib = %.2f wall, %.2f CPU (aim ≤ 0.25)",
                    t.getKey(), ProcessRuns.describe(t.getValue()), ratio(t.getValue().wall(), base.wall()),
                    ratio(t.getValue().cpu(), base.cpu())));
        }
    }

    /** median(a) / median(b). */
    static double ratio(double[] a, double[] b) {
        return new Stats(a).median() / new Stats(b).median();
    }

    /**
     * @return the command-line launcher of another app image to measure beside this one
     *     ({@code -Dbench.compare.image=DIR}, for example a build of main), or {@code null}.
     */
    static Path compareImage() {
        String dir = System.getProperty("bench.compare.image", "");
        if (dir.isBlank()) {
            return null;
        }
        Path cmd = Path.of(dir, "bin", "activation-plotter");
        if (!Files.isExecutable(cmd)) {
            throw new IllegalArgumentException("bench.compare.image: no executable " + cmd);
        }
        return cmd;
    }
}
