package io.activationplotter.bench;

import io.activationplotter.chart.FigureSpec;
import io.activationplotter.export.ChartExporter;
import io.activationplotter.export.ExportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** In-process export at steady state: PNG 1920×1080 and 3840×2160, SVG, PDF. */
final class ExportBench {

    private static final int WARM = 5;
    private static final int RUNS = 20;

    private ExportBench() {
    }

    static void run(Report report, FigureSpec spec) throws IOException {
        report.section("Export, in-process steady state (" + RUNS + " runs after " + WARM + " warm-up), "
                + spec.curves().size() + " functions with f'");
        Path dir = Files.createTempDirectory("bench-export");
        time(report, spec, dir.resolve("a.png"), ExportOptions.of(1920, 1080), "PNG 1920×1080");
        time(report, spec, dir.resolve("b.png"), ExportOptions.of(3840, 2160), "PNG 3840×2160 (target p95 ≤ 300 ms)");
        time(report, spec, dir.resolve("c.svg"), ExportOptions.of(1600, 1000), "SVG 1600×1000");
        time(report, spec, dir.resolve("d.pdf"), ExportOptions.of(1600, 1000), "PDF 1600×1000");
    }

    private static void time(Report report, FigureSpec spec, Path out, ExportOptions options, String label) {
        try {
            double[] ms = new double[RUNS];
            for (int i = 0; i < WARM + RUNS; i++) {
                long t0 = System.nanoTime();
                ChartExporter.export(spec, out, options);
                long t1 = System.nanoTime();
                if (i >= WARM) {
                    ms[i - WARM] = (t1 - t0) / 1e6;
                }
            }
            report.line("- " + label + ": " + new Stats(ms).format("ms") + ", file " + Files.size(out) / 1024
                    + " KiB");
        } catch (IOException e) {
            report.line("- " + label + ": failed: " + e.getMessage());
        }
    }
}
