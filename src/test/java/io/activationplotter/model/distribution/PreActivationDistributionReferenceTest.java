package io.activationplotter.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every quantity of {@link PreActivationDistribution} equals mpmath's at 30 digits
 * (tools/reference/generate_distribution.py → reference/distribution.csv) to 1e-9 relative (plus
 * 1e-15 absolute, for moments that are 0 by symmetry): 12 functions and parameter sets × 2
 * thresholds × 6 distributions, σ from 0.01 to 10.
 */
class PreActivationDistributionReferenceTest {

    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-15;

    @Test
    void quantitiesMatchMpmath() throws IOException {
        int rows = 0;
        double worst = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/reference/distribution.csv")), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] c = line.split(",", -1);
                Activation f = Catalogue.find(c[0]).orElseThrow().create(params(c[1]));
                double mean = Double.parseDouble(c[2]);
                double std = Double.parseDouble(c[3]);
                double t = Double.parseDouble(c[4]);
                double[] actual = PreActivationDistribution.analyze(f, mean, std, t).values();
                for (int i = 0; i < actual.length; i++) {
                    double expected = Double.parseDouble(c[5 + i]);
                    double error = Math.abs(actual[i] - expected);
                    worst = Math.max(worst, error / Math.max(Math.abs(expected), ABSOLUTE / RELATIVE));
                    assertThat(actual[i]).as("%s(%s) mu=%s sigma=%s T=%s: %s", c[0], c[1], mean, std, t,
                            DistributionReport.QUANTITIES.get(i))
                            .isCloseTo(expected, within(RELATIVE * Math.abs(expected) + ABSOLUTE));
                }
                rows++;
            }
        }
        System.out.println("distribution reference: worst relative error " + worst);
        assertThat(rows).isEqualTo(12 * 2 * 6);
    }

    private static Map<String, Double> params(String text) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            for (String kv : text.split(";")) {
                String[] p = kv.split("=");
                m.put(p[0], Double.parseDouble(p[1]));
            }
        }
        return m;
    }
}
