package io.activationplotter.model.network.train;

import java.util.Locale;
import java.util.Optional;

/** The output layer: one sigmoid unit, or a softmax over two units; either with cross-entropy loss. */
public enum OutputKind {

    /** One logit z, p = σ(z), loss softplus(z) − y·z (binary cross-entropy without overflow). */
    SIGMOID(1),
    /** Two logits, p = softmax(z), loss logsumexp(z) − z_y. */
    SOFTMAX(2);

    private final int units;

    OutputKind(int units) {
        this.units = units;
    }

    /** @return the number of output units. */
    public int units() {
        return units;
    }

    /** @return the command-line name, for example {@code softmax}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds an output kind by name, ignoring case.
     *
     * @param name  the name ({@code null} not permitted).
     * @return the kind, if there is one.
     */
    public static Optional<OutputKind> find(String name) {
        for (OutputKind k : values()) {
            if (k.id().equalsIgnoreCase(name.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
