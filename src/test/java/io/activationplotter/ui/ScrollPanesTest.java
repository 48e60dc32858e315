package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScrollPanesTest {

    private ScrollPane plain;
    private ScrollPane uncached;

    @Start
    void start(Stage stage) {
        plain = new ScrollPane(new VBox(new Slider()));
        uncached = new ScrollPane(new VBox(new Slider()));
        ScrollPanes.uncacheViewport(uncached); // before its skin exists, as the panels call it
        stage.setScene(new Scene(new VBox(plain, uncached), 300, 300));
        stage.show();
    }

    @Test
    void theViewportIsNotCachedAsAnImage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node plainViewport = plain.lookup(".viewport");
        Node viewport = uncached.lookup(".viewport");
        assertThat(plainViewport.isCache()).as("JavaFX's skin caches its viewport").isTrue();
        assertThat(viewport.isCache()).isFalse();

        // a new skin (a theme or style sheet change can make one) is uncached too
        robot.interact(() -> uncached.setSkin(new javafx.scene.control.skin.ScrollPaneSkin(uncached)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncached.lookup(".viewport").isCache()).isFalse();
    }
}
