package io.activationplotter.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** The chart's y-range from the drawn values: margins, hidden f', flat curves and non-finite values. */
class YRangeTest {

    private static CurveDataset data(double[] f, double[] df) {
        CurveDataset d = new CurveDataset();
        double[] x = new double[f.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        d.replaceAll(List.of("f", "f'"), List.of(x, x), List.of(f, df));
        return d;
    }

    @Test
    void aCurveAtZeroKeepsAMarginBelowIt() {
        Range r = YRange.of(data(new double[] {0, 0, 1, 2}, new double[] {0, 0, 1, 1}), false);
        assertThat(r.getLowerBound()).isEqualTo(-0.16);
        assertThat(r.getUpperBound()).isEqualTo(2.16);
    }

    @Test
    void hiddenDerivativesDoNotCount() {
        Range shown = YRange.of(data(new double[] {0, 1}, new double[] {-5, 5}), true);
        Range hidden = YRange.of(data(new double[] {0, 1}, new double[] {-5, 5}), false);
        assertThat(shown.getLowerBound()).isLessThan(-5);
        assertThat(hidden.getLowerBound()).isGreaterThan(-0.1);
    }

    @Test
    void onlyFiniteValuesCount() {
        double inf = Double.POSITIVE_INFINITY;
        Range r = YRange.of(data(new double[] {Double.NaN, -1, 1, inf}, new double[] {-inf, 0, 0, 0}), true);
        assertThat(r.getLowerBound()).isEqualTo(-1.16);
        assertThat(r.getUpperBound()).isEqualTo(1.16);
        Range none = YRange.of(data(new double[] {Double.NaN}, new double[] {Double.NaN}), true);
        assertThat(none).isEqualTo(new Range(-1, 1));
    }

    @Test
    void aFlatCurveGetsASensibleSpan() {
        assertThat(YRange.around(0, 0)).isEqualTo(new Range(-0.5, 0.5));
        assertThat(YRange.around(100, 100)).isEqualTo(new Range(90, 110));
        Range huge = YRange.around(Double.MAX_VALUE, Double.MAX_VALUE);
        assertThat(huge.getLength()).isPositive();
        assertThat(Double.isFinite(huge.getUpperBound())).isTrue();
    }
}
