package io.activationplotter.app;

import io.activationplotter.ui.MainView;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.PlotViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window titled "Activation Plotter" showing the {@link MainView}. */
public final class ActivationPlotterApp extends Application {

    /** The window's default size. */
    static final double WIDTH = 1280;
    /** The window's default size. */
    static final double HEIGHT = 800;

    /** Starts work that can overlap JavaFX's start-up (loading the formula fonts); call before launch. */
    public static void prepare() {
        io.activationplotter.ui.info.TexImages.warmUpInBackground();
    }

    @Override
    public void start(Stage stage) {
        Messages text = Messages.load();
        MainView view = new MainView(new PlotViewModel(text), text);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        view.installAccelerators(scene);
        stage.setTitle(text.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
    }
}
