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
 * Whole-process CLI export of a 1600×1000 PNG against the same figure drawn by numpy + matplotlib
 * (bench/matplotlib_figure.py), the commands interleaved in one run so both see the same machine.
 */
final class CliBench {

    private static final int RUNS = 10;

    private CliBench() {
    }

    static void run(Report report, Path jar, Path cdsArchive) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("bench-cli");
        List<String> export = List.of("export", "--function", "sigmoid", "--function", "relu", "--range", "-6,6",
                "--threshold", "0.05", "--size", "1600x1000", "--out");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("matplotlib (python3 bench/matplotlib_figure.py)",
                List.of("/usr/bin/python3", "bench/matplotlib_figure.py", dir.resolve("mpl.png").toString()));
        commands.put("java -jar activation-plotter.jar export", javaCommand(jar, null, false, export, dir, "plain.png"));
        commands.put("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1 -XX:CompileThresholdScaling=2 -jar … export (as bin/activation-plotter)",
                javaCommand(jar, null, true, export, dir, "quick.png"));
        if (cdsArchive != null && Files.exists(cdsArchive)) {
            commands.put("java -XX:SharedArchiveFile=… (the same options) -jar … export",
                    javaCommand(jar, cdsArchive, true, export, dir, "cds.png"));
        }
        Path packaged = Path.of("target", "dist", "ActivationPlotter", "bin", "activation-plotter");
        if (Files.isExecutable(packaged)) {
            List<String> cmd = new ArrayList<>(List.of(packaged.toString()));
            cmd.addAll(export);
            cmd.add(dir.resolve("packaged.png").toString());
            commands.put("target/dist/ActivationPlotter/bin/activation-plotter export (app image: its runtime, "
                    + "AppCDS archive and the flags above)", cmd);
        }
        Path other = GalleryBench.compareImage();
        if (other != null) {
            List<String> cmd = new ArrayList<>(List.of(other.toString()));
            cmd.addAll(export);
            cmd.add(dir.resolve("compared.png").toString());
            commands.put(other + " export (bench.compare.image)", cmd);
        }
        report.section("Whole-process CLI export, 1600×1000 PNG (" + RUNS + " runs each, interleaved)");
        Map<String, ProcessRuns.Times> times = ProcessRuns.run(commands, RUNS);
        ProcessRuns.Times base = times.values().iterator().next();
        for (Map.Entry<String, ProcessRuns.Times> t : times.entrySet()) {
            report.line(String.format(Locale.ROOT, "- %s: %s; matplotlib/this = %.2f wall, %.2f CPU", t.getKey(),
                    ProcessRuns.describe(t.getValue()), GalleryBench.ratio(base.wall(), t.getValue().wall()),
                    GalleryBench.ratio(base.cpu(), t.getValue().cpu())));
        }
    }

    static List<String> javaCommand(Path jar, Path cds, boolean quick, List<String> export, Path dir,
            String out) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (cds != null) {
            cmd.add("-XX:SharedArchiveFile=" + cds.toAbsolutePath());
        }
        if (quick) {
            cmd.add("-XX:TieredStopAtLevel=1");
            cmd.add("-XX:+UseSerialGC");
            cmd.add("-XX:CICompilerCount=1");
            cmd.add("-XX:CompileThresholdScaling=2");
        }
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(export);
        cmd.add(dir.resolve(out).toString());
        return cmd;
    }

    static double timeProcess(List<String> cmd) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = p.waitFor();
        long t1 = System.nanoTime();
        if (code != 0) {
            throw new IOException("command failed with exit " + code + ": " + String.join(" ", cmd));
        }
        return (t1 - t0) / 1e6;
    }
}
