package io.activationplotter.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.depth.DepthChart;
import io.activationplotter.chart.softmax.ProbabilityChart;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.saturation.RegionKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    private static final ChartStyle DARK_PRESENTING = ChartStyle.of(Theme.DARK).withScale(1.6);

    // ---------------------------------------------------------------- contrast (WCAG 2)

    @Test
    void everyCurveColourHasAContrastOfAtLeastThreeToOneInBothThemes() {
        for (Theme theme : Theme.values()) {
            for (Palette hue : Palette.values()) {
                assertThat(Contrast.ratio(hue.color(theme), theme.background())).as("%s %s", theme, hue)
                        .isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void textHasAContrastOfAtLeastFourAndAHalfToOne() {
        for (Theme theme : Theme.values()) {
            assertThat(Contrast.ratio(theme.text(), theme.background())).as("%s", theme).isGreaterThanOrEqualTo(4.5);
            assertThat(Contrast.ratio(theme.secondaryText(), theme.background())).as("%s", theme)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void shadingStandsOutFromTheBackgroundAndFromEachOther() {
        for (Theme theme : Theme.values()) {
            Color bg = theme.background();
            for (RegionKind kind : RegionKind.values()) {
                Color shaded = Contrast.over(theme.fill(kind), bg);
                assertThat(Contrast.ratio(shaded, bg)).as("%s %s", theme, kind).isGreaterThanOrEqualTo(1.2);
                for (RegionKind other : RegionKind.values()) {
                    if (other.ordinal() > kind.ordinal()) {
                        assertThat(Contrast.deltaE(shaded, Contrast.over(theme.fill(other), bg)))
                                .as("%s %s %s", theme, kind, other).isGreaterThanOrEqualTo(8);
                    }
                }
            }
        }
    }

    @Test
    void shadingSwatchesInTheLegendHaveAVisibleOutline() {
        ActivationChart chart = new ActivationChart();
        chart.setStyle(ChartStyle.of(Theme.DARK));
        chart.update(spec("sigmoid"), 200);

        LegendItem swatch = legendItem(chart, "soft saturation (|f′| < 0.05)");

        assertThat(swatch.isShapeOutlineVisible()).isTrue();
        assertThat(Contrast.ratio((Color) swatch.getOutlinePaint(), Theme.DARK.background())).isGreaterThanOrEqualTo(3);
    }

    // ---------------------------------------------------------------- every chart takes the style

    @Test
    void theActivationChartTakesBackgroundFontsStrokesAndColoursFromTheStyle() {
        ActivationChart chart = new ActivationChart();
        chart.update(spec("sigmoid", "relu"), 200);
        chart.setTitle("Sigmoid, ReLU");
        AtomicInteger events = countEvents(chart.getChart());

        chart.setStyle(DARK_PRESENTING);

        XYPlot plot = chart.getChart().getXYPlot();
        assertThat(events).hasValue(1);
        assertDarkAndScaled(chart.getChart(), plot.getDomainAxis().getTickLabelFont().getSize());
        assertThat(plot.getBackgroundPaint()).isEqualTo(Theme.DARK.background());
        assertThat(plot.getRenderer().getSeriesPaint(2)).isEqualTo(Palette.VERMILLION.color(Theme.DARK));
        // the selected sigmoid thicker, both widened ×1.6
        assertThat(((BasicStroke) plot.getRenderer().getSeriesStroke(0)).getLineWidth()).isEqualTo(2.6f * 1.6f,
                within(1e-5f));
        assertThat(((BasicStroke) plot.getRenderer().getSeriesStroke(2)).getLineWidth()).isEqualTo(1.8f * 1.6f,
                within(1e-5f));
        assertThat(chart.getStyle()).isEqualTo(DARK_PRESENTING);
        assertThat(chart.getChart().getTitle().getFont().getSize()).isEqualTo(29);
        // a title set later takes the style too
        chart.setTitle("ReLU");
        assertThat(chart.getChart().getTitle().getPaint()).isEqualTo(Theme.DARK.text());
        assertThat(chart.getChart().getTitle().getFont().getSize()).isEqualTo(29);
    }

    @Test
    void theDepthChartTakesTheStyleNoLongerAlwaysLight() {
        DepthChart chart = new DepthChart();
        chart.update(curves("tanh", "relu"), 10, -6, 6, 50);
        chart.setTitle("|f′(x)|ⁿ, n = 10");
        AtomicInteger events = countEvents(chart.getChart());

        chart.setStyle(DARK_PRESENTING);

        XYPlot plot = chart.getChart().getXYPlot();
        assertThat(events).hasValue(1);
        assertDarkAndScaled(chart.getChart(), chart.getRangeAxis().getTickLabelFont().getSize());
        assertThat(plot.getBackgroundPaint()).isEqualTo(Theme.DARK.background());
        assertThat(chart.getRangeAxis().getTickLabelPaint()).isEqualTo(Theme.DARK.text());
        // tanh green and ReLU vermillion, as on the plot tab
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(Palette.GREEN.color(Theme.DARK));
        assertThat(plot.getRenderer().getSeriesPaint(1)).isEqualTo(Palette.VERMILLION.color(Theme.DARK));
        assertThat(((BasicStroke) plot.getRenderer().getSeriesStroke(0)).getLineWidth()).isEqualTo(1.8f * 1.6f,
                within(1e-5f));
        // the style stays through an update
        chart.update(curves("relu"), 5, -6, 6, 50);
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(Palette.VERMILLION.color(Theme.DARK));
        assertThat(chart.getChart().getTitle().getFont().getSize()).isEqualTo(29);
    }

    @Test
    void theProbabilityChartTakesTheStyleWithReadableValueLabels() {
        ProbabilityChart chart = new ProbabilityChart();
        chart.update(new double[] {2, 1}, new double[] {0.73, 0.27});
        AtomicInteger events = countEvents(chart.getChart());

        chart.setStyle(DARK_PRESENTING);

        CategoryPlot plot = chart.getChart().getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        assertThat(events).hasValue(1);
        assertDarkAndScaled(chart.getChart(), plot.getRangeAxis().getTickLabelFont().getSize());
        assertThat(plot.getBackgroundPaint()).isEqualTo(Theme.DARK.background());
        assertThat(plot.getRangeGridlinePaint()).isEqualTo(Theme.DARK.grid());
        assertThat(renderer.getSeriesPaint(0)).isEqualTo(Palette.BLUE.color(Theme.DARK));
        assertThat(renderer.getDefaultItemLabelPaint()).isEqualTo(Theme.DARK.text());
        assertThat(renderer.getDefaultItemLabelFont().getSize()).isEqualTo(21);
        // relabelling keeps the style
        chart.setLabels("softmax(z / T), T = 2", "logit", "probability");
        assertThat(chart.getChart().getTitle().getPaint()).isEqualTo(Theme.DARK.text());
        assertThat(chart.getChart().getTitle().getFont().getSize()).isEqualTo(29);
    }

    @Test
    void scaleOutsideItsRangeIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChartStyle.DEFAULT.withScale(5));
    }

    // ---------------------------------------------------------------- helpers

    private static void assertDarkAndScaled(JFreeChart chart, int tickSize) {
        assertThat(chart.getBackgroundPaint()).isEqualTo(Theme.DARK.background());
        assertThat(chart.getTitle().getPaint()).isEqualTo(Theme.DARK.text());
        assertThat(tickSize).isEqualTo((int) Math.round(13 * 1.6));
    }

    private static AtomicInteger countEvents(JFreeChart chart) {
        AtomicInteger events = new AtomicInteger();
        chart.addChangeListener(e -> events.incrementAndGet());
        return events;
    }

    private static LegendItem legendItem(ActivationChart chart, String label) {
        var items = chart.getChart().getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            if (items.get(i).getLabel().equals(label)) {
                return items.get(i);
            }
        }
        throw new AssertionError("no legend item " + label);
    }

    private static List<Curve> curves(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> Catalogue.find(id).orElseThrow())
                .map(t -> new Curve(t, t.createDefault())).toList();
    }

    private static FigureSpec spec(String... ids) {
        return new FigureSpec(curves(ids), 0, -6, 6, 0.05, true);
    }

    // ---------------------------------------------------------------- fonts for Chinese

    @Test
    void anAxisLabelTheStyleFamilyCannotShowGetsAFamilyThatCan() {
        // seen on screen in Chinese: the depth chart's |f′(x)|ⁿ drew its ⁿ as a box, because the whole
        // chart took the CJK family and that font has no superscript n
        ChartStyle chinese = ChartStyle.DEFAULT.withFontFamily(ChartLook.CJK_FAMILY);
        org.junit.jupiter.api.Assumptions.assumeTrue(chinese.font(ChartLook.LABEL_FONT).getFamily()
                .equals(ChartLook.CJK_FAMILY), "the CJK font (fonts-noto-cjk) is installed");
        DepthChart depth = new DepthChart();

        depth.setStyle(chinese);

        String label = depth.getRangeAxis().getLabel();
        assertThat(depth.getRangeAxis().getLabelFont().canDisplayUpTo(label)).as(label).isEqualTo(-1);
        assertThat(depth.getChart().getXYPlot().getDomainAxis().getLabelFont().getFamily())
                .isEqualTo(ChartLook.CJK_FAMILY);
    }

    @Test
    void theBarChartsTitleKeepsRoomAboveThePlot() {
        ProbabilityChart bars = new ProbabilityChart();

        bars.setStyle(DARK_PRESENTING);

        assertThat(bars.getChart().getTitle().getPadding().getBottom()).isGreaterThanOrEqualTo(8);
    }
}
