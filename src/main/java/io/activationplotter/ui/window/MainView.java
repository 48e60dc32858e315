package io.activationplotter.ui.window;

import io.activationplotter.settings.SessionState;
import io.activationplotter.ui.Fields;
import io.activationplotter.ui.MessageLog;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.Notification;
import io.activationplotter.ui.distribution.DistributionControls;
import io.activationplotter.ui.export.ExportDialog;
import io.activationplotter.ui.export.ExportViewModel;
import io.activationplotter.ui.info.InfoPanel;
import io.activationplotter.ui.plot.ChartCopy;
import io.activationplotter.ui.plot.ChartPane;
import io.activationplotter.ui.plot.ControlSection;
import io.activationplotter.ui.plot.ControlsPane;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.precision.PrecisionPanels;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The main window's content: a toolbar, the controls on the left, the tabs with the chart in the
 * centre, the formula panel on the right and a status line with the crosshair readout and messages.
 * While presenting, the toolbar is hidden and a {@link PresentationStrip} floats in the top right
 * corner; the side panels are overlays (see {@link PresentationFrame}).
 */
public final class MainView extends BorderPane {

    /** The style sheet. */
    public static final String CSS = "/io/activationplotter/ui/app.css";

    /** The controls' width at font scale 1. */
    static final double CONTROLS_WIDTH = 300;
    /** The formula panel's width at font scale 1. */
    static final double INFO_WIDTH = 330;
    /** The height of the tab headers, which the overlays leave uncovered while presenting. */
    static final double TAB_HEADER_HEIGHT = 30;
    /** The room a classroom tab's own controls take beside its chart, at font scale 1. */
    static final double TAB_CONTROLS = 340;

    private final PlotViewModel vm;
    private final Messages text;
    private final ChartPane chartPane;
    private final Node plotArea;
    private final ClassroomModels classroom;
    private final SessionBinder session;

    /**
     * Builds the view.
     *
     * @param vm    the view-model ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public MainView(PlotViewModel vm, Messages text) {
        this(vm, text, null);
    }

    /**
     * Builds the view showing a saved session: its language, tab and classroom setup are restored
     * before the views are built.
     *
     * @param vm     the view-model ({@code null} not permitted).
     * @param text   the strings ({@code null} not permitted).
     * @param saved  the session to restore ({@code null} permitted: none).
     */
    public MainView(PlotViewModel vm, Messages text, SessionState saved) {
        this.vm = vm;
        this.text = text;
        this.chartPane = new ChartPane(vm);
        this.plotArea = plotArea(chartPane);
        this.classroom = new ClassroomModels(vm, text);
        this.session = new SessionBinder(vm, classroom);
        if (saved != null) {
            session.restore(saved);
        }
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
        display.presentationProperty().addListener((obs, old, now) -> {
            restyle();
            // A tool bar re-decides what overflows only when its width changes, not when its buttons
            // shrink back from presentation's font: so it is hidden while presenting and rebuilt after.
            setTop(now ? null : toolbar());
        });
        restyle();
    }

    /**
     * Builds (or, after a language switch, rebuilds) everything but the chart; the state is in the
     * view-models, the classroom tabs' included, which outlive the views.
     */
    private void build() {
        DisplayModel display = vm.display();
        ControlsPane controls = new ControlsPane(vm, text);
        controls.showSections(classroom.sectionsProperty()); // only the sections that affect the tab shown
        controls.getChildren().add(4, DistributionControls.onPlotTab(classroom, text)); // issue 11: after Saturation
        ObjectProperty<Region> modeBar = new SimpleObjectProperty<>(); // the Network tab's mode switch, once built
        TabPane tabs = ClassroomTabs.wrap(plotArea, classroom, text, network -> {
            controls.setTabControls(network.getControls()); // one column beside the network's charts, not two
            modeBar.set(network.getModeBar());
        });
        PresentationFrame frame = new PresentationFrame(tabs, display);
        BooleanBinding holdsTabControls = Bindings.createBooleanBinding(
                () -> classroom.sectionsProperty().get().contains(ControlSection.TAB), classroom.sectionsProperty());
        Tab plot = tabs.getTabs().get(0);
        // shown beside a tab only if some of its sections affect it (none on Softmax); they float over the
        // Plot tab and the network at initialisation, whose controls they hold; the other tabs float their own
        frame.setLeftPanel("controls-scroll", controls, CONTROLS_WIDTH,
                display.controlsShownProperty().and(Bindings.createBooleanBinding(
                        () -> !classroom.sectionsProperty().get().isEmpty(), classroom.sectionsProperty())),
                display.controlsOverlayProperty().and(plot.selectedProperty().or(holdsTabControls)));
        addInfoPanel(frame);
        leaveUncovered(frame, holdsTabControls, modeBar);
        // a classroom tab has its own controls beside its chart, the network at initialisation two charts that
        // need the width: the window's columns make room for them (at 1024 px the formula column gives way)
        Runnable room = () -> frame.setCentreMin(PresentationFrame.CENTRE_MIN + (plot.isSelected() ? 0 : TAB_CONTROLS));
        plot.selectedProperty().addListener((obs, was, now) -> room.run());
        room.run();
        frame.addFloating(PresentationStrip.create(display, text), Pos.TOP_RIGHT);
        setTop(display.presentationProperty().get() ? null : toolbar());
        setCenter(frame);
        setBottom(statusLine());
    }

