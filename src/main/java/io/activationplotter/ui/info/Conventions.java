package io.activationplotter.ui.info;

import io.activationplotter.model.Aliases;
import io.activationplotter.model.Aliases.Alias;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What the info panel says about other frameworks: a function's aliases (Keras 3, JAX, Hugging Face
 * names) and, where PyTorch, Keras 3 and JAX name or define it differently, a short sourced note
 * (defaults, kink derivatives, approximations) in English or Chinese, from {@code conventions.properties}.
 */
public final class Conventions {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.activationplotter.ui.info.conventions";

    private final ResourceBundle bundle;

    /**
     * Loads the notes for a language.
     *
     * @param locale  the locale ({@code null} not permitted).
     */
    public Conventions(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Returns the framework notes of a function, one difference per line.
     *
     * @param id  the catalogue id ({@code null} not permitted).
     * @return the notes, or empty where the frameworks agree.
     */
    public String frameworks(String id) {
        try {
            return bundle.getString(id);
        } catch (MissingResourceException e) {
            return "";
        }
    }

    /**
     * Returns a function's other names with where each is used, for example
     * {@code hard_silu (jax.nn, keras.activations)}, one per line.
     *
     * @param id  the catalogue id ({@code null} not permitted).
     * @return the aliases, or empty if there are none.
     */
    public static String aliases(String id) {
        return Aliases.of(id).stream().map(Conventions::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Alias a) {
        return a.name() + "  (" + a.source() + ")";
    }
}
