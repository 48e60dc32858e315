package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.settings.SessionState;
import io.activationplotter.ui.plot.PlotViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshot and restore of the view-model's session, without a window. */
class SessionBinderTest {

    private static final ActivationType ELU = Catalogue.find("elu").orElseThrow();
    private static final ActivationType TANH = Catalogue.find("tanh").orElseThrow();
    private static final ActivationType HARDTANH = Catalogue.find("hardtanh").orElseThrow();
    private static final ActivationType SIGMOID = Catalogue.find("sigmoid").orElseThrow();

    @TempDir
    Path dir;

    private PlotViewModel changed() {
        PlotViewModel vm = new PlotViewModel();
        vm.selectedTypeProperty().set(ELU);
        vm.parametersProperty().get(0).commitText("2.5");
        vm.setCompared(TANH, true);
        vm.range().apply("-3", "4.5");
        vm.logThresholdProperty().set(Math.log10(0.01));
        vm.showDerivativesProperty().set(false);
        vm.display().darkProperty().set(true);
        vm.exportSettings().folderProperty().set(dir.toString());
        return vm;
    }

    @Test
    void aSnapshotRestoredIntoAFreshViewModelGivesTheSameState() {
        PlotViewModel before = changed();
        SessionState state = new SessionBinder(before).snapshot(new double[] {10, 20, 1000, 700});
        PlotViewModel after = new PlotViewModel();
        new SessionBinder(after).restore(state);

        assertThat(after.selectedTypeProperty().get()).isEqualTo(ELU);
        assertThat(after.parameterValues(ELU)).containsEntry("alpha", 2.5);
        assertThat(after.parametersProperty().get(0).valueProperty().get()).isEqualTo(2.5);
        assertThat(after.comparedProperty()).containsExactly(TANH);
        assertThat(after.range().viewMin()).isEqualTo(-3);
        assertThat(after.range().viewMax()).isEqualTo(4.5);
        assertThat(after.range().minTextProperty().get()).isEqualTo("-3");
        assertThat(after.threshold()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(after.showDerivativesProperty().get()).isFalse();
        assertThat(after.display().darkProperty().get()).isTrue();
        assertThat(after.exportSettings().folder()).contains(dir);
        assertThat(after.specProperty().get().xMax()).isEqualTo(4.5);
        assertThat(new SessionBinder(after).snapshot(state.window())).usingRecursiveComparison().isEqualTo(state);
    }

    @Test
    void badStoredValuesAreIgnoredLikeBadTypedInput() {
        SessionState bad = new SessionState("no_such_function", List.of("tanh", "nonsense"),
                Map.of("elu", Map.of("alpha", -1.0e9), "hardtanh", Map.of("min_val", 5.0, "max_val", 1.0)),
                7, 3, 5.0, true, "neon", "/no/such/folder", null);
        PlotViewModel vm = new PlotViewModel();
        new SessionBinder(vm).restore(bad);

        assertThat(vm.selectedTypeProperty().get()).isEqualTo(Catalogue.all().get(0));
        assertThat(vm.comparedProperty()).containsExactly(TANH);
        assertThat(vm.parameterValues(ELU)).isEqualTo(ELU.defaults());
        assertThat(vm.parameterValues(HARDTANH)).isEqualTo(HARDTANH.defaults());
        assertThat(vm.range().viewMin()).isEqualTo(PlotViewModel.DEFAULT_X_MIN);
        assertThat(vm.range().viewMax()).isEqualTo(PlotViewModel.DEFAULT_X_MAX);
        assertThat(vm.threshold()).isCloseTo(PlotViewModel.DEFAULT_THRESHOLD, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(vm.display().darkProperty().get()).isFalse();
        assertThat(vm.exportSettings().folder()).isEmpty();
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
    }

    @Test
    void resetToDefaultsReturnsEverythingButTheExportFolder() {
        PlotViewModel vm = changed();
        vm.selectedTypeProperty().set(HARDTANH);
        vm.parametersProperty().get(0).commitText("-2");
        new SessionBinder(vm).resetToDefaults();

        assertThat(vm.selectedTypeProperty().get()).isEqualTo(SIGMOID);
        assertThat(vm.comparedProperty()).isEmpty();
        for (ActivationType t : Catalogue.all()) {
            assertThat(vm.parameterValues(t)).as(t.id()).isEqualTo(t.defaults());
        }
        assertThat(vm.range().viewMin()).isEqualTo(-6);
        assertThat(vm.range().viewMax()).isEqualTo(6);
        assertThat(vm.threshold()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(vm.showDerivativesProperty().get()).isTrue();
        assertThat(vm.display().darkProperty().get()).isFalse();
        assertThat(vm.exportSettings().folder()).contains(dir);
    }

    @Test
    void loadWarningsAppearInTheStatusLine() {
        PlotViewModel vm = new PlotViewModel();
        new SessionBinder(vm).reportLoadWarnings(List.of("ignored xMin='abc' (not a finite number)"));
        assertThat(vm.messageProperty().get()).contains("xMin='abc'");
    }
}
