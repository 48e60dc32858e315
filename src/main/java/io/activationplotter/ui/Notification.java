package io.activationplotter.ui;

import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The toast over the chart ({@code #notification}): shows the {@link MessageBoard}'s notification
 * at the bottom of the area it covers. A status message fades after {@link #SHOWN}; an error stays
 * while it is true and goes as soon as it is fixed. A click dismisses it. Re-translated on a
 * language switch.
 */
public final class Notification extends Label {

    /** How long a status message stays before it fades. */
    public static final Duration SHOWN = Duration.seconds(4);

    private static final Duration FADE = Duration.millis(600);

    private final MessageBoard board;
    private final SequentialTransition hide;

    /**
     * Creates the toast.
     *
     * @param board  the messages ({@code null} not permitted).
     */
    public Notification(MessageBoard board) {
        this.board = board;
        setId("notification");
        getStyleClass().add("notification");
        setWrapText(true);
        setMaxWidth(560);
        setMouseTransparent(false);
        setVisible(false);
        FadeTransition fade = new FadeTransition(FADE, this);
        fade.setToValue(0);
        hide = new SequentialTransition(new PauseTransition(SHOWN), fade);
        hide.setOnFinished(e -> setVisible(false));
        setOnMouseClicked(e -> {
            hide.stop();
            setVisible(false);
        });
        ViewListeners.onChange(this, board.notificationProperty(), (obs, old, now) -> show(now));
        ViewListeners.onChange(this, board.languageProperty(), (obs, old, now) -> {
            if (board.notificationProperty().get() != null) {
                setText(board.render(board.notificationProperty().get()));
            }
        });
    }

    /**
     * Lays a toast over a node, at the bottom centre.
     *
     * @param content  the node, the chart for example ({@code null} not permitted).
     * @param board    the messages ({@code null} not permitted).
     * @return a stack of the node and the toast.
     */
    public static StackPane over(Node content, MessageBoard board) {
        Notification toast = new Notification(board);
        StackPane stack = new StackPane(content, toast);
        StackPane.setAlignment(toast, Pos.BOTTOM_CENTER);
        StackPane.setMargin(toast, new Insets(0, 24, 56, 24));
        stack.setId("chart-area");
        return stack;
    }

    /** @return the pause-then-fade that hides a status message; running while one is shown. */
    public Animation hideAnimation() {
        return hide;
    }

    private void show(MessageBoard.Entry entry) {
        hide.stop();
        if (entry == null) {
            setVisible(false);
            return;
        }
        setText(board.render(entry));
        getStyleClass().remove(Fields.ERROR);
        if (entry.error()) {
            getStyleClass().add(Fields.ERROR);
        }
        setOpacity(1);
        setVisible(true);
        if (!entry.error()) {
            hide.playFromStart();
        }
    }
}
