package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.DisplayModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** What the chart says matches what is drawn and what the formula panel says. */
class ChartWordsTest {

    private static PlotViewModel vm(Locale locale, String id) {
        Messages text = Messages.load();
        text.setLocale(locale);
        PlotViewModel vm = new PlotViewModel(text);
        vm.chart().setLabels(DisplayModel.labels(text, text.localeProperty().get()));
        vm.selectedTypeProperty().set(Catalogue.find(id).orElseThrow());
        return vm;
    }

    private static String yAxis(PlotViewModel vm) {
        return vm.chart().getChart().getXYPlot().getRangeAxis().getLabel();
    }

    private static String subtitle(PlotViewModel vm) {
        return ((TextTitle) vm.chart().getChart().getSubtitle(0)).getText();
    }

    private static List<String> legend(PlotViewModel vm) {
        List<String> labels = new ArrayList<>();
        var items = vm.chart().getChart().getXYPlot().getFixedLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    @Test
    void yAxisNamesOnlyTheCurvesDrawn() {
        // given
        PlotViewModel vm = vm(Locale.ENGLISH, "sigmoid");
        assertThat(yAxis(vm)).isEqualTo("f(x), f\u202f′(x)");

        // when
        vm.showDerivativesProperty().set(false);

        // then
        assertThat(yAxis(vm)).isEqualTo("f(x)");

        // when
        vm.showDerivativesProperty().set(true);

        // then
        assertThat(yAxis(vm)).isEqualTo("f(x), f\u202f′(x)");
    }

    @Test
    void leakyReluLeftIsDescribedAlikeInTheChartAndThePanel() {
        // given: T = 0.05 > negative_slope = 0.01
        PlotViewModel vm = vm(Locale.ENGLISH, "leaky_relu");
        String note = "left: below T here (|f\u202f′| → 0.01 < T), not saturating as x → −∞";

        // then
        assertThat(subtitle(vm)).isEqualTo("Leaky ReLU saturated where |f\u202f′| < 0.05: none; " + note);
        assertThat(vm.info().saturationProperty().get()).isEqualTo(note + " · right: none");
        assertThat(legend(vm)).contains("low-gradient zone (|f\u202f′| < 0.05)")
                .noneMatch(l -> l.startsWith("soft saturation"));
        assertThat(vm.saturationTextProperty().get()).isEqualTo("saturated: |f\u202f′| < 0.05   none");
        assertThat(vm.lowGradientTextProperty().get()).isEqualTo("low-gradient zones (not saturation): x < 0");
    }

    @Test
    void leakyReluLeftAboveItsSlopeIsNotMentioned() {
        // given
        PlotViewModel vm = vm(Locale.ENGLISH, "leaky_relu");

        // when: T = 0.005 < negative_slope
        vm.logThresholdProperty().set(Math.log10(0.005));

        // then
        assertThat(subtitle(vm)).isEqualTo("Leaky ReLU saturated where |f\u202f′| < 0.005: none");
        assertThat(vm.info().saturationProperty().get()).isEqualTo("left: none · right: none");
    }

    @Test
    void leakyReluLeftIsDescribedAlikeInChinese() {
        // given
        PlotViewModel vm = vm(Locale.SIMPLIFIED_CHINESE, "leaky_relu");
        String note = "左侧：此处低于 T（|f\u00a0′| → 0.01 < T），但 x → −∞ 时不饱和";

        // then
        assertThat(subtitle(vm)).endsWith("; " + note);
        assertThat(vm.info().saturationProperty().get()).isEqualTo(note + " · 右侧：不饱和");
    }
}
