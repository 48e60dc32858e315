package io.activationplotter.ui.window;

import io.activationplotter.ui.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The small strip that stands in for the toolbar while presenting, floating in the top right corner:
 * the controls and formula overlays (F9, F10) and leaving presentation (Esc, F11).
 */
public final class PresentationStrip {

    private PresentationStrip() {
    }

    /**
     * Creates the strip, shown only while presenting.
     *
     * @param display  the model ({@code null} not permitted).
     * @param text     the strings ({@code null} not permitted).
     * @return the strip, id {@code presentation-strip}.
     */
    public static HBox create(DisplayModel display, Messages text) {
        ToggleButton controls = toggle("controls-overlay-button", text.get("toolbar.controls") + " (F9)",
                text.get("presentation.controls.tooltip"));
        controls.selectedProperty().bindBidirectional(display.controlsOverlayProperty());
        ToggleButton info = toggle("info-overlay-button", text.get("toolbar.info") + " (F10)",
                text.get("presentation.info.tooltip"));
        info.selectedProperty().bindBidirectional(display.infoOverlayProperty());
        info.disableProperty().bind(display.infoAvailableProperty().not());
        Button leave = new Button(text.get("presentation.leave"));
        leave.setId("leave-presentation-button");
        leave.setTooltip(new Tooltip(text.get("presentation.leave.tooltip")));
        leave.setOnAction(e -> display.leavePresentation());
        HBox strip = new HBox(4, controls, info, leave);
        strip.setId("presentation-strip");
        strip.getStyleClass().add("presentation-strip");
        strip.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        strip.visibleProperty().bind(display.presentationProperty());
        return strip;
    }

    private static ToggleButton toggle(String id, String words, String tooltip) {
        ToggleButton b = new ToggleButton(words);
        b.setId(id);
        b.setTooltip(new Tooltip(tooltip));
        b.setFocusTraversable(false);
        return b;
    }
}
