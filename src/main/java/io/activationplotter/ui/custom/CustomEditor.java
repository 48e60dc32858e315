package io.activationplotter.ui.custom;

import io.activationplotter.model.expr.CustomDefinition;
import io.activationplotter.ui.Fields;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.ViewListeners;
import io.activationplotter.ui.plot.PlotViewModel;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The editor of the "Custom…" function, shown under the selector while it is selected: the formula
 * ({@code #custom-formula}, applied on Enter or when left), the parameters ({@code #custom-params}, one
 * per line; Ctrl+Enter or Apply), each marked with its error, and the accuracy note with the exact
 * version when there is one. Its fields are built the first time it is shown (issue 16: hidden, they
 * cost the first frame styling and a text area's skin); until then the editor is an empty, hidden box.
 */
public final class CustomEditor extends VBox {

    private final Messages text;
    private final CustomViewModel vm;
    private final TextField formula = new TextField();
    private final TextArea params = new TextArea();
    // held here: the field marks listen weakly, so an unheld binding would be collected
    private BooleanBinding formulaBad;
    private BooleanBinding paramsBad;

    /**
     * Creates the editor.
     *
     * @param plot  the plot's view-model ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public CustomEditor(PlotViewModel plot, Messages text) {
        super(4);
        this.text = text;
        this.vm = plot.custom();
        setId("custom-editor");
        ViewListeners.onChange(this, plot.selectedTypeProperty(), (obs, old, now) -> showFor(now));
        showFor(plot.selectedTypeProperty().get());
    }

    /** Builds the fields, once, the first time the custom function is selected. */
    private void build() {
        formula.setId("custom-formula");
        formula.setText(vm.formulaTextProperty().get());
        formula.setPromptText(CustomViewModel.DEFAULT_FORMULA);
        params.setId("custom-params");
        params.setText(vm.parametersTextProperty().get());
        params.setPrefRowCount(2);
        params.setWrapText(false);
        params.setPromptText(CustomViewModel.DEFAULT_PARAMETERS);
        Fields.onCommit(formula, vm.formulaTextProperty(), this::apply);
        params.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                apply();
                e.consume();
            }
        });
        params.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !params.getText().equals(vm.parametersTextProperty().get())) {
                apply();
            }
        });
        Button applyButton = new Button(text.get("custom.apply"));
        applyButton.setId("custom-apply");
        applyButton.setOnAction(e -> apply());
        Label paramsHeading = new Label(text.get("custom.parameters"));
        paramsHeading.setWrapText(true);
        Label formulaError = error("custom-formula-error", vm.formulaErrorProperty());
        Label paramsError = error("custom-params-error", vm.parametersErrorProperty());
        formulaBad = vm.formulaErrorProperty().isNotEmpty();
        paramsBad = vm.parametersErrorProperty().isNotEmpty();
        Fields.showErrors(formula, formulaBad);
        Fields.showErrors(params, paramsBad);
        Label help = hint("custom-help", text.get("custom.help"));
        Label accuracy = hint("custom-accuracy", text.get("custom.accuracy"));
        Label exact = hint("custom-exact", "");
        Runnable showExact = () -> {
            var t = vm.exactVersionProperty().get();
            exact.setText(t == null ? "" : CustomNotes.exact(t, text));
            exact.setVisible(t != null);
            exact.setManaged(t != null);
        };
        ViewListeners.onChange(this, vm.exactVersionProperty(), (obs, old, now) -> showExact.run());
        showExact.run();
        // a restored session replaces the texts
        ViewListeners.onChange(this, vm.definitionProperty(), (obs, old, now) -> showAccepted());
        getChildren().addAll(new Label(text.get("custom.formula")), formula, formulaError,
                paramsHeading, params, paramsError, applyButton, help, accuracy, exact);
    }

    private void apply() {
        vm.apply(formula.getText(), params.getText());
    }

    private void showAccepted() {
        if (vm.formulaErrorProperty().get().isEmpty() && vm.parametersErrorProperty().get().isEmpty()) {
            formula.setText(vm.formulaTextProperty().get());
            params.setText(vm.parametersTextProperty().get());
        }
    }

    private void showFor(io.activationplotter.model.ActivationType type) {
        boolean custom = CustomDefinition.isCustom(type);
        if (custom && getChildren().isEmpty()) {
            build();
        }
        setVisible(custom);
        setManaged(custom);
    }

    private Label error(String id, javafx.beans.property.ReadOnlyStringProperty message) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("error");
        l.setWrapText(true);
        l.textProperty().bind(message);
        l.visibleProperty().bind(message.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Label hint(String id, String words) {
        Label l = new Label(words);
        l.setId(id);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
