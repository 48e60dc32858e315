package io.activationplotter.model.saturation;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints how long one {@link SaturationAnalysis#analyze} takes (a main, not a test: timings are not
 * asserted). Run: {@code java -cp target/classes:target/test-classes:$(deps)
 * io.activationplotter.model.saturation.SaturationBenchmark}.
 */
public final class SaturationBenchmark {

    private SaturationBenchmark() {
    }

    /**
     * Times each function at a few thresholds, as a slider would call it.
     *
     * @param args  ignored.
     */
    public static void main(String[] args) {
        System.out.println("base grid: " + Grid.baseSize() + " points");
        for (ActivationType type : Catalogue.all()) {
            time(type.id(), type.createDefault());
        }
    }

    private static void time(String name, Activation f) {
        double[] thresholds = {1e-4, 1e-3, 0.01, 0.05, 0.1, 0.2};
        int n = 3000;
        long sink = 0;
        for (int i = 0; i < n; i++) {
            sink += SaturationAnalysis.analyze(f, thresholds[i % thresholds.length]).regions().size();
        }
        long[] ns = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            sink += SaturationAnalysis.analyze(f, thresholds[i % thresholds.length]).regions().size();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%-22s p50 %6.3f ms  p95 %6.3f ms  (%d)%n", name, ns[n / 2] / 1e6,
                ns[n * 95 / 100] / 1e6, sink);
    }
}
