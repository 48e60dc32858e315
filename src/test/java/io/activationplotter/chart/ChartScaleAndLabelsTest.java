package io.activationplotter.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activationplotter.model.Catalogue;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Presentation scaling and translated chart words: one change event each, and CJK text gets a CJK font. */
class ChartScaleAndLabelsTest {

    private static final ChartLabels CHINESE = new ChartLabels("x", "f(x), f′(x)", "f(x)", "硬饱和 (f′ = 0)",
            "软饱和 (|f′| < {0})", "低梯度区 (|f′| < {0})", "{0} 在 |f′| < {1} 处饱和：{2}", "无", "所有 x",
            "左侧：此处低于 T（|f′| → {0} < T），但 x → −∞ 时不饱和", "右侧：此处低于 T（|f′| → {0} < T），但 x → +∞ 时不饱和",
            Locale.SIMPLIFIED_CHINESE);

    private static ActivationChart chart() {
        return chart("sigmoid");
    }

    private static ActivationChart chart(String id) {
        ActivationChart chart = new ActivationChart();
        List<Curve> curves = new ArrayList<>();
        var t = Catalogue.find(id).orElseThrow();
        curves.add(new Curve(t, t.createDefault()));
        chart.update(new FigureSpec(curves, 0, -6, 6, 0.05, true), 300);
        return chart;
    }

    @Test
    void scaleWidensLinesAndFontsWithOneEvent() {
        // given
        ActivationChart chart = chart();
        float width = ((BasicStroke) chart.getChart().getXYPlot().getRenderer().getSeriesStroke(0)).getLineWidth();
        int tick = chart.getChart().getXYPlot().getDomainAxis().getTickLabelFont().getSize();
        AtomicInteger events = new AtomicInteger();
        chart.getChart().addChangeListener(e -> events.incrementAndGet());
        // when
        chart.setScale(1.6);
        // then
        assertThat(events).hasValue(1);
        assertThat(((BasicStroke) chart.getChart().getXYPlot().getRenderer().getSeriesStroke(0)).getLineWidth())
                .isEqualTo(width * 1.6f, org.assertj.core.api.Assertions.within(1e-4f));
        assertThat(chart.getChart().getXYPlot().getDomainAxis().getTickLabelFont().getSize())
                .isEqualTo(Math.round(tick * 1.6f));
        assertThatThrownBy(() -> chart.setScale(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsReplaceTheLegendWordsAndPickAFontThatShowsThem() {
        // given
        ActivationChart chart = chart();
        AtomicInteger events = new AtomicInteger();
        chart.getChart().addChangeListener(e -> events.incrementAndGet());
        // when
        chart.setLabels(CHINESE);
        // then
        assertThat(events).hasValue(1);
        List<String> legend = new ArrayList<>();
        var items = chart.getChart().getXYPlot().getFixedLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertThat(legend).contains("软饱和 (|f′| < 0.05)");
        CjkFonts.assumeInstalled();
        java.awt.Font font = chart.getChart().getLegend().getItemFont();
        assertThat(font.canDisplayUpTo("软饱和")).as(font.getFamily()).isEqualTo(-1);
    }

    @Test
    void subtitleWordsAreTranslatedToo() {
        ActivationChart identity = chart("identity");
        identity.setLabels(CHINESE);
        assertThat(identity.getChart().getSubtitle(0)).extracting(t -> ((org.jfree.chart.title.TextTitle) t).getText())
                .isEqualTo("Identity 在 |f′| < 0.05 处饱和：无");
        ActivationChart step = chart("step");
        step.setLabels(CHINESE);
        assertThat(((org.jfree.chart.title.TextTitle) step.getChart().getSubtitle(0)).getText()).endsWith("所有 x");
    }
}
