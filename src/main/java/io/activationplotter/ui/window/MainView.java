package io.activationplotter.ui.window;

import io.activationplotter.ui.Fields;
import io.activationplotter.ui.MessageLog;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.Notification;
import io.activationplotter.ui.export.ExportDialog;
import io.activationplotter.ui.export.ExportViewModel;
import io.activationplotter.ui.info.InfoPanel;
import io.activationplotter.ui.plot.ChartCopy;
import io.activationplotter.ui.plot.ChartPane;
import io.activationplotter.ui.plot.ControlsPane;
import io.activationplotter.ui.plot.PlotViewModel;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * The main window's content: a toolbar, the controls on the left, the chart in the centre and a
 * status line with the crosshair readout and messages.
 */
public final class MainView extends BorderPane {

    /** The style sheet. */
    public static final String CSS = "/io/activationplotter/ui/app.css";

    private final PlotViewModel vm;
    private final Messages text;
    private final ChartPane chartPane;
    private final Node plotArea;
    private final ClassroomModels classroom;

    /**
     * Builds the view.
     *
     * @param vm    the view-model ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public MainView(PlotViewModel vm, Messages text) {
        this.vm = vm;
        this.text = text;
        this.chartPane = new ChartPane(vm);
        this.plotArea = plotArea(chartPane);
        this.classroom = new ClassroomModels(vm, text);
        setId("main-view");
        getStyleClass().add("main-view");
        getStylesheets().add(MainView.class.getResource(CSS).toExternalForm());
        setCenter(plotArea);
        build();
        DisplayModel display = vm.display();
        text.localeProperty().addListener((obs, old, now) -> {
            classroom.relabel();
            build();
            restyle();
        });
        display.scaleProperty().addListener((obs, old, now) -> restyle());
        display.darkProperty().addListener((obs, old, now) -> restyle());
        display.presentationProperty().addListener((obs, old, now) -> restyle());
        restyle();
    }

    /**
     * Builds (or, after a language switch, rebuilds) everything but the chart; the state is in the
     * view-models, the classroom tabs' included, which outlive the views.
     */
    private void build() {
        setTop(toolbar());
        setLeft(controls());
        setRight(info());
        setCenter(ClassroomTabs.wrap(plotArea, classroom, text));
        setBottom(statusLine());
    }

    /** Font scale, dark theme and presentation's high contrast, as style classes on the root. */
    private void restyle() {
        DisplayModel display = vm.display();
        setStyle("-fx-font-size: " + 13 * display.scaleProperty().get() + "px;");
        toggleClass("dark", display.darkProperty().get());
        toggleClass("presentation", display.presentationProperty().get());
        toggleClass("lang-zh", "zh".equals(text.localeProperty().get().getLanguage()));
    }

    private void toggleClass(String styleClass, boolean on) {
        getStyleClass().remove(styleClass);
        if (on) {
            getStyleClass().add(styleClass);
        }
    }

