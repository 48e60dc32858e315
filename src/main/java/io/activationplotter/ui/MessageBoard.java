package io.activationplotter.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one message line: open errors by source (a field, the export), newest shown first; when every
 * error is fixed, the last status message returns.
 */
public final class MessageBoard {

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private String status = "";

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reports an error from a source, replacing that source's previous one. */
    public void error(String source, String text) {
        errors.remove(source);
        errors.put(source, text);
        show();
    }

    /** Marks a source's error as fixed. */
    public void clear(String source) {
        if (errors.remove(source) != null) {
            show();
        }
    }

    /** Marks every source starting with a prefix as fixed. */
    public void clearAll(String prefix) {
        if (errors.keySet().removeIf(k -> k.startsWith(prefix))) {
            show();
        }
    }

    /** Shows a status message (behind any open error). */
    public void info(String text) {
        status = text;
        show();
    }

    private void show() {
        String last = null;
        for (String e : errors.values()) {
            last = e;
        }
        error.set(last != null);
        message.set(last != null ? last : status);
    }
}
