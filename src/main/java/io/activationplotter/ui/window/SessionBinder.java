package io.activationplotter.ui.window;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.expr.CustomDefinition;
import io.activationplotter.model.precision.FloatFormat;
import io.activationplotter.settings.PrecisionState;
import io.activationplotter.settings.SessionState;
import io.activationplotter.settings.ViewState;
import io.activationplotter.ui.Message;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.plot.RangeRules;
import io.activationplotter.ui.precision.PrecisionViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Copies the app's state (the plot, its precision lens, the display, the language, the tab selected and the
 * classroom tabs' setup) to a {@link SessionState} and back. Stored values go through the same checks as typed
 * input: an unknown function, a parameter out of range or a bad range is ignored and its default kept.
 * A reset to defaults can be undone once.
 */
public final class SessionBinder {

    /** The most load warnings put in the message line; the rest are counted. */
    static final int MAX_WARNINGS_SHOWN = 6;

    private final PlotViewModel vm;
    private final ClassroomModels classroom;
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(this, "undoAvailable");
    private SessionState beforeReset;
    private final List<String> restoreWarnings = new ArrayList<>();

    /**
     * Creates a binder for the plot alone (its classroom tabs are never shown).
     *
     * @param vm  the view-model ({@code null} not permitted).
     */
    public SessionBinder(PlotViewModel vm) {
        this(vm, new ClassroomModels(vm, vm.text()));
    }

