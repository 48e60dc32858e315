package io.activationplotter.model.precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.functions.Relu;
import io.activationplotter.model.functions.Sigmoid;
import io.activationplotter.model.saturation.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnderflowAnalysisTest {

    @Test
    void endsMatchMpmathToOneInATrillion() {
        // given
        List<String[]> rows = References.rows("underflow.csv");
        assertThat(rows).hasSizeGreaterThan(40);
        for (String[] row : rows) {
            Activation f = Catalogue.find(row[0]).orElseThrow().createDefault();
            FloatFormat format = FloatFormat.parse(row[1]).orElseThrow();
            Side side = row[2].equals("left") ? Side.LEFT : Side.RIGHT;
            double expected = Double.parseDouble(row[3]);
            // when
            UnderflowRegion r = UnderflowAnalysis.analyze(f, format).stream().filter(u -> u.side() == side)
                    .findFirst().orElseThrow(() -> new AssertionError("no region " + String.join(",", row)));
            // then
            assertThat(r.edge()).as(String.join(",", row)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
        }
    }

    @Test
    void sigmoidInFloat16RoundsItsGradientToZeroPast17point33() {
        List<UnderflowRegion> regions = UnderflowAnalysis.analyze(Sigmoid.TYPE.createDefault(), FloatFormat.FLOAT16);
        assertThat(regions).hasSize(2);
        assertThat(regions.get(0).start()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(regions.get(0).end()).isCloseTo(-17.3287, within(1e-4));
        assertThat(regions.get(1).start()).isCloseTo(17.3287, within(1e-4));
        // the end is the first x whose f' rounds to 0: just inside, f' is the smallest subnormal
        double edge = regions.get(1).start();
        Activation f = Sigmoid.TYPE.createDefault();
        assertThat(FloatFormat.FLOAT16.round(f.derivative(edge))).isEqualTo(0.0);
        assertThat(FloatFormat.FLOAT16.round(f.derivative(Math.nextDown(edge)))).isGreaterThan(0.0);
    }

    @Test
    void hardSaturationAndFloat64GiveNoRegions() {
        assertThat(UnderflowAnalysis.analyze(Relu.TYPE.createDefault(), FloatFormat.FLOAT16)).isEmpty();
        assertThat(UnderflowAnalysis.analyze(Sigmoid.TYPE.createDefault(), FloatFormat.FLOAT64)).isEmpty();
    }
}
