package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A saved window that does not fit the screen it comes back on is fitted to it. */
class WindowBoundsTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);

    @Test
    void aWindowSavedOnALargerMonitorIsShrunkToTheScreen() {
        // given: saved on a 2560x1440 monitor, 2400x1300 at (80, 60)
        double[] fitted = WindowBounds.fit(new double[] {80, 60, 2400, 1300}, LAPTOP);
        // then: the whole screen, no more
        assertThat(fitted).containsExactly(0, 0, 1366, 768);
    }

    @Test
    void aWindowHangingOffTheScreenIsMovedOntoIt() {
        double[] fitted = WindowBounds.fit(new double[] {1000, 500, 1024, 700}, LAPTOP);
        assertThat(fitted).containsExactly(342, 68, 1024, 700);
    }

    @Test
    void aWindowThatFitsIsLeftAloneAndATinyOneGrowsToTheMinimum() {
        assertThat(WindowBounds.fit(new double[] {10, 20, 1024, 700}, LAPTOP)).containsExactly(10, 20, 1024, 700);
        assertThat(WindowBounds.fit(new double[] {10, 20, 300, 200}, LAPTOP))
                .containsExactly(10, 20, WindowBounds.MIN_WIDTH, WindowBounds.MIN_HEIGHT);
    }

    @Test
    void aScreenOnTheLeftOfThePrimaryKeepsItsNegativeOrigin() {
        Rectangle2D left = new Rectangle2D(-1280, 0, 1280, 1024);
        assertThat(WindowBounds.fit(new double[] {-1500, -40, 1920, 1080}, left)).containsExactly(-1280, 0, 1280, 1024);
    }
}
