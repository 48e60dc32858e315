package io.activationplotter.bench;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.util.Locale;
import java.util.SplittableRandom;

/** f and f' for 10^6 points per catalogue function: nanoseconds per point. */
final class EvalThroughputBench {

    private static final int POINTS = 1_000_000;
    private static final int ROUNDS = 7;

    private EvalThroughputBench() {
    }

    static void run(Report report) {
        double[] xs = new double[POINTS];
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < POINTS; i++) {
            xs[i] = r.nextDouble(-12, 12);
        }
        report.section("Evaluation throughput: f and f' for 10^6 points in [-12, 12] (ns/point, median of "
                + ROUNDS + " rounds after warm-up)");
        report.line("| function | f ns/point | f' ns/point |");
        report.line("|---|---|---|");
        double sink = 0;
        for (ActivationType type : Catalogue.all()) {
            Activation f = type.createDefault();
            double[] tf = new double[ROUNDS];
            double[] td = new double[ROUNDS];
            for (int warm = 0; warm < 3; warm++) {
                sink += sumValues(f, xs) + sumDerivatives(f, xs);
            }
            for (int k = 0; k < ROUNDS; k++) {
                long t0 = System.nanoTime();
                sink += sumValues(f, xs);
                long t1 = System.nanoTime();
                sink += sumDerivatives(f, xs);
                long t2 = System.nanoTime();
                tf[k] = (t1 - t0) / (double) POINTS;
                td[k] = (t2 - t1) / (double) POINTS;
            }
            report.line(String.format(Locale.ROOT, "| %s | %.1f | %.1f |", type.id(), new Stats(tf).median(),
                    new Stats(td).median()));
        }
        report.line("");
        report.line("(checksum " + (sink != 0) + ")");
    }

    private static double sumValues(Activation f, double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += f.value(x);
        }
        return s;
    }

    private static double sumDerivatives(Activation f, double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += f.derivative(x);
        }
        return s;
    }
}
