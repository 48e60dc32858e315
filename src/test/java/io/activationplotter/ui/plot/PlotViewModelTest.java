package io.activationplotter.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.CurveDataset;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.saturation.SaturationAnalysis;
import io.activationplotter.model.saturation.SaturationReport;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.params.ParameterModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The view-model without any window: inputs, commands, outputs and the chart it updates. */
class PlotViewModelTest {

    private static final ActivationType SIGMOID = Catalogue.find("sigmoid").orElseThrow();
    private static final ActivationType TANH = Catalogue.find("tanh").orElseThrow();
    private static final ActivationType LEAKY = Catalogue.find("leaky_relu").orElseThrow();
    private static final ActivationType ELU = Catalogue.find("elu").orElseThrow();

    private final PlotViewModel vm = new PlotViewModel();

    private CurveDataset data() {
        return vm.chart().getDataset();
    }

    private int updates() {
        return vm.updateCountProperty().get();
    }

    /** Leaky ReLU is linear for x < 0, so every negative sample must satisfy y = slope·x exactly. */
    private void assertLeakySlope(double slope) {
        CurveDataset d = data();
        int checked = 0;
        for (int i = 0; i < d.getItemCount(0); i++) {
            double x = d.getXValue(0, i);
            if (x < 0) {
                assertThat(d.getYValue(0, i)).isEqualTo(slope * x);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void startsWithTheFirstCatalogueEntryOverTheDefaultRange() {
        assertThat(vm.selectedTypeProperty().get()).isEqualTo(Catalogue.all().get(0));
        assertThat(updates()).isEqualTo(1);
        assertThat(data().getSeriesCount()).isEqualTo(2);
        assertThat(data().getXValue(0, 0)).isEqualTo(-6.0);
        assertThat(data().getXValue(0, data().getItemCount(0) - 1)).isEqualTo(6.0);
        assertThat(data().getItemCount(0)).isGreaterThanOrEqualTo(2001);
        assertThat(vm.threshold()).isCloseTo(0.05, within(1e-15));
    }

    @Test
    void selectingAFunctionRedrawsOnceWithItsParameters() {
        // given
        int before = updates();
        // when
        vm.selectedTypeProperty().set(LEAKY);
        // then
        assertThat(updates()).isEqualTo(before + 1);
        assertThat(vm.parametersProperty()).extracting(p -> p.spec().name()).containsExactly("negative_slope");
        assertThat(vm.parameterHintProperty().get()).isEmpty();
        assertThat(vm.chart().getDataset().getSeriesKey(0)).isEqualTo("leaky_relu");
        assertLeakySlope(0.01);
    }

    @Test
    void aFunctionWithoutParametersSaysSo() {
        vm.selectedTypeProperty().set(TANH);
        assertThat(vm.parametersProperty()).isEmpty();
        assertThat(vm.parameterHintProperty().get()).isEqualTo("Tanh has no parameters.");
    }

    @Test
    void movingTheParameterRedrawsOnceAndIsRememberedPerFunction() {
        vm.selectedTypeProperty().set(LEAKY);
        int before = updates();
        // when
        vm.parametersProperty().get(0).valueProperty().set(0.3);
        // then
        assertThat(updates()).isEqualTo(before + 1);
        assertLeakySlope(0.3);
        assertThat(vm.parametersProperty().get(0).labelProperty().get()).isEqualTo("negative_slope = 0.3");
        // when switching away and back
        vm.selectedTypeProperty().set(ELU);
        vm.parametersProperty().get(0).valueProperty().set(2.0);
        vm.selectedTypeProperty().set(LEAKY);
        // then
        assertThat(vm.parametersProperty().get(0).valueProperty().get()).isEqualTo(0.3);
        assertLeakySlope(0.3);
        assertThat(vm.parameterValues(ELU)).containsEntry("alpha", 2.0);
    }

    @Test
    void typedParameterIsAppliedExactly() {
        vm.selectedTypeProperty().set(LEAKY);
        assertThat(vm.parametersProperty().get(0).commitText(" 0.25 ")).isTrue();
        assertLeakySlope(0.25);
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "NaN", "Infinity", "-Infinity", "1e999", "0x1p-2", "0.5.1", "5", "-0.1"})
    void badParameterTextKeepsTheLastGoodPlot(String typed) {
        // given
        vm.selectedTypeProperty().set(LEAKY);
        vm.parametersProperty().get(0).commitText("0.2");
        int before = updates();
        double y0 = data().getYValue(0, 0);
        ParameterModel p = vm.parametersProperty().get(0);
        // when
        boolean accepted = p.commitText(typed);
        // then
        assertThat(accepted).isFalse();
        assertThat(p.errorProperty().get()).isTrue();
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("negative_slope");
        assertThat(updates()).isEqualTo(before);
        assertThat(data().getYValue(0, 0)).isEqualTo(y0);
        assertThat(p.valueProperty().get()).isEqualTo(0.2);
        // and a good value clears the error
        assertThat(p.commitText("0.1")).isTrue();
        assertThat(p.errorProperty().get()).isFalse();
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
        assertLeakySlope(0.1);
    }

    @Test
    void aRuleBetweenParametersIsCheckedAndThePlotStays() {
        // given
        ActivationType hardtanh = Catalogue.find("hardtanh").orElseThrow();
        vm.selectedTypeProperty().set(hardtanh);
        assertThat(vm.parametersProperty()).extracting(p -> p.spec().name()).containsExactly("min_val", "max_val");
        int before = updates();
        ParameterModel min = vm.parametersProperty().get(0);
        // when: a slider moves min_val above max_val
        min.valueProperty().set(2.0);
        // then
        assertThat(min.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("min_val must be less than max_val");
        assertThat(updates()).isEqualTo(before);
        assertThat(vm.parameterValues(hardtanh)).containsEntry("min_val", -1.0);
        // when: max_val is raised, min_val's value is still rejected until it is moved again
        assertThat(vm.parametersProperty().get(1).commitText("3")).isTrue();
        assertThat(vm.chart().getDataset().getYValue(0, data().getItemCount(0) - 1)).isEqualTo(3.0);
        assertThat(min.commitText("2")).isTrue();
        assertThat(min.errorProperty().get()).isFalse();
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
        assertThat(data().getYValue(0, 0)).isEqualTo(2.0);
    }

    @Test
    void aReplacedParameterModelNoLongerChangesThePlot() {
        // given: leaky ReLU's slider model, then another function selected
        vm.selectedTypeProperty().set(LEAKY);
        ParameterModel old = vm.parametersProperty().get(0);
        vm.selectedTypeProperty().set(ELU);
        int before = updates();
        // when: the old model moves (a slider not yet unbound) to a value both allowed and not
        old.valueProperty().set(0.3);
        old.commitText("5");
        // then
        assertThat(updates()).isEqualTo(before);
        assertThat(vm.parameterValues(LEAKY)).containsEntry("negative_slope", 0.01);
        assertThat(vm.parameterValues(ELU)).isEqualTo(ELU.defaults());
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
    }

    @Test
    void outOfRangeMessageSaysWhatIsAllowed() {
        vm.selectedTypeProperty().set(LEAKY);
        vm.parametersProperty().get(0).commitText("5");
        assertThat(vm.messageProperty().get()).isEqualTo("negative_slope must be from 0 to 1 (default 0.01).");
    }

    @Test
    void defaultsButtonRestoresPyTorchDefaults() {
        vm.selectedTypeProperty().set(LEAKY);
        vm.parametersProperty().get(0).commitText("0.5");
        vm.resetParameters();
        assertThat(vm.parametersProperty().get(0).valueProperty().get()).isEqualTo(0.01);
        assertLeakySlope(0.01);
    }

    @Test
    void typedXRangeSetsTheDatasetExtent() {
        int before = updates();
        assertThat(vm.range().apply("-2.5", "10")).isTrue();
        assertThat(updates()).isEqualTo(before + 1);
        assertThat(data().getXValue(0, 0)).isEqualTo(-2.5);
        assertThat(data().getXValue(0, data().getItemCount(0) - 1)).isEqualTo(10.0);
        assertThat(vm.range().minTextProperty().get()).isEqualTo("-2.5");
        assertThat(vm.chart().getChart().getXYPlot().getDomainAxis().getLowerBound()).isEqualTo(-2.5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "abc;6;true;false;x min: “abc” is not a number",
        "-6;NaN;false;true;x max: “NaN” is not a number",
        "-Infinity;6;true;false;x min: “-Infinity” is not a number",
        "3;3;true;true;x min must be less than x max",
        "5;-5;true;true;x min must be less than x max",
        "-600000;600000;true;true;The x-range may be at most 1000000 wide",
        "1;1.0000000000001;true;true;The x-range must be at least 1e-9 wide",
        "2e6;3e6;true;true;x must lie between -1000000 and 1000000"})
    void badXRangeIsRejectedAndThePlotStays(String min, String max, boolean minError, boolean maxError,
            String message) {
        int before = updates();
        assertThat(vm.range().apply(min, max)).isFalse();
        assertThat(vm.range().minErrorProperty().get()).isEqualTo(minError);
        assertThat(vm.range().maxErrorProperty().get()).isEqualTo(maxError);
        assertThat(vm.messageProperty().get()).startsWith(message);
        assertThat(updates()).isEqualTo(before);
        assertThat(data().getXValue(0, 0)).isEqualTo(-6.0);
        // fixing it clears the errors
        assertThat(vm.range().apply("-1", "1")).isTrue();
        assertThat(vm.range().minErrorProperty().get()).isFalse();
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
    }

    @Test
    void zoomPanAndResetResampleTheVisibleRange() {
        vm.range().zoom(0.5, 0.0);
        assertThat(data().getXValue(0, 0)).isEqualTo(-3.0);
        assertThat(data().getXValue(0, data().getItemCount(0) - 1)).isEqualTo(3.0);
        vm.range().pan(1.0);
        assertThat(data().getXValue(0, 0)).isEqualTo(-2.0);
        assertThat(vm.range().minTextProperty().get()).isEqualTo("-2"); // the fields show the view
        assertThat(vm.range().maxTextProperty().get()).isEqualTo("4");
        vm.range().reset();
        assertThat(data().getXValue(0, 0)).isEqualTo(-6.0);
        assertThat(data().getXValue(0, data().getItemCount(0) - 1)).isEqualTo(6.0);
    }

    @Test
    void theRangeAlreadyShownDoesNotRedraw() {
        int before = updates();
        vm.range().setView(-6, 6);
        assertThat(updates()).isEqualTo(before);
    }

    @Test
    void zoomingStopsAtTheNarrowestAndWidestRange() {
        for (int i = 0; i < 200; i++) {
            vm.range().zoom(0.1, 0.5);
        }
        assertThat(vm.range().viewMax() - vm.range().viewMin()).isGreaterThanOrEqualTo(RangeRules.MIN_SPAN);
        for (int i = 0; i < 200; i++) {
            vm.range().zoom(10, 0.5);
        }
        assertThat(vm.range().viewMax() - vm.range().viewMin()).isLessThanOrEqualTo(RangeRules.MAX_SPAN);
        assertThat(vm.range().viewMin()).isGreaterThanOrEqualTo(-RangeRules.LIMIT);
    }

    @Test
    void thresholdDrivesTheShadingAndTheLabel() {
        // when
        vm.logThresholdProperty().set(-1);
        // then
        SaturationReport expected = SaturationAnalysis.analyze(SIGMOID.createDefault(), 0.1);
        assertThat(vm.chart().getSaturation().regions()).isEqualTo(expected.regions());
        assertThat(vm.thresholdTextProperty().get()).isEqualTo("Threshold T = 0.1");
        assertThat(vm.saturationTextProperty().get())
                .isEqualTo("saturated: |f\u202f′| < 0.1   " + expected.describeSaturated(3));
        assertThat(vm.chart().getChart().getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND))
                .hasSize(expected.regions().size());
    }

    @Test
    void thresholdOutsideTheSliderRangeSnapsBack() {
        vm.logThresholdProperty().set(Double.NaN);
        assertThat(vm.threshold()).isCloseTo(0.05, within(1e-15));
        vm.logThresholdProperty().set(3);
        assertThat(vm.threshold()).isCloseTo(0.5, within(1e-15));
        assertThat(vm.chart().getSaturation().threshold()).isCloseTo(0.5, within(1e-15));
        vm.logThresholdProperty().set(-9);
        assertThat(vm.threshold()).isCloseTo(1e-4, within(1e-18));
    }

    @Test
    void lowGradientZonesAreListedSeparately() {
        vm.selectedTypeProperty().set(LEAKY);
        vm.parametersProperty().get(0).commitText("0");
        assertThat(vm.saturationTextProperty().get()).endsWith("x < 0");
        assertThat(vm.lowGradientTextProperty().get()).isEqualTo("low-gradient zones (not saturation): none");
    }

    @Test
    void derivativesCanBeHidden() {
        vm.showDerivativesProperty().set(false);
        assertThat(vm.specProperty().get().showDerivatives()).isFalse();
        assertThat(vm.chart().getChart().getXYPlot().getRenderer().isSeriesVisible(1)).isFalse();
        vm.showDerivativesProperty().set(true);
        assertThat(vm.chart().getChart().getXYPlot().getRenderer().isSeriesVisible(1)).isTrue();
    }

    @Test
    void comparedFunctionsAreDrawnAfterTheSelectedOne() {
        int before = updates();
        vm.setCompared(TANH, true);
        vm.setCompared(LEAKY, true);
        assertThat(updates()).isEqualTo(before + 2);
        assertThat(data().getSeriesCount()).isEqualTo(6);
        assertThat(List.of(data().getSeriesKey(0), data().getSeriesKey(2), data().getSeriesKey(4)))
                .containsExactly("sigmoid", "tanh", "leaky_relu");
        vm.setCompared(TANH, false);
        assertThat(data().getSeriesCount()).isEqualTo(4);
    }

    @Test
    void aComparedFunctionUsesItsRememberedParameters() {
        vm.selectedTypeProperty().set(LEAKY);
        vm.parametersProperty().get(0).commitText("0.5");
        vm.selectedTypeProperty().set(SIGMOID);
        vm.setCompared(LEAKY, true);
        CurveDataset d = data();
        assertThat(d.getSeriesKey(2)).isEqualTo("leaky_relu");
        assertThat(d.getYValue(2, 0)).isEqualTo(0.5 * d.getXValue(2, 0));
    }

    @Test
    void readoutShowsExactModelValuesUnderTheMouse() {
        vm.selectedTypeProperty().set(SIGMOID);
        vm.hover(1.0);
        double f = SIGMOID.createDefault().value(1.0);
        double d = SIGMOID.createDefault().derivative(1.0);
        assertThat(vm.readoutProperty().get()).isEqualTo("Sigmoid:   x = 1    f(x) = " + NumberText.format(f)
                + "    f′(x) = " + NumberText.format(d));
        assertThat(vm.hoverXProperty().get()).isEqualTo(1.0);
        vm.hover(Double.NaN);
        assertThat(vm.readoutProperty().get()).startsWith("Move the mouse");
        assertThat(vm.hoverXProperty().get()).isNaN();
    }

    @Test
    void theReadoutFollowsAParameterChangeUnderTheMouse() {
        // given
        vm.selectedTypeProperty().set(LEAKY);
        vm.hover(-2.0);
        // when
        vm.parametersProperty().get(0).commitText("0.25");
        // then
        assertThat(vm.readoutProperty().get()).isEqualTo("Leaky ReLU:   x = -2    f(x) = -0.5    f′(x) = 0.25");
        assertThat(vm.hoverXProperty().get()).isEqualTo(-2.0);
    }

    @Test
    void widePlotsGetOneSamplePerPixel() {
        vm.plotWidthProperty().set(3000);
        assertThat(data().getItemCount(0)).isGreaterThanOrEqualTo(3000);
    }

    @Test
    void exportWritesAPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("figure.png");
        String why = vm.export(target, ExportOptions.of(1600, 1000));
        assertThat(why).isNull();
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Saved ").contains("figure.png");
    }

    @Test
    void exportAtScaleTwoDoublesThePixels(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("figure@2x.png");
        assertThat(vm.export(target, ExportOptions.of(800, 500).withScale(2))).isNull();
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        assertThat(vm.messageProperty().get()).endsWith("(1600 × 1000 px).");
    }

    @Test
    void failedExportLeavesNoFileAndSaysWhy(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("missing").resolve("figure.png");
        String why = vm.export(target, ExportOptions.of(1600, 1000));
        assertThat(why).contains("folder does not exist");
        assertThat(Files.exists(target)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Could not save figure.png: " + why);
    }

    @Test
    void everyCatalogueEntryCanBeSelectedAndDrawn() {
        for (ActivationType t : Catalogue.all()) {
            vm.selectedTypeProperty().set(t);
            assertThat(data().getSeriesKey(0)).isEqualTo(t.id());
            assertThat(vm.parametersProperty()).hasSize(t.parameters().size());
            Map<String, Double> values = vm.parameterValues(t);
            assertThat(values).isEqualTo(t.defaults());
        }
    }
}
