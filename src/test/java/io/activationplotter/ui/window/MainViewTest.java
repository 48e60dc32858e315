package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.CurveDataset;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.saturation.Region;
import io.activationplotter.model.saturation.SaturationAnalysis;
import io.activationplotter.model.saturation.SaturationReport;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.plot.PlotViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The real main view, driven by CSS id as a user would; assertions on the view-model and the chart's data. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    private static final ActivationType LEAKY = Catalogue.find("leaky_relu").orElseThrow();
    private static final ActivationType ELU = Catalogue.find("elu").orElseThrow();
    private static final ActivationType TANH = Catalogue.find("tanh").orElseThrow();

    private PlotViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        view = Tabs.show(stage);
        vm = view.getViewModel();
    }

    private CurveDataset data() {
        return vm.chart().getDataset();
    }

    private void select(FxRobot robot, ActivationType type) {
        robot.interact(() -> robot.lookup("#function-selector").<ComboBox<ActivationType>>query().setValue(type));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String id, String text) {
        robot.doubleClickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Leaky ReLU is slope·x for x < 0: the first sample (x = −6) must be exactly that. */
    private void assertSlope(double slope) {
        assertThat(data().getXValue(0, 0)).isEqualTo(-6.0);
        assertThat(data().getYValue(0, 0)).isEqualTo(slope * -6.0);
    }

    @Test
    void selectorListsTheWholeCatalogueAndRedrawsTheChart(FxRobot robot) {
        ComboBox<ActivationType> box = robot.lookup("#function-selector").query();
        // the catalogue, then the "Custom…" entry
        assertThat(box.getItems().subList(0, Catalogue.all().size())).containsExactlyElementsOf(Catalogue.all());
        assertThat(box.getItems()).hasSize(Catalogue.all().size() + 1);
        assertThat(box.getItems().get(Catalogue.all().size()).id()).isEqualTo("custom");
        // when: pick Leaky ReLU from the popup with the mouse
        robot.clickOn("#function-selector");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText(LEAKY.displayName()))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(vm.selectedTypeProperty().get()).isEqualTo(LEAKY);
        assertThat(data().getSeriesCount()).isEqualTo(2);
        assertThat(data().getSeriesKey(0)).isEqualTo("leaky_relu");
        assertSlope(0.01);
        assertThat(robot.lookup("#alpha-label").queryAs(Label.class).getText()).isEqualTo("negative_slope = 0.01");
    }

    @Test
    void sigmoidSaysItHasNoParametersAndDisablesTheSlider(FxRobot robot) {
        select(robot, Catalogue.find("sigmoid").orElseThrow());
        assertThat(robot.lookup("#alpha-slider").queryAs(Slider.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#parameter-hint").queryAs(Label.class).getText())
                .isEqualTo("Sigmoid has no parameters.");
    }

    @Test
    void alphaSliderHasTheModelRangeAndFineSteps(FxRobot robot) {
        select(robot, ELU);
        Slider slider = robot.lookup("#alpha-slider").query();
        var spec = ELU.mainParameter().orElseThrow();
        assertThat(slider.getMin()).isEqualTo(spec.min());
        assertThat(slider.getMax()).isEqualTo(spec.max());
        assertThat(slider.getValue()).isEqualTo(spec.defaultValue());
        assertThat(slider.getBlockIncrement()).isEqualTo((spec.max() - spec.min()) / 100);
        assertThat(slider.isShowTickMarks()).isTrue();
    }

    @Test
    void keyboardAndDragOnTheAlphaSliderChangeTheCurve(FxRobot robot) {
        select(robot, LEAKY);
        Slider slider = robot.lookup("#alpha-slider").query();
        // when: one key press moves one block increment
        robot.clickOn(slider.lookup(".thumb")).type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        double afterKey = vm.parametersProperty().get(0).valueProperty().get();
        assertThat(afterKey).isGreaterThan(0.01).isLessThan(0.1);
        assertSlope(afterKey);
        // when: drag the thumb to the right
        robot.drag(slider.lookup(".thumb"), MouseButton.PRIMARY).moveBy(80, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double afterDrag = vm.parametersProperty().get(0).valueProperty().get();
        assertThat(afterDrag).isGreaterThan(afterKey + 0.1);
        assertSlope(afterDrag);
        assertThat(robot.lookup("#alpha-field").queryAs(TextField.class).getText())
                .isEqualTo(NumberText.format(afterDrag));
    }

    @Test
    void typedAlphaIsAppliedAndMovesTheSlider(FxRobot robot) {
        select(robot, LEAKY);
        type(robot, "#alpha-field", "0.2");
        assertSlope(0.2);
        assertThat(robot.lookup("#alpha-slider").queryAs(Slider.class).getValue()).isEqualTo(0.2);
        assertThat(robot.lookup("#alpha-field").queryAs(TextField.class).getStyleClass()).doesNotContain("error");
    }

    @Test
    void badAlphaIsMarkedAndKeepsTheLastGoodPlot(FxRobot robot) {
        select(robot, LEAKY);
        type(robot, "#alpha-field", "0.2");
        int updates = vm.updateCountProperty().get();
        double[] before = ys(0);
        // when
        type(robot, "#alpha-field", "abc");
        // then
        TextField field = robot.lookup("#alpha-field").query();
        assertThat(field.getStyleClass()).contains("error");
        assertThat(robot.lookup("#message-label").queryAs(Label.class).getText())
                .isEqualTo("negative_slope: “abc” is not a number. Type a finite number such as 0.01.");
        assertThat(robot.lookup("#message-label").queryAs(Label.class).getStyleClass()).contains("error");
        assertThat(vm.updateCountProperty().get()).isEqualTo(updates);
        assertThat(ys(0)).containsExactly(before);
        // when: out of the model's domain
        type(robot, "#alpha-field", "7");
        assertThat(field.getStyleClass()).contains("error");
        assertThat(robot.lookup("#message-label").queryAs(Label.class).getText())
                .isEqualTo("negative_slope must be from 0 to 1 (default 0.01).");
        assertThat(ys(0)).containsExactly(before);
        // when: fixed
        type(robot, "#alpha-field", "0.3");
        assertThat(field.getStyleClass()).doesNotContain("error");
        assertThat(robot.lookup("#message-label").queryAs(Label.class).getText()).isEmpty();
        assertSlope(0.3);
    }

    @Test
    void escapeInARejectedFieldBringsBackTheLastGoodValue(FxRobot robot) {
        select(robot, LEAKY);
        type(robot, "#alpha-field", "0.2");
        type(robot, "#alpha-field", "oops");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#alpha-field").query();
        assertThat(field.getText()).isEqualTo("0.2");
        assertThat(field.getStyleClass()).doesNotContain("error");
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
        assertSlope(0.2);
    }

    @Test
    void eachFunctionKeepsItsOwnParameter(FxRobot robot) {
        select(robot, LEAKY);
        type(robot, "#alpha-field", "0.4");
        select(robot, ELU);
        assertThat(robot.lookup("#alpha-label").queryAs(Label.class).getText()).isEqualTo("alpha (α) = 1");
        select(robot, LEAKY);
        assertThat(robot.lookup("#alpha-field").queryAs(TextField.class).getText()).isEqualTo("0.4");
        assertSlope(0.4);
    }

    @Test
    void everyParameterGetsItsOwnSliderAndField(FxRobot robot) {
        ActivationType rrelu = Catalogue.find("rrelu").orElseThrow();
        select(robot, rrelu);
        Slider lower = robot.lookup("#alpha-slider").query();
        Slider upper = robot.lookup("#param-upper-slider").query();
        assertThat(lower.getValue()).isEqualTo(rrelu.parameter("lower").orElseThrow().defaultValue());
        assertThat(upper.getValue()).isEqualTo(rrelu.parameter("upper").orElseThrow().defaultValue());
        assertThat(upper.getBlockIncrement()).isEqualTo(0.01);
        // when
        type(robot, "#param-upper-field", "0.5");
        // then
        assertThat(upper.getValue()).isEqualTo(0.5);
        assertThat(vm.parameterValues(rrelu)).containsEntry("upper", 0.5);
        assertThat(data().getYValue(0, 0)).isEqualTo(rrelu.create(vm.parameterValues(rrelu)).value(-6.0));
        // when: a parameter outside its domain
        type(robot, "#param-upper-field", "1.5");
        assertThat(robot.lookup("#param-upper-field").queryAs(TextField.class).getStyleClass()).contains("error");
        assertThat(vm.parameterValues(rrelu)).containsEntry("upper", 0.5);
    }

    @Test
    void xRangeFieldsSetTheDatasetExtent(FxRobot robot) {
        assertThat(robot.lookup("#x-min").queryAs(TextField.class).getText()).isEqualTo("-6");
        type(robot, "#x-min", "-2");
        type(robot, "#x-max", "3.5");
        assertThat(data().getXValue(0, 0)).isEqualTo(-2.0);
        assertThat(data().getXValue(0, data().getItemCount(0) - 1)).isEqualTo(3.5);
    }

    @Test
    void leavingAnUnchangedRangeFieldKeepsTheZoom(FxRobot robot) {
        robot.interact(() -> vm.range().zoom(0.5, 0.0));
        int updates = vm.updateCountProperty().get();
        robot.clickOn("#x-min").clickOn("#x-max").clickOn("#x-min");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.updateCountProperty().get()).isEqualTo(updates);
        assertThat(data().getXValue(0, 0)).isEqualTo(-3.0);
    }

    @Test
    void badXRangeIsMarkedAndThePlotStays(FxRobot robot) {
        int updates = vm.updateCountProperty().get();
        type(robot, "#x-max", "-10");
        assertThat(robot.lookup("#x-min").queryAs(TextField.class).getStyleClass()).contains("error");
        assertThat(robot.lookup("#x-max").queryAs(TextField.class).getStyleClass()).contains("error");
        assertThat(robot.lookup("#message-label").queryAs(Label.class).getText())
                .isEqualTo("x min must be less than x max.");
        assertThat(vm.updateCountProperty().get()).isEqualTo(updates);
        assertThat(data().getXValue(0, data().getItemCount(0) - 1)).isEqualTo(6.0);
    }

    @Test
    void thresholdSliderMovesTheShading(FxRobot robot) {
        select(robot, TANH);
        Slider slider = robot.lookup("#threshold-slider").query();
        assertThat(slider.getValue()).isEqualTo(Math.log10(0.05));
        // when
        robot.interact(() -> slider.setValue(-2));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        SaturationReport expected = SaturationAnalysis.analyze(TANH.createDefault(), 0.01);
        assertThat(vm.chart().getSaturation().regions()).isEqualTo(expected.regions());
        Collection<Marker> markers = markers();
        assertThat(markers).hasSize(expected.regions().size());
        List<Region> regions = expected.regions();
        IntervalMarker right = (IntervalMarker) List.copyOf(markers).get(1);
        assertThat(right.getStartValue()).isEqualTo(regions.get(1).start());
        assertThat(robot.lookup("#threshold-label").queryAs(Label.class).getText()).isEqualTo("Threshold T = 0.01");
        assertThat(robot.lookup("#saturation-label").queryAs(Label.class).getText())
                .isEqualTo("saturated: |f\u202f′| < 0.01   " + expected.describeSaturated(3));
        // when: keyboard steps are fine, not whole decades
        robot.clickOn(slider.lookup(".thumb")).type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slider.getValue()).isLessThan(-2).isGreaterThan(-2.1);
    }

    @SuppressWarnings("unchecked")
    private Collection<Marker> markers() {
        return vm.chart().getChart().getXYPlot().getDomainMarkers(Layer.BACKGROUND);
    }

    @Test
    void derivativeToggleHidesAndShowsF1(FxRobot robot) {
        var renderer = vm.chart().getChart().getXYPlot().getRenderer();
        assertThat(renderer.isSeriesVisible(1)).isTrue();
        robot.clickOn("#derivative-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(renderer.isSeriesVisible(1)).isFalse();
        assertThat(vm.specProperty().get().showDerivatives()).isFalse();
        robot.clickOn("#derivative-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(renderer.isSeriesVisible(1)).isTrue();
    }

    @Test
    void compareListOverlaysFunctionsAndKeepsTheSelectedOneDrawn(FxRobot robot) {
        CheckBox selected = robot.lookup("#compare-" + Catalogue.all().get(0).id()).query();
        assertThat(selected.isSelected()).isTrue();
        assertThat(selected.isDisabled()).isTrue();
        // the compare list is the side panel's last section: scroll down to it, as a user would
        robot.interact(() -> robot.lookup("#controls-scroll").<javafx.scene.control.ScrollPane>query().setVvalue(1));
        robot.clickOn("#compare-tanh");
        robot.clickOn("#compare-elu");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(data().getSeriesCount()).isEqualTo(6);
        assertThat(data().getSeriesKey(2)).isEqualTo("tanh");
        assertThat(data().getSeriesKey(4)).isEqualTo("elu");
        robot.clickOn("#compare-tanh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(data().getSeriesCount()).isEqualTo(4);
    }

    @Test
    void readoutAndCrosshairFollowTheMouse(FxRobot robot) {
        Bounds b = view.getChartPane().localToScreen(view.getChartPane().getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.6, b.getMinY() + b.getHeight() * 0.4));
        WaitForAsyncUtils.waitForFxEvents();
        double x = vm.hoverXProperty().get();
        assertThat(x).isBetween(-6.0, 6.0);
        var f = Catalogue.all().get(0).createDefault();
        assertThat(robot.lookup("#readout").queryAs(Label.class).getText())
                .contains("x = " + NumberText.format(x))
                .contains("f(x) = " + NumberText.format(f.value(x)))
                .contains("f′(x) = " + NumberText.format(f.derivative(x)));
    }

    @Test
    void wheelZoomResamplesAndResetViewReturns(FxRobot robot) {
        Bounds b = view.getChartPane().localToScreen(view.getChartPane().getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double width = vm.range().viewMax() - vm.range().viewMin();
        assertThat(width).isNotEqualTo(12.0);
        assertThat(data().getXValue(0, 0)).isEqualTo(vm.range().viewMin());
        assertThat(vm.chart().getChart().getXYPlot().getDomainAxis().getLowerBound())
                .isEqualTo(vm.range().viewMin());
        // when: Ctrl+0
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(data().getXValue(0, 0)).isEqualTo(-6.0);
    }

    @Test
    void axisChangesMadeByJFreeChartAreFedBackAndResampled(FxRobot robot) {
        // given: what Shift+drag (JFreeChart's box zoom) does to the domain axis
        var axis = vm.chart().getChart().getXYPlot().getDomainAxis();
        int updates = vm.updateCountProperty().get();
        // when
        robot.interact(() -> axis.setRange(-1.0, 2.0));
        WaitForAsyncUtils.waitForFxEvents();
        // then: one resample for the new range, and no loop
        assertThat(vm.range().viewMin()).isEqualTo(-1.0);
        assertThat(vm.range().viewMax()).isEqualTo(2.0);
        assertThat(data().getXValue(0, 0)).isEqualTo(-1.0);
        assertThat(data().getXValue(0, data().getItemCount(0) - 1)).isEqualTo(2.0);
        assertThat(vm.updateCountProperty().get()).isEqualTo(updates + 1);
    }

    @Test
    void dragPansTheView(FxRobot robot) {
        Bounds b = view.getChartPane().localToScreen(view.getChartPane().getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));
        robot.drag(MouseButton.PRIMARY).moveBy(-100, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.range().viewMin()).isGreaterThan(-6.0);
        assertThat(vm.range().viewMax() - vm.range().viewMin()).isCloseTo(12.0,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(data().getXValue(0, 0)).isEqualTo(vm.range().viewMin());
        robot.clickOn("#reset-view-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(data().getXValue(0, 0)).isEqualTo(-6.0);
    }

    @Test
    void ctrlSOpensTheExportDialogWhoseOkFollowsTheChecks(FxRobot robot) {
        // when
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        TextField width = robot.lookup("#export-width").query();
        assertThat(width.getText()).isEqualTo("1600");
        assertThat(robot.lookup("#export-height").queryAs(TextField.class).getText()).isEqualTo("1000");
        assertThat(robot.lookup("#export-file").queryAs(TextField.class).getText()).endsWith("sigmoid.png");
        javafx.scene.Node ok = robot.lookup(".dialog-pane .button").match(
                LabeledMatchers.hasText("OK")).query();
        assertThat(ok.isDisabled()).isFalse();
        // when: a bad width
        robot.interact(() -> width.setText("12x"));
        // then
        assertThat(width.getStyleClass()).contains("error");
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("#export-problem").queryAs(Label.class).getText())
                .isEqualTo("Width (px) must be a whole number from 16 to 10000.");
        robot.interact(() -> width.setText("1600"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("Cancel"))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-width").tryQuery()).isEmpty();
    }

    @Test
    void exportThroughTheViewModelWritesThePng(FxRobot robot, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("plot.png");
        robot.interact(() -> vm.export(target, ExportOptions.of(1600, 1000)));
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        assertThat(robot.lookup("#message-label").queryAs(Label.class).getText()).startsWith("Saved ");
    }

    @Test
    void failedExportLeavesNoFileAndShowsTheReason(FxRobot robot, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("no-such-folder").resolve("plot.png");
        robot.interact(() -> vm.export(target, ExportOptions.of(1600, 1000)));
        assertThat(Files.exists(target)).isFalse();
        Label message = robot.lookup("#message-label").query();
        assertThat(message.getText()).startsWith("Could not save plot.png: folder does not exist");
        assertThat(message.getStyleClass()).contains("error");
    }

    private double[] ys(int series) {
        double[] y = new double[data().getItemCount(series)];
        for (int i = 0; i < y.length; i++) {
            y[i] = data().getYValue(series, i);
        }
        return y;
    }
}
