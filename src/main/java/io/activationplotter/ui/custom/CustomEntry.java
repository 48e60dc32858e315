package io.activationplotter.ui.custom;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.expr.CustomDefinition;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.ViewListeners;
import javafx.scene.control.ComboBox;

/** The "Custom…" entry at the end of the function selector, kept on the custom function last accepted. */
public final class CustomEntry {

    private CustomEntry() {
    }

    /**
     * Appends the entry and follows the accepted definition (the pane listens weakly).
     *
     * @param box     the selector ({@code null} not permitted).
     * @param custom  the custom function's model ({@code null} not permitted).
     */
    public static void addTo(ComboBox<ActivationType> box, CustomViewModel custom) {
        box.getItems().add(custom.type());
        ViewListeners.onChange(box, custom.definitionProperty(), (obs, old, now) -> {
            int i = box.getItems().indexOf(old.type());
            if (i >= 0) {
                box.getItems().set(i, now.type());
            }
        });
    }

    /**
     * Returns the selector's words for an entry: "Custom…" for the custom function.
     *
     * @param type  the entry ({@code null} permitted).
     * @param text  the strings ({@code null} not permitted).
     * @return the words.
     */
    public static String label(ActivationType type, Messages text) {
        if (type == null) {
            return "";
        }
        return CustomDefinition.isCustom(type) ? text.get("custom.entry") : type.displayName();
    }
}
