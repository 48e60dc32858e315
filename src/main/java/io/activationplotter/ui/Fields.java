package io.activationplotter.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;

/** Small helpers shared by the views. */
public final class Fields {

    /** The style class of a rejected input (red border, see app.css). */
    public static final String ERROR = "error";

    private Fields() {
    }

    /** Keeps the {@code error} style class of a node in step with a flag, for as long as the node lives. */
    public static void showErrors(Node node, ObservableBooleanValue error) {
        update(node, error.get());
        ViewListeners.onChange(node, error, (obs, old, now) -> update(node, now));
    }

    /**
     * Runs an action when the user presses Enter in a field, or leaves it after editing (leaving a
     * field unchanged does nothing, so a zoomed view is not reset by a stray click). Escape in a
     * rejected field brings back the last good value.
     */
    public static void onCommit(TextField field, ObservableStringValue shown, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && field.getStyleClass().contains(ERROR)) {
                field.setText(shown.get());
                commit.run();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && (!field.getText().equals(shown.get()) || field.getStyleClass().contains(ERROR))) {
                commit.run();
            }
        });
    }

    /**
     * Keeps a label at least as wide as its widest word, so that wrapping happens only at spaces and
     * an identifier such as {@code negative_slope} is never split ("negative_s / lope"). Words are
     * separated by white space (thin and hair spaces included, where JavaFX may wrap too); a
     * no-break space (U+00A0) keeps its neighbours together.
     *
     * @param label  the label ({@code null} not permitted).
     */
    public static void keepWords(Labeled label) {
        InvalidationListener fit = obs -> label.setMinWidth(widestWord(label) + label.snappedLeftInset()
                + label.snappedRightInset() + 1);
        label.textProperty().addListener(fit);
        label.fontProperty().addListener(fit);
        fit.invalidated(null);
    }

    /**
     * Returns the width of a label's widest word in its font.
     *
     * @param label  the label ({@code null} not permitted).
     * @return the width in pixels (0 for no text).
     */
    public static double widestWord(Labeled label) {
        String s = label.getText();
        if (s == null || s.isBlank()) {
            return 0;
        }
        Text probe = new Text();
        probe.setFont(label.getFont());
        double widest = 0;
        for (String word : s.split("[ \\t\\n\\r\\u2009\\u200a\\u200b]+")) {
            probe.setText(word);
            widest = Math.max(widest, Math.ceil(probe.getLayoutBounds().getWidth()));
        }
        return widest;
    }

    private static void update(Node node, boolean error) {
        if (error && !node.getStyleClass().contains(ERROR)) {
            node.getStyleClass().add(ERROR);
        } else if (!error) {
            node.getStyleClass().remove(ERROR);
        }
    }
}
