package io.activationplotter.model;

import io.activationplotter.model.functions.Elu;
import io.activationplotter.model.functions.LeakyRelu;
import io.activationplotter.model.functions.Relu;
import io.activationplotter.model.functions.Sigmoid;
import io.activationplotter.model.functions.Tanh;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every activation the app knows, in the order the selector shows them. */
public final class Catalogue {

    private static final List<ActivationType> ALL = List.of(
            Sigmoid.TYPE, Tanh.TYPE, Relu.TYPE, LeakyRelu.TYPE, Elu.TYPE);

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
