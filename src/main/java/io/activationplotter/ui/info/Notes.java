package io.activationplotter.ui.info;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The per-function teaching notes (summary, "use it when", "watch out for") in English and Chinese. */
public final class Notes {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.activationplotter.ui.info.notes";

    private final ResourceBundle bundle;

    /**
     * Loads the notes for a language.
     *
     * @param locale  the locale ({@code null} not permitted).
     */
    public Notes(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param id  the catalogue id.
     * @return the one-line summary.
     */
    public String summary(String id) {
        return get(id + ".summary");
    }

    /**
     * @param id  the catalogue id.
     * @return when to use the function.
     */
    public String use(String id) {
        return get(id + ".use");
    }

    /**
     * @param id  the catalogue id.
     * @return what to watch out for.
     */
    public String watch(String id) {
        return get(id + ".watch");
    }

    private String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
