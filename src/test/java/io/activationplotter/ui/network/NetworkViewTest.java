package io.activationplotter.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.network.LayerHistogramChart;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.Initialisation;
import io.activationplotter.model.network.NetworkResult;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.window.MainView;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Network tab driven by its controls; assertions on the view-model and the charts' datasets. */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {

    private MainView main;
    private NetworkView view;
    private NetworkViewModel vm;

    @Start
    void start(Stage stage) {
        main = Tabs.show(stage);
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        robot.interact(() -> main.getViewModel().selectedTypeProperty().set(Catalogue.find("tanh").orElseThrow()));
        Tabs.select(robot, "network");
        view = robot.lookup("#network-view").queryAs(NetworkView.class);
        vm = view.getViewModel();
        robot.interact(() -> {
            vm.widthProperty().set(100); // small and quick: the stories hold at this size too
            vm.batchProperty().set(100);
        });
        settle();
    }

    /** Waits for the newest run to arrive (a condition, not a time: the machine may be slow). */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private java.util.List<Double> percent(XYSeries s) {
        java.util.List<Double> v = new java.util.ArrayList<>();
        for (int i = 0; i < s.getItemCount(); i++) {
            v.add(s.getY(i).doubleValue());
        }
        return v;
    }

    @Test
    void tanhWithSigmaOneSaturatesAndTheChartsShowEveryLayer(FxRobot robot) {
        NetworkResult r = vm.resultProperty().get();
        assertThat(r.spec().width()).isEqualTo(100);
        assertThat(r.spec().init()).isEqualTo(Initialisation.NORMAL);
        assertThat(percent(vm.stats().getSaturated())).hasSize(10).allSatisfy(p -> assertThat(p).isGreaterThan(80));
        assertThat(vm.histograms().getLayers()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // saturated: most of layer 10's mass in the end bins
        XYSeries last = vm.histograms().getDataset(9).getSeries(0);
        double ends = last.getY(0).doubleValue() + last.getY(LayerHistogramChart.BINS - 1).doubleValue();
        assertThat(ends).isGreaterThan(60);
        assertThat(robot.lookup("#network-readout").queryAs(Label.class).getText()).contains("Layer 10");
    }

    @Test
    void xavierFromTheSelectorMakesTanhHealthy(FxRobot robot) throws Exception {
        ComboBox<Initialisation> init = robot.lookup("#network-init-choice").queryComboBox();
        robot.interact(() -> init.setValue(Initialisation.XAVIER_NORMAL));
        settle();
        assertThat(vm.initProperty().get()).isEqualTo(Initialisation.XAVIER_NORMAL);
        assertThat(percent(vm.stats().getSaturated())).allSatisfy(p -> assertThat(p).isLessThan(5));
        assertThat(vm.resultProperty().get().layers().get(9).std()).isBetween(0.15, 0.8);
    }

    @Test
    void theSigmaSliderCollapsesTheActivations(FxRobot robot) throws Exception {
        Slider scale = robot.lookup("#network-scale-slider").queryAs(Slider.class);
        robot.interact(() -> scale.setValue(-2));
        settle();
        assertThat(vm.stdProperty().get()).isEqualTo(0.01);
        assertThat(vm.resultProperty().get().layers().get(9).std()).isLessThan(1e-5);
    }

    @Test
    void reluWithHeHasHalfItsUnitsDead(FxRobot robot) throws Exception {
        robot.interact(() -> {
            main.getViewModel().selectedTypeProperty().set(Catalogue.find("relu").orElseThrow());
            vm.initProperty().set(Initialisation.KAIMING_NORMAL);
        });
        settle();
        assertThat(percent(vm.stats().getDead())).allSatisfy(p -> assertThat(p).isBetween(40.0, 60.0));
        assertThat(robot.lookup("#network-scale-slider").queryAs(Slider.class).isDisabled()).isTrue();
    }

    @Test
    void depthSliderSetsTheLayersAndAtMostTenPanels(FxRobot robot) throws Exception {
        Slider layers = robot.lookup("#network-layers-slider").queryAs(Slider.class);
        robot.interact(() -> layers.setValue(30));
        settle();
        assertThat(vm.stats().getDead().getItemCount()).isEqualTo(30);
        int[] panels = vm.histograms().getLayers();
        assertThat(panels).hasSize(10).startsWith(1).endsWith(30);
    }

    @Test
    void trainingIsTheSecondModeAndHidesThePlotsControls(FxRobot robot) {
        ToggleButton init = robot.lookup("#network-mode-init").queryAs(ToggleButton.class);
        ToggleButton train = robot.lookup("#network-mode-train").queryAs(ToggleButton.class);
        assertThat(init.isSelected()).isTrue();
        assertThat(train.isVisible()).isTrue();
        assertThat(main.getClassroom().sectionsProperty().get()).isNotEmpty();
        robot.clickOn("#network-mode-train");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getCenter().getId()).isEqualTo("train-view");
        // training has its own activation and controls: the plot's are not shown beside it
        assertThat(main.getClassroom().sectionsProperty().get()).isEmpty();
        robot.clickOn("#network-mode-init");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getCenter().getId()).isNotEqualTo("train-view");
        assertThat(main.getClassroom().sectionsProperty().get()).isNotEmpty();
        // without a training view the mode is hidden (no placeholder screen)
        robot.interact(() -> view.setTrainingView(null));
        assertThat(train.isVisible()).isFalse();
    }

    @Test
    void chartsFollowTheDarkTheme(FxRobot robot) {
        robot.interact(() -> main.getViewModel().display().darkProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.histograms().getChart().getBackgroundPaint()).isEqualTo(ChartLook.Theme.DARK.background());
        assertThat(vm.stats().getChart().getBackgroundPaint()).isEqualTo(ChartLook.Theme.DARK.background());
        robot.interact(() -> main.getViewModel().display().darkProperty().set(false));
    }

    @Test
    void theLayerAxisIsNamedInTheWindowsLanguage(FxRobot robot) throws Exception {
        assertThat(vm.stats().getChart().getXYPlot().getDomainAxis().getLabel()).isEqualTo("layer");
        try {
            robot.interact(() -> main.getViewModel().display().setLanguage(Locale.SIMPLIFIED_CHINESE));
            settle();
            assertThat(vm.stats().getChart().getXYPlot().getDomainAxis().getLabel()).isEqualTo("层");
        } finally {
            robot.interact(() -> main.getViewModel().display().setLanguage(Locale.ENGLISH));
        }
        settle();
        assertThat(vm.stats().getChart().getXYPlot().getDomainAxis().getLabel()).isEqualTo("layer");
    }
}
