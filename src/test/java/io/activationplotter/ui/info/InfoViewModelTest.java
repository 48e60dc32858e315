package io.activationplotter.ui.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.Extremes.MaxSlope;
import io.activationplotter.model.Extremes.Span;
import io.activationplotter.model.Extremes;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The max |f'| search is off the slider's path: a parameter change on the FX thread only queues it,
 * and once it answers the panel shows exactly what {@link Extremes} finds for the last parameters.
 */
@ExtendWith(ApplicationExtension.class)
class InfoViewModelTest {

    private static final ActivationType ELU = Catalogue.find("elu").orElseThrow();
    private static final ActivationType GELU = Catalogue.find("gelu").orElseThrow();

    private PlotViewModel vm;

    @Start
    void start(Stage stage) {
        Messages text = Messages.load();
        text.setLocale(Locale.ENGLISH);
        vm = new PlotViewModel(text);
        stage.setScene(new Scene(new MainView(vm, text), 1280, 800));
        stage.show();
    }

    private InfoViewModel info() {
        return vm.info();
    }

    private void awaitMaxSlope() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> !info().maxSlopePendingProperty().get()).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the max |f'| search did not answer", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSliderTickOnlyQueuesTheSearch(FxRobot robot) {
        // given
        robot.interact(() -> vm.selectedTypeProperty().set(ELU));
        awaitMaxSlope();
        MaxSlope before = info().maxSlopeProperty().get();
        boolean[] pendingRightAfter = new boolean[1];
        MaxSlope[] shownRightAfter = new MaxSlope[1];
        // when: the slider moves; the answer can only come back after this FX-thread block
        robot.interact(() -> {
            vm.parametersProperty().get(0).valueProperty().set(2.5);
            pendingRightAfter[0] = info().maxSlopePendingProperty().get();
            shownRightAfter[0] = info().maxSlopeProperty().get();
        });
        // then: the tick did not search (since issue 16 the panel follows only after the chart is redrawn,
        // so at this point the search is not even queued), and the answer arrives afterwards
        assertThat(pendingRightAfter[0]).isFalse();
        assertThat(shownRightAfter[0]).isSameAs(before);
        awaitMaxSlope();
        assertThat(info().maxSlopeProperty().get()).isEqualTo(
                Extremes.maxAbsDerivative(ELU.create(Map.of("alpha", 2.5))));
        assertThat(info().maxSlopeTextProperty().get()).isEqualTo("2.5 at x = 0");
    }

    @Test
    void aBurstOfTicksEndsOnTheLastValueAndNeverShowsAnOlderOne(FxRobot robot) {
        // given
        robot.interact(() -> vm.selectedTypeProperty().set(ELU));
        awaitMaxSlope();
        List<Double> shown = new ArrayList<>();
        robot.interact(() -> info().maxSlopeProperty().addListener((obs, old, now) -> shown.add(now.value())));
        // when: a drag, all within one FX-thread block
        robot.interact(() -> {
            for (double alpha = 1.5; alpha <= 3.0; alpha += 0.25) {
                vm.parametersProperty().get(0).valueProperty().set(alpha);
            }
        });
        awaitMaxSlope();
        // then: only the last value's answer was ever shown
        assertThat(shown).containsExactly(3.0);
        assertThat(info().maxSlopeProperty().get().where()).containsExactly(new Span(0, 0));
    }

    @Test
    void aDragShowsTheExactLastValueOnceItEnds(FxRobot robot) {
        // given
        robot.interact(() -> vm.selectedTypeProperty().set(ELU));
        awaitMaxSlope();
        List<String> parameterLines = new ArrayList<>();
        robot.interact(() -> info().parametersProperty().addListener((obs, old, now) -> parameterLines.add(now)));
        // when: a drag, one change a frame, faster than the labels follow, then the thumb is let go
        robot.interact(() -> vm.draggingProperty().set(true));
        for (double alpha = 1.5; alpha <= 3.0 + 1e-9; alpha += 0.25) {
            double a = alpha;
            robot.interact(() -> vm.parametersProperty().get(0).valueProperty().set(a));
        }
        robot.interact(() -> vm.draggingProperty().set(false));
        awaitMaxSlope();
        // then: the panel and the intervals' label end on the last value, never on an older one
        String afterDrag = info().parametersProperty().get();
        String intervalsAfterDrag = vm.saturationTextProperty().get();
        assertThat(parameterLines).isNotEmpty().last().isEqualTo(afterDrag);
        assertThat(info().maxSlopeProperty().get()).isEqualTo(
                Extremes.maxAbsDerivative(ELU.create(Map.of("alpha", 3.0))));
        robot.interact(() -> vm.parametersProperty().get(0).valueProperty().set(1.0));
        awaitMaxSlope();
        robot.interact(() -> vm.parametersProperty().get(0).valueProperty().set(3.0));
        awaitMaxSlope();
        assertThat(afterDrag).isEqualTo(info().parametersProperty().get());
        assertThat(intervalsAfterDrag).isEqualTo(vm.saturationTextProperty().get());
    }

    @Test
    void geluMatchesTheReferenceThroughThePanel(FxRobot robot) {
        // when
        robot.interact(() -> vm.selectedTypeProperty().set(GELU));
        awaitMaxSlope();
        // then: mpmath, x* = sqrt(2), GELU'(x*) = 1.12890414518515478634
        MaxSlope m = info().maxSlopeProperty().get();
        assertThat(m.value()).isCloseTo(1.12890414518515478634, within(1e-12));
        assertThat(m.where()).hasSize(1);
        assertThat(m.where().get(0).lo()).isCloseTo(Math.sqrt(2), within(1e-5));
        assertThat(info().maxSlopeTextProperty().get()).isEqualTo("1.1289 at x = 1.4142");
    }

    @Test
    void aLanguageSwitchRelabelsTheAnswerWithoutSearchingAgain(FxRobot robot) {
        // given
        robot.interact(() -> vm.selectedTypeProperty().set(GELU));
        awaitMaxSlope();
        MaxSlope m = info().maxSlopeProperty().get();
        boolean[] pending = new boolean[1];
        // when
        robot.interact(() -> {
            vm.display().setLanguage(Locale.SIMPLIFIED_CHINESE);
            pending[0] = info().maxSlopePendingProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(pending[0]).isFalse();
        assertThat(info().maxSlopeProperty().get()).isSameAs(m);
        assertThat(info().maxSlopeTextProperty().get()).isEqualTo("在 x = 1.4142 处取 1.1289");
    }
}
