package io.activationplotter.ui.info;

import io.activationplotter.ui.Fields;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.window.DisplayModel;
import java.awt.Color;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The formula and properties panel ({@code #info-panel}): f and f' typeset with JLaTeXMath at the
 * current font scale, then the PyTorch call, parameters, range, monotonicity, max |f'|, saturation
 * and the "use it when / watch out for" notes. Shows what {@link InfoViewModel} says; no math here.
 */
public final class InfoPanel extends VBox {

    private static final double FORMULA_SIZE = 16;
    private static final double PADDING = 28;
    private static final double RANGE_SIZE = 14;

    private final InfoViewModel info;
    private final DisplayModel display;
    private final Messages text;
    private final ImageView function = new ImageView();
    private final ImageView derivative = new ImageView();
    private final ImageView range = new ImageView();
    private Label rangeLabel;
    private final Label formulaError = new Label();
    private final InvalidationListener rerender = obs -> renderWhenReady();
    private boolean renderQueued;

    /**
     * Builds the panel.
     *
     * @param info     the model ({@code null} not permitted).
     * @param display  the display settings: scale and theme ({@code null} not permitted).
     * @param text     the strings ({@code null} not permitted).
     */
    public InfoPanel(InfoViewModel info, DisplayModel display, Messages text) {
        super(6);
        this.info = info;
        this.display = display;
        this.text = text;
        setId("info-panel");
        getStyleClass().add("info-panel");
        function.setId("info-function-formula");
        derivative.setId("info-derivative-formula");
        formulaError.getStyleClass().add("error");
        formulaError.setWrapText(true);
        formulaError.setVisible(false);
        formulaError.managedProperty().bind(formulaError.visibleProperty());
        Label title = bound("info-title", info.titleProperty());
        title.getStyleClass().add("info-title");
        Label summary = bound("info-summary", info.summaryProperty());
        summary.getStyleClass().add("hint");
        getChildren().addAll(heading("info.title"), title, summary,
                heading("info.function"), function, heading("info.derivative"), derivative, formulaError,
                properties(), heading("info.use"), bound("info-use", info.useProperty()),
                heading("info.watch"), bound("info-watch", info.watchProperty()));
        addFrameworks();
        // weak: a language switch replaces this panel, and the old one must not keep re-rendering
        WeakInvalidationListener weak = new WeakInvalidationListener(rerender);
        info.functionTexProperty().addListener(weak);
        info.derivativeTexProperty().addListener(weak);
        info.rangeTexProperty().addListener(weak);
        display.scaleProperty().addListener(weak);
        display.darkProperty().addListener(weak);
        widthProperty().addListener((obs, old, now) -> fit());
        sceneProperty().addListener((obs, old, now) -> renderWhenReady());
        renderWhenReady();
    }

    /** Typesets the formulas now, or once JLaTeXMath's fonts are loaded if they are still loading (issue 16). */
    private void renderWhenReady() {
        if (renderQueued) {
            return;
        }
        renderQueued = true;
        if (TexImages.whenReady(() -> {
            renderQueued = false;
            renderFormulas();
        })) {
            renderQueued = false;
        }
    }

    private Node properties() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(5);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        Fields.keepWords(row(grid, 0, "info.pytorch", "info-torch", info.torchProperty()));
        Fields.keepWords(row(grid, 1, "info.parameters", "info-parameters", info.parametersProperty()));
        rangeLabel = row(grid, 2, "info.range", "info-range", info.rangeProperty());
        range.setId("info-range-formula");
        rangeLabel.setGraphic(range);
        row(grid, 3, "info.monotonic", "info-monotonic", info.monotonicProperty());
        row(grid, 4, "info.zeroCentred", "info-zero-centred", info.zeroCentredProperty());
        row(grid, 5, "info.maxSlope", "info-max-slope", info.maxSlopeTextProperty());
        Fields.keepWords(row(grid, 6, "info.saturation", "info-saturation", info.saturationProperty()));
        VBox box = new VBox(grid);
        box.getStyleClass().add("info-properties");
        return box;
    }

    /** The aliases and the framework notes (issue 13), each shown only where there is something to say. */
    private void addFrameworks() {
        Label aliasesHeading = heading("info.aliases");
        Label aliases = bound("info-aliases", info.aliasesProperty());
        Label frameworksHeading = heading("info.frameworks");
        Label frameworks = bound("info-frameworks", info.frameworksProperty());
        for (Label l : new Label[] {aliasesHeading, aliases}) {
            l.visibleProperty().bind(info.aliasesProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        for (Label l : new Label[] {frameworksHeading, frameworks}) {
            l.visibleProperty().bind(info.frameworksProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        getChildren().addAll(aliasesHeading, aliases, frameworksHeading, frameworks);
    }

    private Label row(GridPane grid, int r, String key, String id, ObservableValue<String> value) {
        Label name = new Label(text.get(key));
        name.getStyleClass().add("info-key");
        name.setMinWidth(Label.USE_PREF_SIZE);
        Label shown = bound(id, value);
        grid.addRow(r, name, shown);
        return shown;
    }

    private Label heading(String key) {
        Label l = new Label(text.get(key));
        l.getStyleClass().add("section-heading");
        return l;
    }

    private static Label bound(String id, ObservableValue<String> value) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(value);
        return l;
    }

    /** Typesets f and f' at the current font scale and the screen's pixel scale, in the theme's text colour. */
    private void renderFormulas() {
        double scale = display.scaleProperty().get();
        double pixels = getScene() == null || getScene().getWindow() == null
                ? 1 : Math.max(1, getScene().getWindow().getOutputScaleX());
        Color color = display.darkProperty().get() ? new Color(0xE8E8E8) : new Color(0x111111);
        try {
            function.setImage(TexImages.render(info.functionTexProperty().get(), FORMULA_SIZE * scale, color, pixels));
            derivative.setImage(TexImages.render(info.derivativeTexProperty().get(), FORMULA_SIZE * scale, color,
                    pixels));
            function.setUserData(pixels);
            derivative.setUserData(pixels);
            renderRange(scale, color, pixels);
            formulaError.setVisible(false);
        } catch (RuntimeException e) {
            function.setImage(null);
            derivative.setImage(null);
            formulaError.setText(text.get("info.formulaError", String.valueOf(e.getMessage())));
            formulaError.setVisible(true);
        }
        fit();
    }

    /** The output range as TeX (the words stay the label's text, shown only when there is no TeX). */
    private void renderRange(double scale, Color color, double pixels) {
        String tex = info.rangeTexProperty().get();
        boolean typeset = !tex.isBlank();
        range.setImage(typeset ? TexImages.render(tex, RANGE_SIZE * scale, color, pixels) : null);
        range.setUserData(pixels);
        rangeLabel.setContentDisplay(typeset ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                : javafx.scene.control.ContentDisplay.TEXT_ONLY);
    }

    /** Shows formulas at their natural size, shrinking only those wider than the panel. */
    private void fit() {
        for (ImageView v : new ImageView[] {function, derivative, range}) {
            if (v.getImage() == null) {
                continue;
            }
            double pixels = v.getUserData() instanceof Double d ? d : 1;
            double natural = v.getImage().getWidth() / pixels;
            double room = getWidth() > PADDING ? getWidth() - PADDING : natural;
            v.setPreserveRatio(true);
            v.setSmooth(true);
            v.setFitWidth(Math.min(natural, room));
        }
    }
}
