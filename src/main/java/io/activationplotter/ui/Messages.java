package io.activationplotter.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The user-visible strings of the desktop app, from {@code io/activationplotter/ui/messages.properties}. */
public final class Messages {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.activationplotter.ui.messages";

    /** The languages the app is translated into: English and Simplified Chinese. */
    public static final java.util.List<Locale> LANGUAGES = java.util.List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private ResourceBundle bundle;
    private final ReadOnlyObjectWrapper<Locale> locale = new ReadOnlyObjectWrapper<>(this, "locale");

    /**
     * Creates the messages for a bundle.
     *
     * @param bundle  the bundle ({@code null} not permitted).
     */
    public Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.locale.set(supported(bundle.getLocale()));
    }

    /**
     * Returns the supported language closest to a locale: Chinese for any {@code zh} locale, else English.
     *
     * @param l  the locale ({@code null} not permitted).
     * @return one of {@link #LANGUAGES}.
     */
    public static Locale supported(Locale l) {
        return "zh".equals(l.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** @return the language in use, one of {@link #LANGUAGES}; listeners relabel the views. */
    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale.getReadOnlyProperty();
    }

    /**
     * Switches the language; every later {@link #get(String, Object...)} uses it, and
     * {@link #localeProperty()} tells views to relabel.
     *
     * @param l  the locale ({@code null} not permitted).
     */
    public void setLocale(Locale l) {
        Locale target = supported(l);
        bundle = ResourceBundle.getBundle(BUNDLE, target, ROOT_FALLBACK);
        locale.set(target);
    }

    /** English lives in the base bundle: never fall back to the JVM's default locale. */
    private static final ResourceBundle.Control ROOT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Loads the bundle for the default locale.
     *
     * @return the messages.
     */
    public static Messages load() {
        return new Messages(ResourceBundle.getBundle(BUNDLE, supported(Locale.getDefault()), ROOT_FALLBACK));
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
