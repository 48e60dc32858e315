package io.activationplotter.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import io.activationplotter.model.saturation.RegionKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class ActivationChartTest {

    private final ActivationChart chart = new ActivationChart();
    private final AtomicInteger events = new AtomicInteger();

    ActivationChartTest() {
        chart.getChart().addChangeListener(e -> events.incrementAndGet());
    }

    @Test
    void anUpdateFiresOneChangeEvent() {
        chart.update(spec(0, true, "sigmoid", "relu"), 500);
        events.set(0);

        chart.update(spec(1, false, "tanh", "relu", "elu"), 800);

        assertThat(events).hasValue(1);
        assertThat(chart.getDataset().getSeriesCount()).isEqualTo(6);
        assertThat(chart.getDataset().getSeriesKey(4)).isEqualTo("elu");
    }

    @Test
    void theSelectedCurvesSaturatedRegionsAreShadedBehindTheCurves() {
        chart.update(spec(0, true, "sigmoid", "relu"), 500);

        List<IntervalMarker> markers = markers();

        assertThat(markers).hasSize(2);
        assertThat(markers.get(0).getEndValue()).isCloseTo(-2.887, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(markers.get(1).getStartValue()).isCloseTo(2.887, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(markers).allMatch(m -> m.getPaint().equals(ChartLook.Theme.LIGHT.fill(RegionKind.SOFT)));
        assertThat(chart.getSaturation().saturated()).hasSize(2);
    }

    @Test
    void selectingAnotherCurveMovesTheShading() {
        chart.update(spec(1, true, "sigmoid", "relu"), 500);

        List<IntervalMarker> markers = markers();

        assertThat(markers).hasSize(1);
        assertThat(markers.get(0).getEndValue()).isEqualTo(0.0);
        assertThat(markers.get(0).getPaint()).isEqualTo(ChartLook.Theme.LIGHT.fill(RegionKind.HARD));
    }

    @Test
    void noSelectionMeansNoShading() {
        chart.update(spec(-1, true, "sigmoid", "relu"), 500);

        assertThat(markers()).isEmpty();
        assertThat(chart.getSaturation()).isNull();
        assertThat(legendLabels()).noneMatch(l -> l.contains("saturation"));
    }

    @Test
    void theLegendListsEveryCurveItsDerivativeAndTheShading() {
        chart.update(spec(1, true, "sigmoid", "relu"), 500);

        assertThat(legendLabels()).containsExactly("Sigmoid", "Sigmoid′", "ReLU", "ReLU′",
                "hard saturation (f′ = 0)");
    }

    @Test
    void withoutDerivativesTheyAreHiddenAndLeftOutOfTheLegend() {
        chart.update(spec(0, false, "sigmoid", "tanh"), 500);

        XYItemRenderer r = chart.getChart().getXYPlot().getRenderer();
        assertThat(r.getSeriesVisible(1)).isFalse();
        assertThat(r.getSeriesVisible(3)).isFalse();
        assertThat(legendLabels()).containsExactly("Sigmoid", "Tanh", "soft saturation (|f′| < 0.05)");
    }

    @Test
    void theDarkThemeRecoloursEverythingWithOneEvent() {
        chart.update(spec(0, true, "sigmoid", "relu"), 500);
        events.set(0);

        chart.setTheme(ChartLook.Theme.DARK);

        XYPlot plot = chart.getChart().getXYPlot();
        assertThat(events).hasValue(1);
        assertThat(chart.getTheme()).isEqualTo(ChartLook.Theme.DARK);
        assertThat(chart.getChart().getBackgroundPaint()).isEqualTo(ChartLook.Theme.DARK.background());
        assertThat(plot.getBackgroundPaint()).isEqualTo(ChartLook.Theme.DARK.background());
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(Palette.BLUE.color(ChartLook.Theme.DARK));
        assertThat(plot.getRenderer().getSeriesPaint(2)).isEqualTo(Palette.VERMILLION.color(ChartLook.Theme.DARK));
        assertThat(plot.getLegendItems().get(0).getLinePaint()).isEqualTo(Palette.BLUE.color(ChartLook.Theme.DARK));
        assertThat(markers()).allMatch(m -> m.getPaint().equals(ChartLook.Theme.DARK.fill(RegionKind.SOFT)));
        assertThat(chart.getChart().getLegend().getItemPaint()).isEqualTo(ChartLook.Theme.DARK.text());
    }

    @Test
    void theDarkPaletteHasNoColourTooDarkForItsBackground() {
        for (Palette hue : Palette.values()) {
            assertThat(luminance(hue.color(ChartLook.Theme.DARK))).as("colour %s", hue).isGreaterThan(0.12);
        }
    }

    @Test
    void theLegendMovesOrHides() {
        chart.update(spec(0, true, "sigmoid"), 500);

        chart.setLegendPosition(LegendPosition.RIGHT);
        assertThat(chart.getChart().getLegend().getPosition()).isEqualTo(RectangleEdge.RIGHT);
        assertThat(chart.getChart().getLegend().isVisible()).isTrue();

        chart.setLegendPosition(LegendPosition.NONE);
        assertThat(chart.getChart().getLegend().isVisible()).isFalse();
        assertThat(chart.getLegendPosition()).isEqualTo(LegendPosition.NONE);
    }

    @Test
    void aTitleCanBeShownAndRemoved() {
        FigureSpec spec = spec(0, true, "sigmoid", "relu");
        chart.update(spec, 500);

        chart.setTitle(ActivationChart.defaultTitle(spec));
        assertThat(chart.getChart().getTitle().getText()).isEqualTo("Sigmoid, ReLU");

        chart.setTitle("  ");
        assertThat(chart.getChart().getTitle()).isNull();
    }

    private List<IntervalMarker> markers() {
        Collection<?> c = chart.getChart().getXYPlot().getDomainMarkers(Layer.BACKGROUND);
        List<IntervalMarker> list = new ArrayList<>();
        if (c != null) {
            for (Object o : c) {
                list.add((IntervalMarker) (Marker) o);
            }
        }
        return list;
    }

    private List<String> legendLabels() {
        List<String> labels = new ArrayList<>();
        var items = chart.getChart().getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            labels.add(item.getLabel());
        }
        return labels;
    }

    private static double luminance(java.awt.Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static FigureSpec spec(int selected, boolean derivatives, String... names) {
        List<Curve> curves = new ArrayList<>();
        for (String n : names) {
            var t = Catalogue.find(n).orElseThrow();
            curves.add(new Curve(t, t.createDefault()));
        }
        return new FigureSpec(curves, selected, -6, 6, 0.05, derivatives);
    }
}
