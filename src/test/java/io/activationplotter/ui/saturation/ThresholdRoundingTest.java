package io.activationplotter.ui.saturation;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.plot.PlotViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The threshold label, the saturation label, the chart's subtitle and its legend show T rounded alike. */
class ThresholdRoundingTest {

    private static PlotViewModel english() {
        Messages text = Messages.load();
        text.setLocale(Locale.ENGLISH);
        PlotViewModel vm = new PlotViewModel(text);
        vm.selectedTypeProperty().set(Catalogue.find("sigmoid").orElseThrow());
        return vm;
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

    @ParameterizedTest
    @CsvSource({"-2.3, 0.00501", "-1.3, 0.0501", "-1.5, 0.0316", "-3.7, 0.000200", "-1.0, 0.1", "-2.0, 0.01"})
    void everyViewShowsTheSameThreeSignificantDigits(double logT, String shown) {
        // given
        PlotViewModel vm = english();
        String expected = shown.equals("0.000200") ? "0.0002" : shown;

        // when
        vm.logThresholdProperty().set(logT);

        // then
        assertThat(vm.thresholdTextProperty().get()).isEqualTo("Threshold T = " + expected);
        assertThat(vm.saturationTextProperty().get()).contains("|f\u202f′| < " + expected + " ");
        assertThat(subtitle(vm)).contains("|f\u202f′| < " + expected + ":");
        assertThat(legend(vm)).anyMatch(l -> l.equals("soft saturation (|f\u202f′| < " + expected + ")"));
    }
}