    /** The formula panel on the right: the selected function's, so beside the chain or softmax it would only mislead. */
    private void addInfoPanel(PresentationFrame frame) {
        DisplayModel display = vm.display();
        display.infoAvailableProperty().bind(Bindings.createBooleanBinding(
                () -> classroom.sectionsProperty().get() == null
                        || classroom.sectionsProperty().get().contains(ControlSection.FUNCTION),
                classroom.sectionsProperty()));
        frame.setRightPanel("info-scroll",
                PrecisionPanels.withUnderflowNote(new InfoPanel(vm.info(), display, text), vm.precision()), INFO_WIDTH,
                display.infoShownProperty().and(display.infoAvailableProperty()),
                display.infoOverlayProperty().and(display.infoAvailableProperty()));
    }

    /**
     * Keeps the overlays below the tab headers and, while they hold the Network tab's controls, below
     * its mode switch too, so that "At initialisation" / "Training" stays in reach with them open.
     */
    private static void leaveUncovered(PresentationFrame frame, BooleanBinding holdsTabControls,
            ObjectProperty<Region> modeBar) {
        Runnable top = () -> {
            Region bar = modeBar.get();
            double y = TAB_HEADER_HEIGHT;
            if (holdsTabControls.get() && bar != null && frame.getScene() != null && bar.getScene() == frame.getScene()) {
                y = Math.max(y, frame.sceneToLocal(bar.localToScene(0, bar.getHeight())).getY());
            }
            frame.setOverlayTop(y);
        };
        // the binding lives as long as the frame (its left panel holds it); the bar's listeners as long as the bar
        holdsTabControls.addListener((obs, old, now) -> top.run());
        Consumer<Region> follow = bar -> {
            bar.heightProperty().addListener((o, was, now) -> top.run());
            bar.localToSceneTransformProperty().addListener((o, was, now) -> top.run());
            top.run();
        };
        if (modeBar.get() != null) {
            follow.accept(modeBar.get()); // the Network tab was the one shown first: built with the tabs
        }
        modeBar.addListener((obs, old, bar) -> follow.accept(bar));
        top.run();
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

    /** @return the view-model. */
    public PlotViewModel getViewModel() {
        return vm;
    }

    /** @return the classroom tabs' view-models, the tab selected and the control sections shown. */
    public ClassroomModels getClassroom() {
        return classroom;
    }

    /** @return the session: what is saved, and the reset to defaults with its undo. */
    public SessionBinder getSession() {
        return session;
    }

    /** @return the chart pane. */
    public ChartPane getChartPane() {
        return chartPane;
    }

    /**
     * Installs the keyboard shortcuts: Ctrl+S exports, Ctrl+0 resets the view, F11 presents, Esc
     * leaves presentation, F9 and F10 show or hide the controls and the formula panel (as overlays
     * while presenting).
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
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F9), () -> vm.display().toggleControls());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F10), () -> vm.display().toggleInfo());
        // Esc leaves presentation even where the platform has no full screen to leave (no window manager)
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.display().presentationProperty().get()) {
                vm.display().leavePresentation();
                e.consume();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), () -> {
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl field) {
                field.copy(); // Ctrl+C in a text field keeps copying its text
            } else {
                copyChart();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl field) {
                field.undo(); // Ctrl+Z in a text field undoes the typing
            } else {
                session.undoReset();
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

    /** Returns everything to a first start's state (sigmoid, PyTorch defaults, -6..6, light theme); undoable once. */
    public void resetToDefaults() {
        session.resetToDefaults();
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
        ToolBar bar = new ToolBar(menu(), export, copy, reset, defaults);
        bar.getItems().addAll(DisplayControls.create(vm.display(), text));
        bar.setId("main-toolbar");
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

    /** The chart with the message toast ({@code #notification}) over it; built once, it outlives language switches. */
    private Node plotArea(ChartPane chart) {
        return Notification.over(PrecisionPanels.withErrorPanel(chart, vm.precision()), vm.messages());
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
        Button undo = button("session.undo", "undo-reset", session::undoReset);
        undo.visibleProperty().bind(session.undoAvailableProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setPadding(new javafx.geometry.Insets(0, 8, 0, 8)); // as tall as the text: the line keeps its height
        // the mouse hint lives here, not in the toolbar, where it pushed the language selector out at 1024 px
        Label hint = new Label(text.get("toolbar.hint"));
        hint.setId("mouse-hint");
        hint.getStyleClass().add("hint");
        hint.setMinWidth(0);
        // presenting, the room needs the readout and messages, not the mouse hint (the log button stays whole)
        hint.visibleProperty().bind(vm.display().presentationProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        MessageLog log = new MessageLog(vm.messages(), text);
        log.setMinWidth(Region.USE_PREF_SIZE); // the button keeps its word: the hint gives way first
        HBox line = new HBox(16, readout, spacer, message, undo, hint, log);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.getStyleClass().add("status-line");
        return line;
    }
}