    private ScrollPane info() {
        ScrollPane scroll = new ScrollPane(new InfoPanel(vm.info(), vm.display(), text));
        scroll.setId("info-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.prefViewportWidthProperty().bind(vm.display().scaleProperty().multiply(330));
        scroll.visibleProperty().bind(vm.display().infoShownProperty());
        scroll.managedProperty().bind(scroll.visibleProperty());
        return scroll;
    }

    /** @return the view-model. */
    public PlotViewModel getViewModel() {
        return vm;
    }

    /** @return the chart pane. */
    public ChartPane getChartPane() {
        return chartPane;
    }

    /**
     * Installs the keyboard shortcuts: Ctrl+S exports, Ctrl+0 resets the view.
     *
     * @param scene  the scene showing this view ({@code null} not permitted).
     */
    public void installAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                this::showExportDialog);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> vm.range().reset());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN),
                () -> vm.range().reset());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> vm.display().togglePresentation());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), () -> {
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl field) {
                field.copy(); // Ctrl+C in a text field keeps copying its text
            } else {
                copyChart();
            }
        });
        FullScreen.follow(scene, vm.display(), text);
    }

    /** Opens the export dialog for the current figure. */
    public void showExportDialog() {
        Window owner = getScene() == null ? null : getScene().getWindow();
        Path folder = vm.exportSettings().folder().orElse(Path.of(System.getProperty("user.home")));
        vm.exportSettings().suggestFile(folder.resolve(vm.selectedTypeProperty().get().id() + ".png"));
        new ExportDialog(vm, text, owner).showAndExport();
    }

    /**
     * Copies the chart to the clipboard as an image twice the on-screen size.
     *
     * @return the image copied, or {@code null} if it could not be made (the status line says why).
     */
    public javafx.scene.image.Image copyChart() {
        double w = chartPane.getWidth() > 0 ? chartPane.getWidth() : ExportViewModel.DEFAULT_WIDTH / 2.0;
        double h = chartPane.getHeight() > 0 ? chartPane.getHeight() : ExportViewModel.DEFAULT_HEIGHT / 2.0;
        return ChartCopy.copy(vm, w, h);
    }

    /** Returns everything to a first start's state (sigmoid, PyTorch defaults, -6..6, light theme). */
    public void resetToDefaults() {
        new SessionBinder(vm).resetToDefaults();
    }

    /** A toolbar button: its words and tooltip from the bundle ({@code key}, {@code key.tooltip}). */
    private Button button(String key, String id, Runnable action) {
        Button b = new Button(text.get(key));
        b.setId(id);
        b.setTooltip(new Tooltip(text.get(key + ".tooltip")));
        b.setOnAction(e -> action.run());
        return b;
    }

    private ToolBar toolbar() {
        Button export = button("toolbar.export", "export-button", this::showExportDialog);
        Button reset = button("toolbar.reset", "reset-view-button", () -> vm.range().reset());
        Button copy = button("toolbar.copy", "copy-button", this::copyChart);
        Button defaults = button("toolbar.resetDefaults", "reset-defaults-button", this::resetToDefaults);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(text.get("toolbar.hint"));
        hint.getStyleClass().add("hint");
        ToolBar bar = new ToolBar(menu(), export, copy, reset, defaults);
        bar.getItems().addAll(DisplayControls.create(vm.display(), text));
        bar.getItems().addAll(spacer, hint);
        return bar;
    }

    /** @return the "⋯" menu: every command with its keyboard shortcut shown. */
    private javafx.scene.control.MenuButton menu() {
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton("\u22ef");
        menu.setId("main-menu");
        menu.setTooltip(new Tooltip(text.get("menu.tooltip")));
        menu.getItems().addAll(
                item("menu-export", text.get("menu.export"), "Ctrl+S", this::showExportDialog),
                item("menu-copy", text.get("menu.copy"), "Ctrl+C", this::copyChart),
                item("menu-reset-view", text.get("menu.resetView"), "Ctrl+0", () -> vm.range().reset()),
                item("menu-presentation", text.get("menu.presentation"), "F11",
                        () -> vm.display().togglePresentation()),
                new javafx.scene.control.SeparatorMenuItem(),
                item("menu-reset-defaults", text.get("toolbar.resetDefaults"), null, this::resetToDefaults));
        return menu;
    }

    /** A menu item showing its shortcut; the shortcut itself is installed once, on the scene. */
    private static javafx.scene.control.MenuItem item(String id, String label, String keys, Runnable action) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(label);
        item.setId(id);
        if (keys != null) {
            item.setText(label + "   (" + keys + ")");
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ScrollPane controls() {
        ScrollPane scroll = new ScrollPane(new ControlsPane(vm, text));
        scroll.setId("controls-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinViewportWidth(260);
        scroll.prefViewportWidthProperty().bind(vm.display().scaleProperty().multiply(300));
        scroll.visibleProperty().bind(vm.display().controlsShownProperty());
        scroll.managedProperty().bind(scroll.visibleProperty());
        return scroll;
    }

    /** The chart with the message toast ({@code #notification}) over it; built once, it outlives language switches. */
    private Node plotArea(ChartPane chart) {
        return Notification.over(chart, vm.messages());
    }

    private HBox statusLine() {
        Label readout = new Label();
        readout.setId("readout");
        readout.textProperty().bind(vm.readoutProperty());
        readout.getStyleClass().add("readout");
        Label message = new Label();
        message.setId("message-label");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Fields.showErrors(message, vm.messageIsErrorProperty());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        MessageLog log = new MessageLog(vm.messages(), text);
        HBox line = new HBox(16, readout, spacer, message, log);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.getStyleClass().add("status-line");
        return line;
    }
}
