package io.activationplotter.ui.window;

import io.activationplotter.ui.Messages;
import javafx.scene.Parent;

/**
 * Marks a root node with the style class of the current language ({@code lang-zh} for Chinese), so
 * app.css can pick a font with CJK glyphs; JavaFX's default font has none here and no fallback.
 */
public final class LanguageStyle {

    /** The style class of Chinese text. */
    public static final String CHINESE = "lang-zh";

    private LanguageStyle() {
    }

    /**
     * Adds or removes the language style class on a root (dialogs, windows).
     *
     * @param root  the root ({@code null} not permitted); it should have app.css.
     * @param text  the strings ({@code null} not permitted).
     */
    public static void apply(Parent root, Messages text) {
        root.getStyleClass().remove(CHINESE);
        if ("zh".equals(text.localeProperty().get().getLanguage())) {
            root.getStyleClass().add(CHINESE);
        }
    }
}
