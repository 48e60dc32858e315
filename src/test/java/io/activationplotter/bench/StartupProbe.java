package io.activationplotter.bench;

import io.activationplotter.app.ActivationPlotterApp;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Child process of {@link StartupBench}: starts the real application and prints {@code SHOWN} once
 * its window has been shown and the first pulse has laid it out and handed its frame (the chart
 * drawn) to the renderer, then one {@code STATS} line, then exits.
 * <p>
 * {@code STATS classes=N fxCpuMs=X processCpuMs=Y} gives the classes loaded, the JavaFX thread's CPU
 * time and the whole process's CPU time at that moment. They are read on another thread while the
 * JavaFX thread waits, so the JavaFX thread's figure does not include the counting; the class count
 * includes the few classes of {@code java.lang.management} that the counting itself loads.
 * <p>
 * It ends with {@code Runtime.halt}, so no shutdown work is timed; with {@code -Dbench.probe.exit=true}
 * it exits normally instead, so that a flight recording of the start is written (for profiles).
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * Starts the app.
     *
     * @param args  ignored.
     */
    public static void main(String[] args) {
        ActivationPlotterApp.prepare();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> afterFirstPulse(stage.getScene()));
            try {
                new ActivationPlotterApp().start(stage);
            } catch (Exception ex) {
                ex.printStackTrace();
                Runtime.getRuntime().halt(1);
            }
        });
    }

    /** Reports once the scene's first pulse has run its layout (the frame then goes to the renderer). */
    private static void afterFirstPulse(Scene scene) {
        boolean[] reported = new boolean[1];
        scene.addPostLayoutPulseListener(() -> {
            if (!reported[0]) {
                reported[0] = true;
                Platform.runLater(StartupProbe::report);
            }
        });
        Platform.requestNextPulse();
    }

    /** Prints SHOWN and the STATS line (on the JavaFX thread, which then waits), and exits. */
    private static void report() {
        System.out.println("SHOWN");
        System.out.flush();
        long fx = Thread.currentThread().getId();
        Thread counter = new Thread(() -> {
            try {
                printStats(fx);
            } catch (LinkageError e) { // the app image's runtime has no java.management: times only
                System.out.println("STATS classes=NaN fxCpuMs=NaN processCpuMs=NaN");
                System.out.flush();
            }
        }, "startup-probe-stats");
        counter.start();
        try {
            counter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Boolean.getBoolean("bench.probe.exit")) {
            System.exit(0); // runs the shutdown hooks, so a flight recording (-XX:StartFlightRecording) is written
        }
        Runtime.getRuntime().halt(0);
    }

    private static void printStats(long fx) {
        long fxCpu = ManagementFactory.getThreadMXBean().getThreadCpuTime(fx);
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long processCpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
        System.out.printf(java.util.Locale.ROOT, "STATS classes=%d fxCpuMs=%.1f processCpuMs=%.1f%n",
                classes, fxCpu / 1e6, processCpu / 1e6);
        System.out.flush();
    }
}
