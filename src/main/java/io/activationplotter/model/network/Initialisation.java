package io.activationplotter.model.network;

import java.util.Locale;
import java.util.Optional;

/** How the weights of a layer are drawn: all from a zero-mean normal distribution, with three choices of σ. */
public enum Initialisation {
    /** σ given directly. */
    NORMAL,
    /** Xavier/Glorot normal: σ = gain·√(2/(fan_in + fan_out)). */
    XAVIER_NORMAL,
    /** Kaiming/He normal: σ = √(2/fan_in). */
    KAIMING_NORMAL;

    /**
     * Returns the standard deviation of the weights.
     *
     * @param fanIn   the number of inputs of the layer.
     * @param fanOut  the number of outputs of the layer.
     * @param std     σ for {@link #NORMAL} (ignored by the others).
     * @param gain    the gain for {@link #XAVIER_NORMAL} (ignored by the others).
     * @return σ.
     */
    public double sigma(int fanIn, int fanOut, double std, double gain) {
        return switch (this) {
            case NORMAL -> std;
            case XAVIER_NORMAL -> gain * Math.sqrt(2.0 / (fanIn + fanOut));
            case KAIMING_NORMAL -> Math.sqrt(2.0 / fanIn);
        };
    }

    /** @return the CLI name: {@code normal}, {@code xavier_normal} or {@code kaiming_normal}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks up an initialisation by its CLI name.
     *
     * @param label  the name, case ignored ({@code null} permitted: none).
     * @return the initialisation, if the name is one.
     */
    public static Optional<Initialisation> of(String label) {
        for (Initialisation i : values()) {
            if (i.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
