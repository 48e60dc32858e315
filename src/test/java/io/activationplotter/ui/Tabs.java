package io.activationplotter.ui;

import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Test helper: shows the real main view and switches its tabs by id. */
public final class Tabs {

    private Tabs() {
    }

    /**
     * Shows a new main view in the stage, 1280×800, with the app's keyboard shortcuts.
     *
     * @param stage  the stage.
     * @return the view.
     */
    public static MainView show(Stage stage) {
        Messages text = Messages.load(); // one set of strings for the plot and the window, as the app has
        MainView view = new MainView(new PlotViewModel(text), text);
        Scene scene = new Scene(view, 1280, 800);
        view.installAccelerators(scene);
        stage.setFullScreen(false);
        stage.setScene(scene);
        // the primary stage is shared by the test classes: one that sized it (presentation at 1920x1080)
        // must not leave it larger than this scene, or the scene grows after the test has measured it
        stage.sizeToScene();
        stage.show();
        return view;
    }

    /**
     * Selects a tab, for example "depth", and waits for the FX thread.
     *
     * @param robot  the robot.
     * @param name   the tab's name (its id without "-tab").
     */
    public static void select(FxRobot robot, String name) {
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        robot.interact(() -> {
            tabs.getTabs().stream().filter(t -> t.getId().equals(name + "-tab")).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            // a lazily built tab's controls sit in a scroll pane, whose content joins the scene graph only
            // when its skin is made: lay the scene out now, so a lookup right after finds them on a slow machine
            tabs.getScene().getRoot().applyCss();
            tabs.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
