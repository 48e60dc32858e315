package io.activationplotter.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.ChartLook;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class StartupWorkTest {

    @Test
    void onlyTheClasspathNoteIsDropped() {
        // given: JavaFX logs through System.Logger "javafx" (com.sun.javafx.logging.PlatformLogger)
        List<String> seen = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger javafx = Logger.getLogger("javafx");
        javafx.addHandler(capture);
        javafx.setUseParentHandlers(false); // the messages are for the capture only, not the console
        try {
            StartupWork.dropClasspathNote();

            // when
            System.Logger logger = System.getLogger("javafx");
            logger.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from"
                    + " 'unnamed module @4f638935'");
            logger.log(System.Logger.Level.WARNING, "Could not parse stylesheet user.css");
            System.getLogger("javafx.css").log(System.Logger.Level.WARNING, "CSS error parsing user.css: expected ';'");

            // then
            assertThat(seen).containsExactly("Could not parse stylesheet user.css",
                    "CSS error parsing user.css: expected ';'");
        } finally {
            javafx.removeHandler(capture);
            javafx.setUseParentHandlers(true);
        }
    }

    @Test
    void theFontsWarmUpOnAnyThreadAndChangeNoChoice() throws InterruptedException {
        String before = ChartLook.familyFor("Sigmoid");
        Thread t = new Thread(ChartLook::warmUpFonts);
        t.start();
        t.join();
        assertThat(ChartLook.familyFor("Sigmoid")).isEqualTo(before);
    }
}
