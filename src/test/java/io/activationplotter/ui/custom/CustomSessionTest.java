package io.activationplotter.ui.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.expr.CustomDefinition;
import io.activationplotter.settings.SessionState;
import io.activationplotter.settings.SettingsStore;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.SessionBinder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The custom function is saved with the session (through the settings file) and restored. */
class CustomSessionTest {

    @TempDir
    Path dir;

    @Test
    void formulaParametersAndSliderValuesComeBack() throws Exception {
        // given: a custom function with two parameters, one moved on its slider, shown on the plot
        PlotViewModel before = new PlotViewModel();
        assertThat(before.custom().apply("x * sigmoid(b*x) + c", "b = 2 in [0, 4]\nc = 0 in [-1, 1]")).isTrue();
        before.custom().select();
        assertThat(before.parametersProperty().get(0).commitText("3.25")).isTrue();
        Path file = dir.resolve("settings.properties");
        // when: saved to a file, read back and restored into a fresh view-model
        new SettingsStore(file).save(new SessionBinder(before).snapshot(null));
        SettingsStore store = new SettingsStore(file);
        SessionState state = store.load();
        PlotViewModel after = new PlotViewModel();
        new SessionBinder(after).restore(state);
        // then
        assertThat(store.warnings()).isEmpty();
        assertThat(Files.readString(file)).contains("selected=custom").contains("custom.formula=x * sigmoid(b*x) + c");
        assertThat(after.selectedTypeProperty().get().id()).isEqualTo(CustomDefinition.ID);
        assertThat(after.custom().definitionProperty().get().formula()).isEqualTo("x * sigmoid(b*x) + c");
        assertThat(after.custom().parametersTextProperty().get()).isEqualTo("b = 2 in [0, 4]\nc = 0 in [-1, 1]");
        assertThat(after.parametersProperty()).hasSize(2);
        assertThat(after.parametersProperty().get(0).valueProperty().get()).isEqualTo(3.25);
        double y = after.specProperty().get().selectedCurve().function().value(1);
        assertThat(y).isEqualTo(1 / (1 + Math.exp(-3.25)));
    }

    @Test
    void aBadSavedFormulaFallsBackToTheDefaultAndSaysSo() throws Exception {
        // given: a file edited by hand with a formula that does not parse
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "selected=custom\ncustom.formula=x * (1 +\ncustom.params=a = 1\n");
        // when
        SessionState state = new SettingsStore(file).load();
        PlotViewModel vm = new PlotViewModel();
        SessionBinder binder = new SessionBinder(vm);
        binder.restore(state);
        binder.reportLoadWarnings(java.util.List.of());
        // then: the default custom function, and the message names the entry
        assertThat(vm.selectedTypeProperty().get().id()).isEqualTo(CustomDefinition.ID);
        assertThat(vm.custom().definitionProperty().get().formula()).isEqualTo(CustomViewModel.DEFAULT_FORMULA);
        assertThat(vm.messageProperty().get()).contains("ignored custom.formula")
                .contains("at column 9");
    }

    @Test
    void resetToDefaultsBringsBackTheDefaultFormulaAndUndoTheTypedOne() {
        PlotViewModel vm = new PlotViewModel();
        SessionBinder binder = new SessionBinder(vm);
        vm.custom().apply("sin(x)", "");
        vm.custom().select();
        binder.resetToDefaults();
        assertThat(vm.custom().definitionProperty().get().formula()).isEqualTo(CustomViewModel.DEFAULT_FORMULA);
        assertThat(vm.selectedTypeProperty().get().id()).isEqualTo("sigmoid");
        binder.undoReset();
        assertThat(vm.custom().definitionProperty().get().formula()).isEqualTo("sin(x)");
        assertThat(vm.selectedTypeProperty().get().id()).isEqualTo(CustomDefinition.ID);
    }
}
