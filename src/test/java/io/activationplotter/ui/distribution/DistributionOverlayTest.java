package io.activationplotter.ui.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.distribution.DensityOverlay;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.distribution.DistributionReport;
import io.activationplotter.model.distribution.PreActivationDistribution;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.window.MainView;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Plot tab's pre-activation overlay driven by its controls. */
@ExtendWith(ApplicationExtension.class)
class DistributionOverlayTest {

    private MainView main;
    @Start
    void start(Stage stage) {
        main = Tabs.show(stage);
    }

    @BeforeEach
    void open(FxRobot robot) {
        robot.interact(() -> main.getViewModel().selectedTypeProperty().set(Catalogue.find("tanh").orElseThrow()));
        Tabs.select(robot, "plot");
        CheckBox toggle = robot.lookup("#distribution-toggle").queryAs(CheckBox.class);
        robot.interact(() -> toggle.setSelected(true));
    }

    private DistributionViewModel model(FxRobot robot) {
        return robot.lookup("#section-distribution").queryAs(DistributionControls.class).getViewModel();
    }

    private DistributionReport settle(FxRobot robot) throws Exception {
        DistributionViewModel m = model(robot);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !m.busyProperty().get() && m.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return m.reportProperty().get();
    }

    @Test
    void theToggleDrawsTheDensityAndTheReadoutMatchesTheModel(FxRobot robot) throws Exception {
        DistributionReport r = settle(robot);
        XYPlot plot = main.getViewModel().chart().getChart().getXYPlot();
        assertThat(plot.getDataset(DensityOverlay.INDEX)).isNotNull();
        DistributionViewModel m = model(robot);
        assertThat(m.overlay().getDensity().getItemCount()).isEqualTo(DensityOverlay.SAMPLES);
        // the peak of N(0, 1) at x = 0 (the middle sample of -6..6)
        assertThat(m.overlay().getDensity().getY(DensityOverlay.SAMPLES / 2).doubleValue())
                .isCloseTo(1 / Math.sqrt(2 * Math.PI), within(1e-12));
        DistributionReport expected = PreActivationDistribution.analyze(Catalogue.find("tanh").orElseThrow()
                .createDefault(), 0, 1, main.getViewModel().specProperty().get().threshold());
        assertThat(r).isEqualTo(expected);
        assertThat(robot.lookup("#dist-readout").queryAs(Label.class).getText()).contains("Saturated 2.94 %");
    }

    @Test
    void slidersAndPresetsMoveTheDistribution(FxRobot robot) throws Exception {
        Slider std = robot.lookup("#dist-std-slider").queryAs(Slider.class);
        Slider mean = robot.lookup("#dist-mean-slider").queryAs(Slider.class);
        robot.interact(() -> {
            std.setValue(1); // sigma = 10
            mean.setValue(1.5);
        });
        DistributionReport wide = settle(robot);
        assertThat(wide.std()).isCloseTo(10, within(1e-12));
        assertThat(wide.mean()).isEqualTo(1.5);
        assertThat(wide.saturated()).isGreaterThan(0.8);
        robot.clickOn("#dist-preset-he");
        DistributionReport he = settle(robot);
        assertThat(he.std()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(he.mean()).isZero();
    }

    @Test
    void aBadFanInKeepsTheLastGoodOne(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#dist-fan-in").queryTextInputControl().setText("abc"));
        robot.clickOn("#dist-preset-naive");
        DistributionReport r = settle(robot);
        assertThat(r.std()).isCloseTo(16, within(1e-12)); // sqrt(256), the default fan-in
    }

    @Test
    void turningItOffRemovesTheOverlay(FxRobot robot) throws Exception {
        settle(robot);
        CheckBox toggle = robot.lookup("#distribution-toggle").queryAs(CheckBox.class);
        robot.interact(() -> toggle.setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.getViewModel().chart().getChart().getXYPlot().getDataset(DensityOverlay.INDEX)).isNull();
        assertThat(model(robot).readoutProperty().get()).isEmpty();
    }
}
