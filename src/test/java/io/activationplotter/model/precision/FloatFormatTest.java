package io.activationplotter.model.precision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FloatFormatTest {

    private static final FloatFormat F16 = FloatFormat.FLOAT16;
    private static final FloatFormat BF16 = FloatFormat.BFLOAT16;

    @Test
    void float16AndBfloat16MatchTheNumpyReferenceBitForBit() {
        // given
        List<String[]> rows = References.rows("rounding.csv");
        assertThat(rows).hasSizeGreaterThan(900);
        for (String[] row : rows) {
            double x = Double.parseDouble(row[0]);
            // when / then (bits, so -0.0 and 0.0 differ)
            assertThat(Double.doubleToRawLongBits(F16.round(x))).as("float16(%s)", row[0])
                    .isEqualTo(Double.doubleToRawLongBits(References.number(row[1])));
            assertThat(Double.doubleToRawLongBits(BF16.round(x))).as("bfloat16(%s)", row[0])
                    .isEqualTo(Double.doubleToRawLongBits(References.number(row[2])));
        }
    }

    @Test
    void tiesGoToTheEvenNeighbour() {
        double ulp = Math.scalb(1.0, -10); // float16's spacing in [1, 2)
        assertThat(F16.round(1 + ulp / 2)).isEqualTo(1.0);
        assertThat(F16.round(1 + 1.5 * ulp)).isEqualTo(1 + 2 * ulp);
        assertThat(F16.round(-(1 + 1.5 * ulp))).isEqualTo(-(1 + 2 * ulp));
        assertThat(BF16.round(1 + Math.scalb(1.0, -8))).isEqualTo(1.0);
        assertThat(BF16.round(1 + 3 * Math.scalb(1.0, -8))).isEqualTo(1 + Math.scalb(1.0, -6));
    }

    @Test
    void roundsFromTheDoubleDirectlyNotThroughFloat() {
        // 1 + 2^-11 + 2^-40 is just above a float16 tie; as a float it becomes the tie itself
        double x = 1 + Math.scalb(1.0, -11) + Math.scalb(1.0, -40);
        assertThat((double) (float) x).isEqualTo(1 + Math.scalb(1.0, -11));
        assertThat(F16.round(x)).isEqualTo(1 + Math.scalb(1.0, -10));
        double y = 1 + Math.scalb(1.0, -8) + Math.scalb(1.0, -40);
        assertThat(BF16.round(y)).isEqualTo(1 + Math.scalb(1.0, -7));
    }

    @Test
    void subnormalsAreKeptAndHalfTheSmallestRoundsToZero() {
        double tiny = F16.minSubnormal();
        assertThat(tiny).isEqualTo(Math.scalb(1.0, -24));
        assertThat(F16.round(tiny)).isEqualTo(tiny);
        assertThat(F16.round(tiny / 2)).isEqualTo(0.0);
        assertThat(F16.round(Math.nextUp(tiny / 2))).isEqualTo(tiny);
        assertThat(F16.round(1.5 * tiny)).isEqualTo(2 * tiny);
        assertThat(Double.doubleToRawLongBits(F16.round(-tiny / 4))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(F16.round(Math.scalb(1.0, -14) * 0.75)).isEqualTo(Math.scalb(1.0, -14) * 0.75);
        assertThat(BF16.minSubnormal()).isEqualTo(Math.scalb(1.0, -133));
        assertThat(BF16.round(Math.scalb(1.0, -134))).isEqualTo(0.0);
        assertThat(BF16.round(Math.scalb(3.0, -134))).isEqualTo(Math.scalb(1.0, -132));
    }

    @Test
    void overflowGoesToInfinityAndNaNStaysNaN() {
        assertThat(F16.maxFinite()).isEqualTo(65504.0);
        assertThat(F16.round(65519.99)).isEqualTo(65504.0);
        assertThat(F16.round(65520.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(F16.round(-1e300)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(F16.round(Double.NaN)).isNaN();
        assertThat(F16.round(Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(BF16.maxFinite()).isEqualTo(Math.scalb(255.0, 120));
        assertThat(BF16.round(3.4e38)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void float32IsJavasCastAndFloat64TheIdentity() {
        for (double x : new double[] {0.1, 1 / 3.0, 1e-45, 7e-46, 3.5e38, -2.5}) {
            assertThat(FloatFormat.FLOAT32.round(x)).isEqualTo((double) (float) x);
            assertThat(FloatFormat.FLOAT64.round(x)).isEqualTo(x);
        }
    }

    @Test
    void ulpIsTheSpacingOfTheFormat() {
        assertThat(F16.ulp(1.0)).isEqualTo(Math.scalb(1.0, -10));
        assertThat(F16.ulp(1.9)).isEqualTo(Math.scalb(1.0, -10));
        assertThat(F16.ulp(-1000)).isEqualTo(0.5);
        assertThat(F16.ulp(0)).isEqualTo(F16.minSubnormal());
        assertThat(F16.ulp(1e-6)).isEqualTo(F16.minSubnormal());
        assertThat(BF16.ulp(1.0)).isEqualTo(Math.scalb(1.0, -7));
        assertThat(FloatFormat.FLOAT32.ulp(1.0)).isEqualTo(Math.scalb(1.0, -23));
        assertThat(FloatFormat.FLOAT64.ulp(1.0)).isEqualTo(Math.ulp(1.0));
    }

    @Test
    void parsesLabelsAndShortNames() {
        assertThat(FloatFormat.parse("BFloat16")).contains(BF16);
        assertThat(FloatFormat.parse("fp16")).contains(F16);
        assertThat(FloatFormat.parse("float8")).isEmpty();
    }
}
