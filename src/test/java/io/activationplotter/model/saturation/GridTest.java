package io.activationplotter.model.saturation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GridTest {

    @Test
    void baseGridIsStrictlyIncreasingSymmetricAndSpansPlusMinusFar() {
        double[] g = Grid.points(new double[0]);
        assertThat(g[0]).isEqualTo(-Grid.FAR);
        assertThat(g[g.length - 1]).isEqualTo(Grid.FAR);
        for (int i = 1; i < g.length; i++) {
            assertThat(g[i]).isGreaterThan(g[i - 1]);
            assertThat(g[g.length - 1 - i]).isEqualTo(-g[i]);
        }
        assertThat(g).contains(0.0, -1.5, 3.0, 16.0, 16.125, 64.0);
    }

    @Test
    void breakpointsAreMergedWithTheirNeighbouringDoubles() {
        double[] g = Grid.points(new double[] {-3, 0.1, 1e7});
        for (double b : new double[] {-3, 0.1, 1e7}) {
            assertThat(g).contains(Math.nextDown(b), b, Math.nextUp(b));
        }
        for (int i = 1; i < g.length; i++) {
            assertThat(g[i]).isGreaterThan(g[i - 1]);
        }
        assertThat(g).hasSize(Grid.baseSize() + 3 * 3 - 1); // -3 itself is already a grid point
    }

    @Test
    void breakpointsAreSortedFiniteAndDistinct() {
        Fixtures.Fn f = new Fixtures.Fn("t", x -> 0, new double[] {2, -0.0, Double.NaN}, new double[] {0.0, 2, -1},
                io.activationplotter.model.SaturationKind.NONE, io.activationplotter.model.SaturationKind.NONE);
        assertThat(Arrays.toString(Grid.breakpoints(f))).isEqualTo("[-1.0, 0.0, 2.0]");
    }
}
