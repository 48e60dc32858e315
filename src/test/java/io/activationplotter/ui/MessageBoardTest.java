package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The board keeps (key, arguments), so a language switch re-translates; a fixed error stops being shown. */
class MessageBoardTest {

    private final Messages text = english();
    private final MessageBoard board = new MessageBoard(text);

    private static Messages english() {
        Messages m = Messages.load();
        m.setLocale(Locale.ENGLISH);
        return m;
    }

    @Test
    void aFixedErrorLeavesTheNotificationAndTheLine() {
        // given
        board.info(Message.of("copy.done", "10", "20"));
        board.error("range", Message.of("error.rangeOrder"));
        assertThat(board.notificationProperty().get().error()).isTrue();
        assertThat(board.messageProperty().get()).isEqualTo("x min must be less than x max.");

        // when
        board.clear("range");

        // then
        assertThat(board.notificationProperty().get()).isNull();
        assertThat(board.errorProperty().get()).isFalse();
        assertThat(board.messageProperty().get()).isEqualTo("Chart copied to the clipboard (10 × 20 px)");
        assertThat(board.logProperty()).hasSize(2);
    }

    @Test
    void fixingOneErrorShowsTheOtherStillOpen() {
        // given
        board.error("range", Message.of("error.rangeOrder"));
        board.error("param:alpha", Message.literal("alpha is wrong"));

        // when
        board.clear("param:alpha");

        // then
        assertThat(board.render(board.notificationProperty().get())).isEqualTo("x min must be less than x max.");
        assertThat(board.notificationProperty().get().source()).isEqualTo("range");
    }

    @Test
    void theSameErrorAgainIsLoggedOnce() {
        // when: a slider dragged through rejected values repeats the same error
        board.error("param:alpha", Message.of("error.parameterRange", "alpha", "0", "1", "0.5"));
        board.error("param:alpha", Message.of("error.parameterRange", "alpha", "0", "1", "0.5"));

        // then
        assertThat(board.logProperty()).hasSize(1);
    }

    @Test
    void aLanguageSwitchReTranslatesTheLineAndTheLog() {
        // given
        board.error("range", NumberText.rejection(Message.of("range.min"), "abc", -6, -1e6, 1e6));
        assertThat(board.messageProperty().get())
                .isEqualTo("x min: “abc” is not a number. Type a finite number such as -6.");

        // when
        text.setLocale(Locale.SIMPLIFIED_CHINESE);

        // then
        String chinese = "x 最小值：“abc”不是数字。请输入一个有限的数，例如 -6。";
        assertThat(board.messageProperty().get()).isEqualTo(chinese);
        assertThat(board.render(board.logProperty().get(0))).isEqualTo(chinese);
        assertThat(board.render(board.notificationProperty().get())).isEqualTo(chinese);
    }
}
