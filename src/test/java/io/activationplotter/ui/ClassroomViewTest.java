package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.ChartLook;
import io.activationplotter.export.ChartExporter;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.DisplayModel;
import io.activationplotter.ui.window.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The formula panel, presentation mode and the language switch on the real main view. */
@ExtendWith(ApplicationExtension.class)
class ClassroomViewTest {

    private PlotViewModel vm;
    private Messages text;

    @Start
    void start(Stage stage) {
        text = Messages.load();
        text.setLocale(Locale.ENGLISH);
        vm = new PlotViewModel(text);
        MainView view = new MainView(vm, text);
        Scene scene = new Scene(view, 1280, 800);
        view.installAccelerators(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void select(FxRobot robot, String id) {
        ActivationType type = Catalogue.find(id).orElseThrow();
        robot.interact(() -> robot.lookup("#function-selector").<ComboBox<ActivationType>>query().setValue(type));
        awaitMaxSlope();
    }

    /** Waits for the max |f'| search, which runs off the FX thread, to answer for the current parameters. */
    private void awaitMaxSlope() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> !vm.info().maxSlopePendingProperty().get()).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the max |f'| search did not answer", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void infoPanelShowsSigmoidsFormulaAndLargestSlope(FxRobot robot) {
        // when
        select(robot, "sigmoid");
        // then
        assertThat(vm.info().maxSlopeProperty().get().value()).isCloseTo(0.25, within(1e-12));
        assertThat(label(robot, "#info-max-slope")).isEqualTo("0.25 at x = 0");
        assertThat(label(robot, "#info-saturation")).isEqualTo("left: soft · right: soft");
        assertThat(label(robot, "#info-monotonic")).isEqualTo("yes");
        assertThat(label(robot, "#info-zero-centred")).isEqualTo("no");
        assertThat(label(robot, "#info-range")).isEqualTo("(0, 1)");
        assertThat(label(robot, "#info-watch")).contains("0.25");
        assertThat(robot.lookup("#info-function-formula").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#info-derivative-formula").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(vm.info().functionTexProperty().get()).contains("\\frac{1}{1+e^{-x}}");
    }

    @Test
    void infoPanelFollowsSelectionAndParameters(FxRobot robot) {
        select(robot, "gelu");
        assertThat(label(robot, "#info-max-slope")).isEqualTo("1.1289 at x = 1.4142");
        select(robot, "relu");
        assertThat(label(robot, "#info-max-slope")).isEqualTo("1 for all x > 0");
        assertThat(label(robot, "#info-saturation")).isEqualTo("left: hard · right: none");
        select(robot, "softplus");
        assertThat(label(robot, "#info-max-slope")).isEqualTo("1, approached as x → +∞");
        // when: ELU's alpha becomes 2, the panel shows the value and the new largest slope
        select(robot, "elu");
        robot.interact(() -> vm.parametersProperty().get(0).commitText("2"));
        awaitMaxSlope();
        assertThat(label(robot, "#info-parameters")).isEqualTo("alpha = 2  (default 1)");
        assertThat(label(robot, "#info-max-slope")).isEqualTo("2 at x = 0");
        assertThat(label(robot, "#info-torch")).contains("torch.nn.ELU");
        // the images follow: ELU's derivative differs from softplus's in size
        ImageView df = robot.lookup("#info-derivative-formula").queryAs(ImageView.class);
        double eluWidth = df.getImage().getWidth();
        select(robot, "identity");
        assertThat(df.getImage().getWidth()).isLessThan(eluWidth / 2);
    }

    @Test
    void presentationModeScalesHidesControlsAndF11LeavesIt(FxRobot robot) {
        // when
        robot.clickOn("#presentation-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(vm.display().scaleProperty().get()).isEqualTo(DisplayModel.PRESENTATION_SCALE);
        assertThat(vm.chart().getScale()).isEqualTo(DisplayModel.PRESENTATION_SCALE);
        assertThat(robot.lookup("#controls-overlay").query().isVisible()).isFalse();
        assertThat(robot.lookup("#main-view").query().getStyle()).contains("20.8");
        // the controls can come back while presenting, floating over the chart
        robot.clickOn("#controls-overlay-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#controls-overlay").query().isVisible()).isTrue();
        // when: F11
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.display().presentationProperty().get()).isFalse();
        assertThat(vm.chart().getScale()).isEqualTo(1.0);
        assertThat(robot.lookup("#presentation-toggle").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void darkThemeRestylesChartAndWindow(FxRobot robot) {
        robot.clickOn("#dark-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.chart().getTheme()).isEqualTo(ChartLook.Theme.DARK);
        assertThat(robot.lookup("#main-view").query().getStyleClass()).contains("dark");
        robot.clickOn("#dark-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.chart().getTheme()).isEqualTo(ChartLook.Theme.LIGHT);
    }

    @Test
    void languageSwitchRelabelsEverythingAndKeepsThePlot(FxRobot robot) {
        // given: some state
        select(robot, "tanh");
        robot.interact(() -> vm.range().apply("-3", "5"));
        robot.interact(() -> vm.setCompared(Catalogue.find("relu").orElseThrow(), true));
        WaitForAsyncUtils.waitForFxEvents();
        int updates = vm.updateCountProperty().get();
        // when
        robot.interact(() -> robot.lookup("#language-selector").<ComboBox<Locale>>query()
                .setValue(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        // then: Chinese labels
        assertThat(labels(robot)).contains("激活函数", "参数", "饱和区域", "公式与性质", "导数 f\u00a0′(x)");
        assertThat(label(robot, "#threshold-label")).isEqualTo("阈值 T = 0.05");
        assertThat(label(robot, "#info-saturation")).isEqualTo("左侧：软饱和 · 右侧：软饱和");
        assertThat(label(robot, "#info-max-slope")).isEqualTo("在 x = 0 处取 1");
        assertThat(label(robot, "#info-use")).contains("以零为中心");
        assertThat(robot.lookup("#language-selector").<ComboBox<Locale>>query().getValue())
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(vm.chart().getLabels().hardSaturation()).contains("硬饱和");
        // and the plot state is kept
        assertThat(vm.selectedTypeProperty().get().id()).isEqualTo("tanh");
        assertThat(vm.range().viewMin()).isEqualTo(-3);
        assertThat(vm.range().viewMax()).isEqualTo(5);
        assertThat(vm.comparedProperty()).extracting(ActivationType::id).containsExactly("relu");
        assertThat(vm.updateCountProperty().get()).isEqualTo(updates + 1);
        // when: back to English
        robot.interact(() -> robot.lookup("#language-selector").<ComboBox<Locale>>query().setValue(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels(robot)).contains("Function", "Formula and properties");
        assertThat(vm.selectedTypeProperty().get().id()).isEqualTo("tanh");
    }

    @Test
    void exportsUseTheChosenLanguage(FxRobot robot, @TempDir Path dir) throws Exception {
        // given
        robot.interact(() -> vm.display().setLanguage(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("zh.png");
        // when
        String[] error = new String[1];
        robot.interact(() -> error[0] = vm.export(png, new ExportOptions(800, 500, 1)));
        // then: the exported chart says "soft saturation" in Chinese, in a font that has the glyphs
        assertThat(error[0]).isNull();
        assertThat(Files.size(png)).isPositive();
        ActivationChart figure = ChartExporter.chartFor(vm.specProperty().get(), new ExportOptions(800, 500, 1));
        figure.setLabels(vm.chart().getLabels());
        var items = figure.getChart().getXYPlot().getFixedLegendItems();
        assertThat(items.get(items.getItemCount() - 1).getLabel()).startsWith("软饱和");
        io.activationplotter.chart.CjkFonts.assumeInstalled();
        assertThat(figure.getChart().getLegend().getItemFont().canDisplayUpTo("软饱和")).isEqualTo(-1);
    }

    private List<String> labels(FxRobot robot) {
        List<String> all = new ArrayList<>();
        for (Node n : robot.lookup(".label").queryAll()) {
            all.add(((Label) n).getText());
        }
        return all;
    }
}
