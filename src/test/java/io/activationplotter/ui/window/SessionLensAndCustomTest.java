package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.expr.CustomDefinition;
import io.activationplotter.model.precision.FloatFormat;
import io.activationplotter.settings.PrecisionState;
import io.activationplotter.settings.SessionState;
import io.activationplotter.ui.plot.PlotViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session keeps the precision lens and a custom function in the Depth and Chain lists. */
class SessionLensAndCustomTest {

    private final PlotViewModel plot = new PlotViewModel();
    private final ClassroomModels models = new ClassroomModels(plot, plot.text());
    private final SessionBinder binder = new SessionBinder(plot, models);

    @Test
    void theLensComesBackAfterARestart() {
        // given
        plot.precision().formatProperty().set(FloatFormat.FLOAT16);
        plot.precision().naiveProperty().set(true);
        // when
        SessionState saved = binder.snapshot(null);
        PlotViewModel next = new PlotViewModel();
        new SessionBinder(next, new ClassroomModels(next, next.text())).restore(saved);
        // then
        assertThat(saved.precision()).isEqualTo(new PrecisionState("float16", true, false));
        assertThat(next.precision().formatProperty().get()).isEqualTo(FloatFormat.FLOAT16);
        assertThat(next.precision().naiveProperty().get()).isTrue();
        assertThat(next.precision().approximationsProperty().get()).isFalse();
    }

    @Test
    void resetTurnsTheLensOffAndUndoBringsItBack() {
        // given
        plot.precision().formatProperty().set(FloatFormat.BFLOAT16);
        plot.precision().approximationsProperty().set(true);
        // when
        binder.resetToDefaults();
        // then
        assertThat(plot.precision().formatProperty().get()).isEqualTo(FloatFormat.FLOAT64);
        assertThat(plot.precision().approximationsProperty().get()).isFalse();
        // when
        binder.undoReset();
        // then
        assertThat(plot.precision().formatProperty().get()).isEqualTo(FloatFormat.BFLOAT16);
        assertThat(plot.precision().approximationsProperty().get()).isTrue();
    }

    @Test
    void aCustomFunctionInTheDepthAndChainListsIsKept() {
        // given: a custom function, selected, then taken into the depth and chain tabs
        assertThat(plot.custom().apply("x * sigmoid(a * x)", "a = 1.5 in [0, 5]")).isTrue();
        plot.custom().select();
        models.depth().useFunctionsFromPlot();
        models.chain().setStages(List.of(plot.custom().type(), Catalogue.find("tanh").orElseThrow()));
        // when
        SessionState saved = binder.snapshot(null);
        PlotViewModel next = new PlotViewModel();
        ClassroomModels nextModels = new ClassroomModels(next, next.text());
        new SessionBinder(next, nextModels).restore(saved);
        // then
        assertThat(saved.classroom().depthFunctions()).contains(CustomDefinition.ID);
        List<ActivationType> depth = nextModels.depth().getFunctions();
        assertThat(depth).extracting(ActivationType::id).contains(CustomDefinition.ID);
        assertThat(depth.get(0).createDefault().value(2.0))
                .isEqualTo(2.0 / (1 + Math.exp(-1.5 * 2.0)), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(nextModels.chain().getStages()).extracting(ActivationType::id)
                .containsExactly(CustomDefinition.ID, "tanh");
    }
}
