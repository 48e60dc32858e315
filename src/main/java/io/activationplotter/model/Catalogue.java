package io.activationplotter.model;

import io.activationplotter.model.functions.Celu;
import io.activationplotter.model.functions.Elu;
import io.activationplotter.model.functions.Gelu;
import io.activationplotter.model.functions.GeluTanh;
import io.activationplotter.model.functions.Hardshrink;
import io.activationplotter.model.functions.Hardsigmoid;
import io.activationplotter.model.functions.Hardswish;
import io.activationplotter.model.functions.Hardtanh;
import io.activationplotter.model.functions.Identity;
import io.activationplotter.model.functions.LeakyRelu;
import io.activationplotter.model.functions.Logsigmoid;
import io.activationplotter.model.functions.Mish;
import io.activationplotter.model.functions.Prelu;
import io.activationplotter.model.functions.Relu;
import io.activationplotter.model.functions.Relu6;
import io.activationplotter.model.functions.Rrelu;
import io.activationplotter.model.functions.Selu;
import io.activationplotter.model.functions.Sigmoid;
import io.activationplotter.model.functions.Silu;
import io.activationplotter.model.functions.Softplus;
import io.activationplotter.model.functions.Softshrink;
import io.activationplotter.model.functions.Softsign;
import io.activationplotter.model.functions.Step;
import io.activationplotter.model.functions.Swish;
import io.activationplotter.model.functions.Tanh;
import io.activationplotter.model.functions.Tanhshrink;
import io.activationplotter.model.functions.Threshold;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every activation the app knows, in the order the selector shows them: the classic core first
 * (sigmoid … GELU), then families together (smooth gated units, the ELU family, ReLU variants,
 * piecewise-linear "hard" versions, squashing and shrinkage functions, step-like units, identity).
 */
public final class Catalogue {

    private static final List<ActivationType> ALL = List.of(
            Sigmoid.TYPE, Tanh.TYPE, Relu.TYPE, LeakyRelu.TYPE, Elu.TYPE,
            Softplus.TYPE, Silu.TYPE, Swish.TYPE, Gelu.TYPE, GeluTanh.TYPE,
            Mish.TYPE, Selu.TYPE, Celu.TYPE, Relu6.TYPE, Prelu.TYPE,
            Rrelu.TYPE, Hardtanh.TYPE, Hardsigmoid.TYPE, Hardswish.TYPE, Softsign.TYPE,
            Logsigmoid.TYPE, Tanhshrink.TYPE, Softshrink.TYPE, Hardshrink.TYPE, Threshold.TYPE,
            Step.TYPE, Identity.TYPE);

    private Catalogue() {
    }

    /** @return every entry, in display order. */
    public static List<ActivationType> all() {
        return ALL;
    }

    /**
     * Finds an entry by its CLI name, ignoring case and treating '-' like '_'.
     *
     * @param name  the name, for example {@code leaky_relu} or {@code Leaky-ReLU}.
     * @return the entry, if there is one.
     */
    public static Optional<ActivationType> find(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return ALL.stream().filter(t -> t.id().equals(key)).findFirst();
    }
}
