package io.activationplotter.model;

import java.util.List;
import java.util.Optional;

/**
 * Other frameworks' names for catalogue entries (Keras 3, JAX, Hugging Face transformers), which
 * {@link Catalogue#find(String)} accepts like the ids. An alias is listed only where the framework's
 * function is the same function as ours with our defaults; where a name means something else in some
 * framework (tf.keras 2's hard_sigmoid, JAX's gelu), the alias says which definition it maps to.
 */
public final class Aliases {

    /**
     * One other name.
     *
     * @param name    the alias, lower case with '_' (for example {@code hard_silu}).
     * @param target  the catalogue id it stands for.
     * @param source  where the name is used, for example {@code jax.nn, keras.activations}.
     */
    public record Alias(String name, String target, String source) {
    }

    private static final List<Alias> ALL = List.of(
            new Alias("hard_silu", "hardswish", "jax.nn, keras.activations"),
            new Alias("hard_swish", "hardswish", "jax.nn, keras.activations"),
            new Alias("hard_sigmoid", "hardsigmoid", "jax.nn, Keras 3 (relu6(x + 3)/6; not tf.keras 2's)"),
            new Alias("log_sigmoid", "logsigmoid", "jax.nn, keras.activations"),
            new Alias("soft_sign", "softsign", "jax.nn"),
            new Alias("hard_tanh", "hardtanh", "jax.nn, keras.activations"),
            new Alias("hard_shrink", "hardshrink", "keras.activations"),
            new Alias("soft_shrink", "softshrink", "keras.activations"),
            new Alias("tanh_shrink", "tanhshrink", "keras.activations"),
            new Alias("linear", "identity", "keras.activations"),
            new Alias("heaviside", "step", "torch.heaviside"),
            new Alias("squared_relu", "relu_squared", "Primer (So et al. 2021)"),
            new Alias("relu2", "relu_squared", "Hugging Face transformers"),
            new Alias("gelu_new", "gelu_tanh", "Hugging Face transformers"),
            new Alias("gelu_pytorch_tanh", "gelu_tanh", "Hugging Face transformers"),
            new Alias("quickgelu", "quick_gelu", "open_clip QuickGELU"));

    private Aliases() {
    }

    /** @return every alias, in a fixed order. */
    public static List<Alias> all() {
        return ALL;
    }

    /**
     * Returns the aliases of a catalogue entry.
     *
     * @param id  the catalogue id ({@code null} not permitted).
     * @return its aliases (empty if none).
     */
    public static List<Alias> of(String id) {
        return ALL.stream().filter(a -> a.target().equals(id)).toList();
    }

    /**
     * Returns the catalogue id an alias stands for.
     *
     * @param key  the name, already lower case with '_' ({@code null} not permitted).
     * @return the id, if the name is an alias.
     */
    public static Optional<String> target(String key) {
        return ALL.stream().filter(a -> a.name().equals(key)).map(Alias::target).findFirst();
    }
}
