package io.activationplotter.ui.window;

import io.activationplotter.ui.Messages;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** The toolbar controls for a classroom: language, presentation mode, dark theme, and the side-pane toggles. */
public final class DisplayControls {

    private DisplayControls() {
    }

    /**
     * Creates the controls, bound to the model.
     *
     * @param display  the model ({@code null} not permitted).
     * @param text     the strings ({@code null} not permitted).
     * @return the nodes, in toolbar order.
     */
    public static List<Node> create(DisplayModel display, Messages text) {
        ToggleButton controls = toggle("controls-toggle", "toolbar.controls", text);
        controls.selectedProperty().bindBidirectional(display.controlsShownProperty());
        ToggleButton info = toggle("info-toggle", "toolbar.info", text);
        info.selectedProperty().bindBidirectional(display.infoShownProperty());
        ToggleButton presentation = toggle("presentation-toggle", "toolbar.presentation", text);
        presentation.selectedProperty().bindBidirectional(display.presentationProperty());
        ToggleButton dark = toggle("dark-toggle", "toolbar.dark", text);
        dark.selectedProperty().bindBidirectional(display.darkProperty());
        return List.of(new Separator(), controls, info, presentation, dark, languageSelector(display, text));
    }

    private static ToggleButton toggle(String id, String key, Messages text) {
        ToggleButton b = new ToggleButton(text.get(key));
        b.setId(id);
        b.setTooltip(new Tooltip(text.get(key + ".tooltip")));
        return b;
    }

    /** Language names are shown in their own language, so anyone can find theirs. */
    private static ComboBox<Locale> languageSelector(DisplayModel display, Messages text) {
        ComboBox<Locale> box = new ComboBox<>();
        box.setId("language-selector");
        box.getItems().setAll(Messages.LANGUAGES);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : l.getDisplayLanguage(l);
            }

            @Override
            public Locale fromString(String s) {
                return Messages.LANGUAGES.stream().filter(l -> l.getDisplayLanguage(l).equals(s)).findFirst()
                        .orElse(null);
            }
        });
        box.setValue(text.localeProperty().get());
        box.setTooltip(new Tooltip(text.get("toolbar.language.tooltip")));
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(text.localeProperty().get())) {
                // relabelling rebuilds this toolbar: switch after the combo box has finished its event
                javafx.application.Platform.runLater(() -> display.setLanguage(now));
            }
        });
        return box;
    }
}
