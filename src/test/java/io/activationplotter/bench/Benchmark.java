package io.activationplotter.bench;

import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The performance benchmark (issue 6): prints median and p95 figures and writes them to
 * {@code target/bench/results.md}. Run with {@code mvn -Pbench verify}; it is never part of the
 * unit tests and asserts nothing about time.
 * <p>
 * Arguments select sections (default all but soak): {@code calibration eval export cli gallery redraw startup
 * memory network train soak}. The calibration (matplotlib's single figure) runs first in every run unless
 * {@code -Dbench.noCalibration=true}; soak lasts {@code -Dbench.soak.seconds} (600).
 */
public final class Benchmark {

    private Benchmark() {
    }

    /**
     * Runs the selected sections.
     *
     * @param args  section names; none means all.
     * @throws Exception if a section cannot run.
     */
    public static void main(String[] args) throws Exception {
        List<String> sections = args.length == 0
                ? List.of("redraw", "startup", "export", "eval", "cli", "gallery", "memory", "network", "train") : Arrays.asList(args);
        Report report = new Report();
        report.line("# Benchmark results");
        report.line("");
        report.line("Date " + LocalDate.now() + "; " + Runtime.getRuntime().availableProcessors() + " cores; Java "
                + System.getProperty("java.version") + "; prism.order=" + System.getProperty("prism.order")
                + "; " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        if (!Boolean.getBoolean("bench.noCalibration") && !sections.contains("calibration")) {
            Calibration.run(report); // issue 16: every run says how fast its machine was
        }
        Path jar = Path.of(System.getProperty("bench.jar", "target/activation-plotter.jar"));
        Path cds = Path.of(System.getProperty("bench.cds", "target/activation-plotter.jsa"));
        Path cdsCli = Path.of(System.getProperty("bench.cds.cli", "target/activation-plotter-cli.jsa"));
        for (String s : sections) {
            switch (s) {
                case "calibration" -> Calibration.run(report);
                case "eval" -> EvalThroughputBench.run(report);
                case "network" -> NetworkBench.run(report);
                case "export" -> ExportBench.run(report, fourFunctions());
                case "cli" -> CliBench.run(report, jar, cdsCli);
                case "gallery" -> GalleryBench.run(report, jar, cdsCli);
                case "startup" -> StartupBench.run(report, jar, cds);
                case "train" -> TrainBench.run(report);
                default -> FxBenches.run(s, report, fourFunctions());
            }
        }
        report.save(Path.of("target", "bench", "results.md"));
        System.exit(0);
    }

    /** The standard load: four functions, f and f', shading on. */
    static FigureSpec fourFunctions() {
        List<Curve> curves = new ArrayList<>();
        for (String id : List.of("sigmoid", "tanh", "relu", "elu")) {
            ActivationType t = Catalogue.find(id).orElseThrow();
            curves.add(new Curve(t, t.createDefault()));
        }
        return new FigureSpec(curves, 0, -6, 6, 0.05, true);
    }
}
