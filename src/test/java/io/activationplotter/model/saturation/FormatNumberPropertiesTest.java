package io.activationplotter.model.saturation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link Region#formatNumber} against the regular-expression formulation it replaced. */
class FormatNumberPropertiesTest {

    /** The earlier implementation, kept as the oracle. */
    private static String byRegex(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%." + digits + "g", v);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    @Property(tries = 3000)
    void sameAsTheRegexFormulation(@ForAll double v, @ForAll @IntRange(min = 1, max = 17) int digits) {
        assertThat(Region.formatNumber(v, digits)).isEqualTo(byRegex(v, digits));
    }

    @Property(tries = 3000)
    void sameForChartLikeValues(@ForAll @DoubleRange(min = -1e4, max = 1e4) double v,
            @ForAll @IntRange(min = 1, max = 6) int digits) {
        assertThat(Region.formatNumber(v, digits)).isEqualTo(byRegex(v, digits));
    }

    @Test
    void trailingZerosAndPoint() {
        assertThat(Region.withoutTrailingZeros("1.2500")).isEqualTo("1.25");
        assertThat(Region.withoutTrailingZeros("3.000")).isEqualTo("3");
        assertThat(Region.withoutTrailingZeros("100.0")).isEqualTo("100");
        assertThat(Region.withoutTrailingZeros("-0.5")).isEqualTo("-0.5");
        assertThat(Region.withoutTrailingZeros("100")).as("no point: as it is").isEqualTo("100");
        assertThat(Region.formatNumber(2.5, 3)).isEqualTo("2.5");
        assertThat(Region.formatNumber(-0.0, 3)).isEqualTo("0");
        assertThat(Region.formatNumber(1.5e-7, 3)).isEqualTo("1.50e-07");
        assertThat(Region.formatNumber(Double.NaN, 3)).isEqualTo("NaN");
    }
}