    /**
     * Creates a binder.
     *
     * @param vm         the plot's view-model ({@code null} not permitted).
     * @param classroom  the classroom tabs' view-models ({@code null} not permitted).
     */
    public SessionBinder(PlotViewModel vm, ClassroomModels classroom) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.classroom = Objects.requireNonNull(classroom, "classroom");
    }

    /** @return whether {@link #undoReset()} has a state to bring back. */
    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return undoAvailable.getReadOnlyProperty();
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
        DisplayModel display = vm.display();
        // presentation hides the controls for a while; the choice to come back to is to show them
        boolean controls = display.controlsShownProperty().get() || display.presentationProperty().get();
        ViewState view = new ViewState(vm.text().localeProperty().get().toLanguageTag(), controls,
                display.infoShownProperty().get(), classroom.selectedTab());
        return new SessionState(vm.selectedTypeProperty().get().id(), compared, parameters,
                vm.range().viewMin(), vm.range().viewMax(), vm.threshold(), vm.showDerivativesProperty().get(),
                display.darkProperty().get() ? "dark" : "light", folder, window, view, classroom.snapshot(),
                vm.custom().snapshot(), precision());
    }

    /**
     * Restores a state: the language and tab (selected when the tabs are next built), then everything
     * {@link #restoreSetup(SessionState)} restores. The window bounds are left to the caller.
     *
     * @param state  the state ({@code null} not permitted).
     */
    public void restore(SessionState state) {
        String language = state.view().language();
        if (language != null && !language.isBlank()) {
            Locale target = Messages.supported(Locale.forLanguageTag(language));
            if (!target.equals(vm.text().localeProperty().get())) {
                vm.text().setLocale(target);
            }
        }
        classroom.restoreTab(state.view().tab());
        restoreWarnings.clear();
        restoreWarnings.addAll(restoreSetup(state));
        if (System.getProperty("activationplotter.dtype") != null) { // asked for on the command line: it wins
            PrecisionViewModel lens = vm.precision();
            lens.formatProperty().set(FloatFormat.parse(System.getProperty("activationplotter.dtype"))
                    .orElse(FloatFormat.FLOAT64));
            lens.naiveProperty().set(Boolean.getBoolean("activationplotter.naive"));
            lens.approximationsProperty().set(Boolean.getBoolean("activationplotter.approximations"));
        }
    }

    /** @return the precision lens as it is now. */
    private PrecisionState precision() {
        PrecisionViewModel lens = vm.precision();
        return new PrecisionState(lens.formatProperty().get().label(), lens.naiveProperty().get(),
                lens.approximationsProperty().get());
    }

    /** Restores the fields of the lens that were saved; the others stay as they are. */
    private void restorePrecision(PrecisionState state) {
        PrecisionViewModel lens = vm.precision();
        if (state.format() != null) {
            FloatFormat.parse(state.format()).ifPresent(lens.formatProperty()::set);
        }
        if (state.naive() != null) {
            lens.naiveProperty().set(state.naive());
        }
        if (state.approximations() != null) {
            lens.approximationsProperty().set(state.approximations());
        }
    }

    /**
     * Restores what a reset to defaults changes: the plot, the theme, the side panes, the export folder and
     * the classroom tabs' setup.
     *
     * @param state  the state ({@code null} not permitted).
     * @return what was ignored, as warnings naming the entry (empty when all was restored).
     */
    private List<String> restoreSetup(SessionState state) {
        List<String> ignored = new ArrayList<>();
        for (ActivationType t : Catalogue.all()) {
            vm.restoreParameters(t, checked(t, state.parameters().getOrDefault(t.id(), Map.of())));
        }
        for (ActivationType t : Catalogue.all()) {
            vm.setCompared(t, state.compared().contains(t.id()));
        }
        vm.custom().restore(state.custom(), ignored);
        ActivationType sel = CustomDefinition.ID.equals(state.selected()) ? vm.custom().type()
                : Catalogue.find(state.selected()).orElse(Catalogue.all().get(0));
        vm.selectedTypeProperty().set(sel);
        vm.forgetAllParameters(List.of()); // shows the restored values on the sliders
        String rangeError = RangeRules.check(state.xMin(), state.xMax(), vm.text());
        if (rangeError == null) {
            vm.range().apply(Double.toString(state.xMin()), Double.toString(state.xMax()));
        } else {
            ignored.add("ignored xMin=" + state.xMin() + ", xMax=" + state.xMax() + " (" + rangeError + ")");
        }
        double log = Math.log10(state.threshold());
        if (log >= PlotViewModel.MIN_LOG_THRESHOLD && log <= PlotViewModel.MAX_LOG_THRESHOLD) {
            vm.logThresholdProperty().set(log);
        } else {
            ignored.add("ignored threshold=" + state.threshold() + " (not from "
                    + NumberText.format(Math.pow(10, PlotViewModel.MIN_LOG_THRESHOLD)) + " to "
                    + NumberText.format(Math.pow(10, PlotViewModel.MAX_LOG_THRESHOLD)) + ")");
        }
        vm.showDerivativesProperty().set(state.showDerivatives());
        DisplayModel display = vm.display();
        display.darkProperty().set("dark".equals(state.theme()));
        if (!display.presentationProperty().get()) {
            display.controlsShownProperty().set(state.view().controlsShown());
        }
        display.infoShownProperty().set(state.view().infoShown());
        vm.exportSettings().folderProperty().set(state.exportFolder());
        restorePrecision(state.precision());
        classroom.restore(state.classroom());
        return ignored;
    }

    /**
     * Returns every function to PyTorch's defaults and the view to the first-start state: sigmoid, no
     * comparison, x from -6 to 6, threshold 0.05, derivatives shown, light theme, both side panes shown,
     * and every classroom tab as first shown. The export folder, the language and the tab selected are
     * kept. The state before can be brought back once with {@link #undoReset()}.
     */
    public void resetToDefaults() {
        SessionState before = snapshot(null);
        String folder = vm.exportSettings().folderProperty().get();
        restoreSetup(SessionState.DEFAULTS);
        classroom.resetToDefaults(); // the tabs' own first-start setup (DEFAULTS holds none)
        vm.exportSettings().folderProperty().set(folder);
        beforeReset = before;
        undoAvailable.set(true);
        vm.status(vm.text().get("session.resetDone"));
    }

    /**
     * Brings back the state from before the last {@link #resetToDefaults()}, once.
     *
     * @return {@code true} if there was a reset to undo.
     */
    public boolean undoReset() {
        if (beforeReset == null) {
            return false;
        }
        SessionState state = beforeReset;
        beforeReset = null;
        undoAvailable.set(false);
        restoreSetup(state);
        vm.status(vm.text().get("session.resetUndone"));
        return true;
    }

    /**
     * Calls a listener whenever anything saved in the session changes (one listener; a second call
     * replaces the classroom tabs' one). The binder and the listener should live as long as the view-model.
     *
     * @param listener  the listener ({@code null} not permitted).
     */
    public void watch(Runnable listener) {
        InvalidationListener changed = revalidating(listener);
        DisplayModel display = vm.display();
        List<Observable> all = List.of(vm.specProperty(), vm.selectedTypeProperty(), vm.comparedProperty(),
                vm.logThresholdProperty(), vm.showDerivativesProperty(), vm.exportSettings().folderProperty(),
                display.darkProperty(), display.controlsShownProperty(), display.infoShownProperty(),
                vm.text().localeProperty(), vm.custom().definitionProperty(), vm.precision().formatProperty(),
                vm.precision().naiveProperty(), vm.precision().approximationsProperty());
        all.forEach(o -> o.addListener(changed));
        classroom.watch(listener);
    }

    /**
     * Returns an invalidation listener that reads the value it was told of, so that the next change
     * is reported too (a value nobody reads stays invalid and reports only its first change).
     *
     * @param listener  what to call ({@code null} not permitted).
     * @return the listener.
     */
    static InvalidationListener revalidating(Runnable listener) {
        return obs -> {
            if (obs instanceof ObservableValue<?> value) {
                value.getValue();
            }
            listener.run();
        };
    }

    /**
     * Shows the settings store's warnings (if any) in the status line.
     *
     * @param warnings  what the store ignored ({@code null} not permitted).
     */
    public void reportLoadWarnings(List<String> warnings) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(restoreWarnings);
        if (all.isEmpty()) {
            return;
        }
        String shown = String.join("; ", all.subList(0, Math.min(all.size(), MAX_WARNINGS_SHOWN)));
        if (all.size() > MAX_WARNINGS_SHOWN) {
            shown += "; \u2026 (" + (all.size() - MAX_WARNINGS_SHOWN) + " more)";
        }
        vm.status(Message.of("settings.warning", shown));
    }

    /**
     * Shows that the settings could not be saved, as an error that stays until {@link #clearSaveFailure()}.
     *
     * @param file  the settings file ({@code null} not permitted).
     * @param why   the reason ({@code null} not permitted).
     */
    public void reportSaveFailure(Path file, String why) {
        vm.messages().error("settings", Message.of("settings.saveFailed", file, why));
    }

    /** Marks the settings as saved again: the error of {@link #reportSaveFailure} goes. */
    public void clearSaveFailure() {
        vm.messages().clear("settings");
    }

    /**
     * Shows that the settings could not be saved as the window was closing: closing again quits without them.
     *
     * @param file  the settings file ({@code null} not permitted).
     * @param why   the reason ({@code null} not permitted).
     */
    public void reportExitSaveFailure(Path file, String why) {
        vm.messages().error("settings", Message.of("settings.exitSaveFailed", file, why));
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
