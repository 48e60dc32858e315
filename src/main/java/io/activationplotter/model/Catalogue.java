package io.activationplotter.model;

import io.activationplotter.model.functions.BentIdentity;
import io.activationplotter.model.functions.Celu;
import io.activationplotter.model.functions.Elish;
import io.activationplotter.model.functions.Exponential;
import io.activationplotter.model.functions.Gaussian;
import io.activationplotter.model.functions.Isrlu;
import io.activationplotter.model.functions.Isru;
import io.activationplotter.model.functions.QuickGelu;
import io.activationplotter.model.functions.ReluSquared;
import io.activationplotter.model.functions.Smish;
import io.activationplotter.model.functions.Snake;
import io.activationplotter.model.functions.SparsePlus;
import io.activationplotter.model.functions.SparseSigmoid;
import io.activationplotter.model.functions.Squareplus;
import io.activationplotter.model.functions.TanhExp;
import io.activationplotter.model.functions.Xielu;
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
 * piecewise-linear "hard" versions, squashing and shrinkage functions, step-like units, identity),
 * then the entries from Keras, JAX and recent papers (issue 13). Other frameworks' names are
 * {@link Aliases}.
 */
public final class Catalogue {

    private static final List<ActivationType> ALL = List.of(
            Sigmoid.TYPE, Tanh.TYPE, Relu.TYPE, LeakyRelu.TYPE, Elu.TYPE,
            Softplus.TYPE, Silu.TYPE, Swish.TYPE, Gelu.TYPE, GeluTanh.TYPE,
            Mish.TYPE, Selu.TYPE, Celu.TYPE, Relu6.TYPE, Prelu.TYPE,
            Rrelu.TYPE, Hardtanh.TYPE, Hardsigmoid.TYPE, Hardswish.TYPE, Softsign.TYPE,
            Logsigmoid.TYPE, Tanhshrink.TYPE, Softshrink.TYPE, Hardshrink.TYPE, Threshold.TYPE,
            Step.TYPE, Identity.TYPE,
            ReluSquared.TYPE, QuickGelu.TYPE, Squareplus.TYPE, SparsePlus.TYPE, SparseSigmoid.TYPE,
            Isru.TYPE, Isrlu.TYPE, BentIdentity.TYPE, Gaussian.TYPE, Smish.TYPE, TanhExp.TYPE, Elish.TYPE,
            Snake.TYPE, Xielu.TYPE, Exponential.TYPE);

    private Catalogue() {
    }

    /** @return every entry, in display order. */
    public static List<ActivationType> all() {
        return ALL;
    }

    /**
     * Finds an entry by its CLI name or one of its {@link Aliases}, ignoring case and treating '-'
     * like '_'.
     *
     * @param name  the name, for example {@code leaky_relu}, {@code Leaky-ReLU} or {@code hard_silu}.
     * @return the entry, if there is one.
     */
    public static Optional<ActivationType> find(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        Optional<ActivationType> byId = ALL.stream().filter(t -> t.id().equals(key)).findFirst();
        return byId.isPresent() ? byId : Aliases.target(key).flatMap(Catalogue::find);
    }
}
