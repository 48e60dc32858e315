package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import io.activationplotter.settings.ClassroomState;
import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import io.activationplotter.ui.table.EvalViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classroom tabs' saved setup: held until a model is made, then applied through the controls' limits. */
class SessionClassroomTest {

    private final PlotViewModel plot = new PlotViewModel();
    private final ClassroomModels models = new ClassroomModels(plot, plot.text());

    @Test
    void restoringCreatesNoModelAndTheFirstCallAppliesTheSavedSetup() {
        // when
        models.restore(new ClassroomState(7, List.of("gelu"), List.of("tanh"), "9", "chain", "1, 2", 0.5, 2.0));
        // then
        assertThat(models.hasDepth()).isFalse();
        assertThat(models.snapshot().depthLayers()).isEqualTo(7);
        assertThat(models.depth().layersProperty().get()).isEqualTo(7);
        assertThat(models.depth().getFunctions()).containsExactly(Catalogue.find("gelu").orElseThrow());
        assertThat(models.eval().sourceProperty().get()).isEqualTo(EvalViewModel.Source.CHAIN);
        assertThat(models.eval().rowsProperty().get(0).value())
                .isEqualTo(Math.tanh(9)); // evaluate made the chain, with its saved stage
        assertThat(models.softmax().temperatureProperty().get()).isEqualTo(0.5);
        assertThat(models.softmax().zProperty().get()).isEqualTo(2.0);
    }

    @Test
    void valuesOutsideTheControlsLimitsAndUnknownFunctionsAreIgnored() {
        // when
        models.restore(new ClassroomState(DepthViewModel.MAX_LAYERS + 1, List.of("nonsense", "elu", "elu"), List.of("nope"),
                null, null, null, SoftmaxViewModel.MAX_T * 10, -SoftmaxViewModel.Z_LIMIT * 2));
        // then
        assertThat(models.depth().layersProperty().get()).isEqualTo(10);
        assertThat(models.depth().getFunctions()).containsExactly(Catalogue.find("elu").orElseThrow());
        assertThat(models.chain().getStages()).isEmpty();
        assertThat(models.softmax().temperatureProperty().get()).isEqualTo(1);
        assertThat(models.softmax().zProperty().get()).isEqualTo(1);
    }

    @Test
    void aSnapshotTakesTheModelsMadeAndTheHeldValuesOfTheOthers() {
        // given
        models.restore(new ClassroomState(12, null, null, null, null, "4, 4", null, null));
        // when
        models.softmax().logitsTextProperty().set("1, 1, 1");
        ClassroomState s = models.snapshot();
        // then
        assertThat(s.softmaxLogits()).isEqualTo("1, 1, 1");
        assertThat(s.softmaxTemperature()).isEqualTo(1);
        assertThat(s.depthLayers()).isEqualTo(12);
        assertThat(s.chainStages()).isNull();
        assertThat(models.hasDepth()).isFalse();
    }

    @Test
    void aSavedTabIsTakenOnlyIfItIsOneOfTheTabs() {
        // when
        models.restoreTab("no_such_tab");
        // then
        assertThat(models.selectedTab()).isEqualTo(ClassroomModels.DEFAULT_TAB);
        // when
        models.restoreTab("softmax");
        // then
        assertThat(models.selectedTab()).isEqualTo("softmax");
    }
}
