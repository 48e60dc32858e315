package io.activationplotter.ui.window;

import io.activationplotter.model.ActivationType;
import io.activationplotter.settings.ClassroomState;
import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.network.NetworkViewModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import io.activationplotter.ui.table.EvalViewModel;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;

/**
 * Copies each classroom view-model's setup to a {@link ClassroomState} and back. Stored values go
 * through the same limits as the controls: an unknown function is dropped (the custom function is kept), and a number of layers,
 * temperature or z out of range is ignored and the tab's own value kept. A {@code null} field leaves
 * the model as it is.
 */
final class ClassroomSession {

    private static final String FUNCTION = "function";
    private static final String CHAIN = "chain";

    private ClassroomSession() {
    }

    // ---------------------------------------------------------------- depth

    static ClassroomState read(DepthViewModel m) {
        return new ClassroomState(m.layersProperty().get(), ids(m.getFunctions()), null, null, null, null, null, null);
    }

    static void apply(DepthViewModel m, ClassroomState s) {
        Integer n = s.depthLayers();
        if (n != null && n >= DepthViewModel.MIN_LAYERS && n <= DepthViewModel.MAX_LAYERS) {
            m.layersProperty().set(n);
        }
        if (s.depthFunctions() != null) {
            m.setFunctions(types(s.depthFunctions(), m.plot()));
        }
    }

    /** @return what to observe for changes (keep the list: the model's read-only list view is made per call). */
    static List<Observable> observed(DepthViewModel m) {
        return List.of(m.layersProperty(), m.getFunctions());
    }

    // ---------------------------------------------------------------- network (issue 11)

    static ClassroomState read(NetworkViewModel m) {
        return new ClassroomState(null, null, null, null, null, null, null, null, m.setup());
    }

    static void apply(NetworkViewModel m, ClassroomState s) {
        m.restoreSetup(s.networkSetup());
    }

    static List<Observable> observed(NetworkViewModel m) {
        return m.observedInputs();
    }

    // ---------------------------------------------------------------- chain

    static ClassroomState read(ChainViewModel m) {
        return new ClassroomState(null, null, ids(m.getStages()), null, null, null, null, null);
    }

    static void apply(ChainViewModel m, ClassroomState s) {
        if (s.chainStages() != null) {
            m.setStages(types(s.chainStages(), m.plot()));
        }
    }

    static List<Observable> observed(ChainViewModel m) {
        return List.of(m.getStages());
    }

    // ---------------------------------------------------------------- evaluate

    static ClassroomState read(EvalViewModel m) {
        String source = m.sourceProperty().get() == EvalViewModel.Source.CHAIN ? CHAIN : FUNCTION;
        return new ClassroomState(null, null, null, m.inputProperty().get(), source, null, null, null);
    }

    static void apply(EvalViewModel m, ClassroomState s) {
        if (s.evalInput() != null) {
            m.inputProperty().set(s.evalInput());
        }
        if (s.evalSource() != null) {
            m.sourceProperty().set(CHAIN.equals(s.evalSource()) ? EvalViewModel.Source.CHAIN
                    : EvalViewModel.Source.SELECTED);
        }
    }

    static List<Observable> observed(EvalViewModel m) {
        return List.of(m.inputProperty(), m.sourceProperty());
    }

    // ---------------------------------------------------------------- softmax

    static ClassroomState read(SoftmaxViewModel m) {
        return new ClassroomState(null, null, null, null, null, m.logitsTextProperty().get(),
                m.temperatureProperty().get(), m.zProperty().get());
    }

    static void apply(SoftmaxViewModel m, ClassroomState s) {
        if (s.softmaxLogits() != null) {
            m.logitsTextProperty().set(s.softmaxLogits());
        }
        Double t = s.softmaxTemperature();
        if (t != null && t >= SoftmaxViewModel.MIN_T && t <= SoftmaxViewModel.MAX_T) {
            m.temperatureProperty().set(t);
        }
        Double z = s.softmaxZ();
        if (z != null && Math.abs(z) <= SoftmaxViewModel.Z_LIMIT) {
            m.zProperty().set(z);
        }
    }

    static List<Observable> observed(SoftmaxViewModel m) {
        return List.of(m.logitsTextProperty(), m.temperatureProperty(), m.zProperty());
    }

    // ----------------------------------------------------------------

    private static List<String> ids(List<ActivationType> types) {
        return types.stream().map(ActivationType::id).toList();
    }

    /** @return the functions of the ids that exist now, the custom function included, in order. */
    private static List<ActivationType> types(List<String> ids, PlotViewModel plot) {
        return ids.stream().map(plot.custom()::find).flatMap(Optional::stream).toList();
    }
}
