package io.activationplotter.ui.table;

import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.compose.InputParser;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.plot.PlotViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;

/**
 * The evaluation table's state: typed inputs (a list or a matrix), the function (the plot tab's
 * selected function with its parameters, or the chain), and a row per entry with f(x) and f'(x).
 * An entry that is not a number gets a row with the reason instead of stopping the rest.
 */
public final class EvalViewModel {

    /** Where the function comes from. */
    public enum Source {
        /** The function selected on the plot tab, with its parameters. */
        SELECTED,
        /** The chain built on the chain tab. */
        CHAIN
    }

    /** The inputs shown first: the example from the issue. */
    public static final String DEFAULT_INPUT = "[[0.5, \u22120.6], [\u22121.0, 3.0], [1.5, \u22122.0]]";

    private final PlotViewModel plot;
    private final ChainViewModel chain;
    private final Messages text;
    private final StringProperty input = new SimpleStringProperty(this, "input", DEFAULT_INPUT);
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.SELECTED);
    private final ReadOnlyListWrapper<EvalRow> rows = new ReadOnlyListWrapper<>(this, "rows",
            FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper functionName = new ReadOnlyStringWrapper(this, "functionName", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    // with the chain as source, the chain's new curve re-evaluates (it follows the plot itself)
    private final ChangeListener<FigureSpec> figureChanged = (obs, old, now) -> {
        if (source.get() != Source.CHAIN) {
            evaluate();
        }
    };
    private List<InputParser.Entry> entries;

    /**
     * Creates the view-model and evaluates the default input.
     *
     * @param plot   the plot tab's view-model ({@code null} not permitted).
     * @param chain  the chain tab's view-model ({@code null} not permitted).
     * @param text   the strings ({@code null} not permitted).
     */
    public EvalViewModel(PlotViewModel plot, ChainViewModel chain, Messages text) {
        this.plot = Objects.requireNonNull(plot, "plot");
        this.chain = Objects.requireNonNull(chain, "chain");
        this.text = Objects.requireNonNull(text, "text");
        entries = InputParser.parse(input.get());
        input.addListener((obs, old, now) -> {
            entries = InputParser.parse(now);
            evaluate();
        });
        source.addListener((obs, old, now) -> evaluate());
        // weak: the plot's figure must not keep this model alive (and evaluating) once the main view drops it
        plot.specProperty().addListener(new WeakChangeListener<>(figureChanged));
        chain.curveProperty().addListener((obs, old, now) -> evaluate());
        evaluate();
    }

    /** @return the typed inputs. */
    public StringProperty inputProperty() {
        return input;
    }

    /** @return where the function comes from. */
    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** @return one row per entry. */
    public ReadOnlyListProperty<EvalRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** @return the name of the function evaluated. */
    public ReadOnlyStringProperty functionNameProperty() {
        return functionName.getReadOnlyProperty();
    }

    /** @return for example "6 values" or "5 values, 1 not a number". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /**
     * Returns the valid rows as CSV with the header {@code x,f,df}; numbers are written with
     * {@link Double#toString(double)}, so they read back exactly.
     *
     * @return the CSV text (lines end with '\n').
     */
    public String csv() {
        StringBuilder b = new StringBuilder("x,f,df\n");
        for (EvalRow r : rows) {
            if (r.valid()) {
                b.append(Double.parseDouble(r.x())).append(',').append(r.value()).append(',').append(r.slope())
                        .append('\n');
            }
        }
        return b.toString();
    }

    /** Re-derives the function's name, the reasons and the summary after a language switch; the inputs are kept. */
    public void relabel() {
        evaluate();
    }

    /** Re-evaluates every entry (called whenever an input changes). */
    public void evaluate() {
        Curve c = curve();
        functionName.set(c == null ? text.get("eval.noFunction") : c.label());
        List<EvalRow> out = new ArrayList<>();
        int bad = 0;
        for (InputParser.Entry e : entries) {
            if (!e.valid() || c == null) {
                bad += e.valid() ? 0 : 1;
                String why = e.valid() ? text.get("eval.noFunction") : NumberText.typedProblem(text, e.text());
                out.add(new EvalRow(e.row() + 1, e.col() + 1, e.text(), Double.NaN, Double.NaN, why));
            } else {
                double x = e.value();
                out.add(new EvalRow(e.row() + 1, e.col() + 1, e.text(), c.function().value(x),
                        c.function().derivative(x), null));
            }
        }
        rows.setAll(out);
        summary.set(bad == 0 ? text.get("eval.summary", out.size())
                : text.get("eval.summaryBad", out.size() - bad, bad));
    }

    private Curve curve() {
        if (source.get() == Source.CHAIN) {
            return chain.curveProperty().get();
        }
        ActivationType t = plot.selectedTypeProperty().get();
        return t == null ? null : new Curve(t, t.create(plot.parameterValues(t)));
    }
}
