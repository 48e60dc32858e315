package io.activationplotter.app;

import io.activationplotter.settings.SessionState;
import io.activationplotter.settings.SettingsStore;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.info.TexImages;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.FirstFrame;
import io.activationplotter.ui.window.MainView;
import io.activationplotter.ui.window.SessionAutoSave;
import io.activationplotter.ui.window.SessionBinder;
import io.activationplotter.ui.window.WindowBounds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: one window titled "Activation Plotter" showing the {@link MainView}. The
 * session (function, parameters, range, theme, export folder, window, language, side panes, tab and the
 * classroom tabs' setup) is restored from the settings file on start (read on another thread, at most
 * two seconds), saved half a second after each change, and saved when the window closes; if that last
 * save fails with a change unwritten, the window stays open once to show why. What the first frame
 * does not need (the window icons, the formula fonts) comes after it ({@link FirstFrame}).
 */
public final class ActivationPlotterApp extends Application {

    /** The window's default size. */
    static final double WIDTH = 1280;
    /** The window's default size. */
    static final double HEIGHT = 800;
    /** The system property naming another settings file (used by tests). */
    public static final String SETTINGS_PROPERTY = "activationplotter.settings";
    /**
     * The window icon sizes, from {@code /io/activationplotter/icons/icon-N.png}. The 512 px icon (a
     * million pixels to decode at every start) is left to the icon theme files the .deb installs.
     */
    static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private SettingsStore store;
    private SessionBinder session;
    private SessionAutoSave autoSave;
    private Stage stage;
    private double[] savedWindow;
    private boolean closeWarned;

    /**
     * Puts off what the first frame does not need: the formula fonts are loaded once the window's first
     * frame is drawn, and the formula panel waits for them instead of loading them itself (issue 16).
     * Starts the chart fonts' initialisation on a background thread, beside JavaFX's start-up, and
     * drops JavaFX's class-path note ({@link StartupWork}). Call before launch.
     */
    public static void prepare() {
        TexImages.deferWarmUp();
        StartupWork.start();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Messages text = Messages.load();
        PlotViewModel vm = new PlotViewModel(text);
        store = new SettingsStore(settingsFile());
        SessionState saved = store.load(SettingsStore.DEFAULT_TIMEOUT); // off this thread: nothing hangs start-up
        MainView view = new MainView(vm, text, saved);
        session = view.getSession();
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        view.installAccelerators(scene);
        stage.setTitle(text.get("app.title"));
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        stage.setScene(scene);
        savedWindow = saved.window();
        placeWindow(stage, savedWindow);
        autoSave = new SessionAutoSave(store, session, this::windowBounds, SessionAutoSave.DEFAULT_DELAY);
        for (javafx.beans.value.ObservableValue<?> bound : java.util.List.of(stage.xProperty(), stage.yProperty(),
                stage.widthProperty(), stage.heightProperty())) {
            bound.addListener((obs, old, now) -> autoSave.changed());
        }
        stage.setOnCloseRequest(e -> {
            if (!closeWarned && !autoSave.saveBeforeExit()) {
                closeWarned = true; // the failure is on screen; closing again quits
                e.consume();
            }
        });
        stage.setOnHidden(e -> save());
        // issue 16: the icons (seven PNGs to decode) and the formula fonts wait until the first frame is drawn
        FirstFrame.after(scene, () -> {
            TexImages.warmUpInBackground();
            addIcons(stage);
        });
        stage.show();
        session.reportLoadWarnings(store.warnings());
    }

    /** @return the settings file: the system property's path if set, else the user's config folder. */
    static Path settingsFile() {
        String override = System.getProperty(SETTINGS_PROPERTY);
        return override == null || override.isBlank() ? SettingsStore.defaultFile() : Path.of(override);
    }

    /** Saves the session now; a failure is shown in the message line and otherwise ignored. */
    void save() {
        autoSave.saveNow();
    }

    /** @return the window's bounds, or the restored ones while it is full screen, maximised or iconified. */
    private double[] windowBounds() {
        if (stage.isFullScreen() || stage.isMaximized() || stage.isIconified() || Double.isNaN(stage.getX())) {
            return savedWindow;
        }
        return new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
    }

    /**
     * Moves and sizes the window as saved, fitted to the screen its title bar is on (or the primary
     * screen, if that one is no longer connected): a window saved on a larger monitor comes back whole.
     * Without saved bounds the default size is used, made smaller on a screen too small for it.
     */
    static void placeWindow(Stage stage, double[] bounds) {
        if (bounds == null) {
            Rectangle2D primary = Screen.getPrimary().getVisualBounds();
            if (primary.getWidth() >= WIDTH && primary.getHeight() >= HEIGHT) {
                return; // the default size fits: the platform centres it
            }
            bounds = new double[] {primary.getMinX(), primary.getMinY(), WIDTH, HEIGHT};
        }
        Screen screen = Screen.getScreensForRectangle(bounds[0], bounds[1], Math.min(bounds[2], 200), 40).stream()
                .findFirst().orElse(Screen.getPrimary());
        double[] fitted = WindowBounds.fit(bounds, screen.getVisualBounds());
        stage.setX(fitted[0]);
        stage.setY(fitted[1]);
        stage.setWidth(fitted[2]);
        stage.setHeight(fitted[3]);
    }

    private static void addIcons(Stage stage) {
        java.util.List<Image> icons = new java.util.ArrayList<>();
        for (int n : ICON_SIZES) {
            try (InputStream in = ActivationPlotterApp.class.getResourceAsStream(
                    "/io/activationplotter/icons/icon-" + n + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (IOException e) {
                // an icon that cannot be read is left out; the window still opens
            }
        }
        stage.getIcons().setAll(icons);
    }
}
