package io.activationplotter.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.CurveDataset;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.SaturationKind;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class CsvDataTest {

    /** A unit step at 0: f jumps from 0 to 1, f' is 0 on both sides. */
    private static final Activation STEP = new Activation() {
        @Override
        public double value(double x) {
            return x >= 0 ? 1 : 0;
        }

        @Override
        public double derivative(double x) {
            return 0;
        }

        @Override
        public double[] jumps() {
            return new double[] {0.0};
        }

        @Override
        public SaturationKind leftSaturation() {
            return SaturationKind.HARD;
        }

        @Override
        public SaturationKind rightSaturation() {
            return SaturationKind.HARD;
        }
    };

    private static final ActivationType STEP_TYPE = new ActivationType("step", "Step", List.of(),
            new ActivationInfo("test", "{0, 1}", true, false, ""), p -> STEP, null);

    @Test
    void aJumpGivesTheLeftThenTheRightLimitAndNoGapMarker() throws IOException {
        String csv = csvOf(new Curve(STEP_TYPE, STEP), -1, 1, 5);

        assertThat(csv.lines()).containsExactly(
                "function,x,f,df",
                "step,-1.0,0.0,0.0",
                "step,-0.5,0.0,0.0",
                "step,0.0,0.0,0.0",
                "step,0.0,1.0,0.0",
                "step,0.5,1.0,0.0",
                "step,1.0,1.0,0.0");
        assertThat(csv).doesNotContain("NaN");
    }

    @Test
    void everyRowAppearsInTheChartData() throws IOException {
        var relu = io.activationplotter.model.Catalogue.find("relu").orElseThrow();
        ActivationChart chart = new ActivationChart();
        chart.update(new FigureSpec(List.of(new Curve(relu, relu.createDefault())), 0, -2, 3, 0.05, true), 11);

        List<String> rows = CsvData.csv(chart.getDataset()).lines().skip(1).toList();

        double[] chartX = chart.getDataset().getSeriesCount() > 0 ? xs(chart, 0) : new double[0];
        assertThat(rows).hasSize(12);
        assertThat(rows).allSatisfy(r -> assertThat(Arrays.binarySearch(chartX, Double.parseDouble(r.split(",")[1])))
                .isNotNegative());
    }

    @Test
    void aNonFiniteValueIsAnEmptyField() throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries f = new XYSeries("f", false);
        f.add(1.0, Double.NaN);
        f.add(2.0, 4.0);
        XYSeries d = new XYSeries("f'", false);
        d.add(1.0, 2.0);
        d.add(2.0, Double.NaN);
        data.addSeries(f);
        data.addSeries(d);

        assertThat(CsvData.csv(data).lines()).containsExactly("function,x,f,df", "f,1.0,,2.0", "f,2.0,4.0,");
    }

    @Test
    void aFunctionListedTwiceIsNumbered() throws IOException {
        CurveDataset data = new CurveDataset();
        data.replaceAll(List.of("elu", "elu'", "elu", "elu'"), List.of(new double[] {0}, new double[] {0},
                new double[] {0}, new double[] {0}), List.of(new double[] {0}, new double[] {1}, new double[] {2},
                new double[] {3}));

        assertThat(CsvData.csv(data).lines()).containsExactly("function,x,f,df", "elu,0.0,0.0,1.0",
                "elu#2,0.0,2.0,3.0");
    }

    @Test
    void anUnpairedDatasetIsRefused() {
        XYSeriesCollection data = new XYSeriesCollection(new XYSeries("f"));

        assertThatThrownBy(() -> CsvData.csv(data)).isInstanceOf(IOException.class).hasMessageContaining("pairs");
    }

    private static String csvOf(Curve curve, double lo, double hi, int samples) throws IOException {
        ActivationChart chart = new ActivationChart();
        chart.update(new FigureSpec(List.of(curve), -1, lo, hi, 0.05, true), samples);
        return CsvData.csv(chart.getDataset());
    }

    private static double[] xs(ActivationChart chart, int series) {
        var d = chart.getDataset();
        double[] x = new double[d.getItemCount(series)];
        for (int i = 0; i < x.length; i++) {
            x[i] = d.getXValue(series, i);
        }
        return x;
    }
}
