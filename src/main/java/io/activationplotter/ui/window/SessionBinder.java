package io.activationplotter.ui.window;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.settings.SessionState;
import io.activationplotter.ui.Message;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.plot.RangeRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Copies the view-model's state to a {@link SessionState} and back. Stored values go through the same
 * checks as typed input: an unknown function, a parameter out of range or a bad range is ignored and
 * its default kept.
 */
public final class SessionBinder {

    private final PlotViewModel vm;

    /**
     * Creates a binder.
     *
     * @param vm  the view-model ({@code null} not permitted).
     */
    public SessionBinder(PlotViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    /**
     * Returns the state to save.
     *
     * @param window  the window bounds x, y, width, height ({@code null} permitted).
     * @return the state.
     */
    public SessionState snapshot(double[] window) {
        List<String> compared = new ArrayList<>();
        vm.comparedProperty().forEach(t -> compared.add(t.id()));
        Map<String, Map<String, Double>> parameters = new LinkedHashMap<>();
        for (ActivationType t : Catalogue.all()) {
            Map<String, Double> values = vm.parameterValues(t);
            if (!values.equals(t.defaults())) {
                parameters.put(t.id(), values);
            }
        }
        String folder = vm.exportSettings().folder().map(Path::toString).orElse("");
        return new SessionState(vm.selectedTypeProperty().get().id(), compared, parameters,
                vm.range().viewMin(), vm.range().viewMax(), vm.threshold(), vm.showDerivativesProperty().get(),
                vm.display().darkProperty().get() ? "dark" : "light", folder, window);
    }

    /**
     * Restores a state; the window bounds are left to the caller.
     *
     * @param state  the state ({@code null} not permitted).
     */
    public void restore(SessionState state) {
        for (ActivationType t : Catalogue.all()) {
            vm.restoreParameters(t, checked(t, state.parameters().getOrDefault(t.id(), Map.of())));
        }
        for (ActivationType t : Catalogue.all()) {
            vm.setCompared(t, state.compared().contains(t.id()));
        }
        ActivationType sel = Catalogue.find(state.selected()).orElse(Catalogue.all().get(0));
        vm.selectedTypeProperty().set(sel);
        vm.forgetAllParameters(List.of()); // shows the restored values on the sliders
        if (RangeRules.check(state.xMin(), state.xMax(), vm.text()) == null) {
            vm.range().apply(Double.toString(state.xMin()), Double.toString(state.xMax()));
        }
        double log = Math.log10(state.threshold());
        if (log >= PlotViewModel.MIN_LOG_THRESHOLD && log <= PlotViewModel.MAX_LOG_THRESHOLD) {
            vm.logThresholdProperty().set(log);
        }
        vm.showDerivativesProperty().set(state.showDerivatives());
        vm.display().darkProperty().set("dark".equals(state.theme()));
        vm.exportSettings().folderProperty().set(state.exportFolder());
    }

    /**
     * Returns every function to PyTorch's defaults and the view to the first-start state: sigmoid, no
     * comparison, x from -6 to 6, threshold 0.05, derivatives shown, light theme. The export folder is kept.
     */
    public void resetToDefaults() {
        String folder = vm.exportSettings().folderProperty().get();
        restore(SessionState.DEFAULTS);
        vm.exportSettings().folderProperty().set(folder);
    }

    /**
     * Shows the settings store's warnings (if any) in the status line.
     *
     * @param warnings  what the store ignored ({@code null} not permitted).
     */
    public void reportLoadWarnings(List<String> warnings) {
        if (!warnings.isEmpty()) {
            vm.status(Message.of("settings.warning", String.join("; ", warnings)));
        }
    }

    /**
     * Shows that the settings could not be saved.
     *
     * @param file  the settings file ({@code null} not permitted).
     * @param why   the reason ({@code null} not permitted).
     */
    public void reportSaveFailure(Path file, String why) {
        vm.status(Message.of("settings.saveFailed", file, why));
    }

    /** @return the stored values in range, or none at all if together they break the function's rules. */
    private static Map<String, Double> checked(ActivationType type, Map<String, Double> stored) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterSpec p : type.parameters()) {
            Double v = stored.get(p.name());
            if (v != null && p.validate(v) == null) {
                values.put(p.name(), v);
            }
        }
        Map<String, Double> all = new LinkedHashMap<>(type.defaults());
        all.putAll(values);
        return type.validate(all) == null ? values : Map.of();
    }
}
