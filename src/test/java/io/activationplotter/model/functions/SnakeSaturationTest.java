package io.activationplotter.model.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Activation;
import io.activationplotter.model.saturation.Region;
import io.activationplotter.model.saturation.SaturationAnalysis;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Snake's f' = (sin αx + cos αx)² touches 0 at every αx = 3π/4 + kπ. Within its analysis reach (|x| ≤ 16)
 * every such zone is found with its exact ends, and nothing is reported beyond (no false saturation far
 * out, where the grid could not resolve the ripple); the property tests leave snake out.
 */
class SnakeSaturationTest {

    private static final double NEAR = 16;

    @ParameterizedTest(name = "alpha={0}, T={1}")
    @CsvSource({"1, 0.05", "1, 0.001", "0.37, 0.01", "3, 0.05", "2, 0.2", "3, 0.0001", "0.05, 0.05"})
    void findsEveryLowGradientZoneNearTheOrigin(double alpha, double t) {
        // given
        Activation f = new Snake(alpha);
        // when
        List<Region> regions = SaturationAnalysis.analyze(f, t).regions();
        // then: each zone around a zero of f' in [-NEAR, NEAR] is reported, and holds |f'| < T inside
        double a = Math.asin(Math.sqrt(t / 2)) / alpha; // |f'| < T within a of each zero
        assertThat(regions).allMatch(g -> Math.abs(g.start()) <= NEAR && Math.abs(g.end()) <= NEAR);
        assertThat(SaturationAnalysis.analyze(f, t).regions()).noneMatch(g -> g.isSaturation());
        for (int k = -70; k <= 70; k++) {
            double zero = (3 * Math.PI / 4 + k * Math.PI) / alpha;
            if (Math.abs(zero) + a > NEAR) {
                continue;
            }
            Region r = regions.stream().filter(g -> g.start() <= zero && zero <= g.end()).findFirst().orElse(null);
            assertThat(r).as("zone around %s", zero).isNotNull();
            assertThat(r.start()).as("start near %s", zero).isCloseTo(zero - a, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(r.end()).as("end near %s", zero).isCloseTo(zero + a, org.assertj.core.api.Assertions.within(1e-9));
        }
    }
}
