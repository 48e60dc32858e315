package io.activationplotter.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The user-visible strings of the desktop app, from {@code io/activationplotter/ui/messages.properties}. */
public final class Messages {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.activationplotter.ui.messages";

    private final ResourceBundle bundle;

    /**
     * Creates the messages for a bundle.
     *
     * @param bundle  the bundle ({@code null} not permitted).
     */
    public Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /**
     * Loads the bundle for the default locale.
     *
     * @return the messages.
     */
    public static Messages load() {
        return new Messages(ResourceBundle.getBundle(BUNDLE, Locale.getDefault()));
    }

    /**
     * Returns a message, with {@link MessageFormat} arguments filled in when there are any.
     *
     * @param key   the key ({@code null} not permitted).
     * @param args  the arguments (already formatted as text where numbers need care).
     * @return the text.
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
