package io.activationplotter.model.saturation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The finite ends of every reported interval equal the x where |f'| crosses T, as bisected by mpmath
 * at 40 digits (tools/reference/generate_saturation.py → reference/saturation_ends.csv), to 1e-12
 * relative; 15 functions with PyTorch defaults × 6 thresholds from 1e-4 to 0.2.
 */
class SaturationReferenceTest {

    @Test
    void endsMatchMpmathCrossings() throws IOException {
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/reference/saturation_ends.csv")), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                Activation f = Catalogue.find(cells[0]).orElseThrow().createDefault();
                double t = Double.parseDouble(cells[1]);
                double[] expected = Arrays.stream(cells[2].split(";")).mapToDouble(Double::parseDouble).toArray();
                double[] actual = finiteEnds(SaturationAnalysis.analyze(f, t));
                assertThat(actual).as("%s at T=%s: %s", cells[0], t, Arrays.toString(actual))
                        .hasSameSizeAs(expected);
                for (int i = 0; i < expected.length; i++) {
                    assertThat(actual[i]).as("%s at T=%s, end %d", cells[0], t, i)
                            .isCloseTo(expected[i], within(1e-12 * Math.abs(expected[i])));
                }
                rows++;
            }
        }
        assertThat(rows).isEqualTo(15 * 6);
    }

    private static double[] finiteEnds(SaturationReport report) {
        List<Double> ends = new ArrayList<>();
        for (Region r : report.regions()) {
            if (Double.isFinite(r.start())) {
                ends.add(r.start());
            }
            if (Double.isFinite(r.end())) {
                ends.add(r.end());
            }
        }
        return ends.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
