package io.activationplotter.ui.window;

import io.activationplotter.ui.Messages;
import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import io.activationplotter.ui.table.EvalViewModel;
import java.util.Locale;
import java.util.Objects;

/**
 * The classroom tabs' view-models and the tab selected. A language switch rebuilds the tab pane and
 * its views; these models outlive it (they live as long as the main view), so the chain built, the
 * depth settings, the values typed and the softmax logits are kept, and the same tab stays selected.
 * Each model is created the first time its tab is shown, and registers its listeners on the plot's
 * view-model once, in its constructor; its charts follow the window's chart style from then on
 * ({@link DisplayModel#chartStyleProperty()}), even while its tab is hidden.
 */
public final class ClassroomModels {

    /** The tab shown first unless the system property {@code activationplotter.tab} names another. */
    public static final String DEFAULT_TAB = "plot";

    private final PlotViewModel plot;
    private final Messages text;
    private DepthViewModel depth;
    private ChainViewModel chain;
    private EvalViewModel eval;
    private SoftmaxViewModel softmax;
    private String selectedTab;

    /**
     * Creates the holder; no model is created yet.
     *
     * @param plot  the plot tab's view-model ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public ClassroomModels(PlotViewModel plot, Messages text) {
        this.plot = Objects.requireNonNull(plot, "plot");
        this.text = Objects.requireNonNull(text, "text");
        this.selectedTab = System.getProperty("activationplotter.tab", DEFAULT_TAB).trim().toLowerCase(Locale.ROOT);
    }

    /** @return the plot tab's view-model. */
    public PlotViewModel plot() {
        return plot;
    }

    /** @return the depth tab's view-model, created on the first call. */
    public DepthViewModel depth() {
        if (depth == null) {
            depth = new DepthViewModel(plot, text);
            depth.followStyle(plot.display().chartStyleProperty());
        }
        return depth;
    }

    /** @return whether the depth tab's view-model has been created. */
    public boolean hasDepth() {
        return depth != null;
    }

    /** @return the chain tab's view-model, created on the first call. */
    public ChainViewModel chain() {
        if (chain == null) {
            chain = new ChainViewModel(plot);
            chain.followStyle(plot.display().chartStyleProperty());
        }
        return chain;
    }

    /** @return the evaluation tab's view-model (over the chain's), created on the first call. */
    public EvalViewModel eval() {
        if (eval == null) {
            eval = new EvalViewModel(plot, chain(), text);
        }
        return eval;
    }

    /** @return the softmax tab's view-model, created on the first call. */
    public SoftmaxViewModel softmax() {
        if (softmax == null) {
            softmax = new SoftmaxViewModel(text);
            softmax.followStyle(plot.display().chartStyleProperty());
        }
        return softmax;
    }

    /** @return the name of the tab selected, for example "chain" (its id without "-tab"). */
    public String selectedTab() {
        return selectedTab;
    }

    /**
     * Remembers the tab selected, to select it again in a rebuilt tab pane.
     *
     * @param name  the tab's name, for example "chain" ({@code null} not permitted).
     */
    public void selectTab(String name) {
        selectedTab = Objects.requireNonNull(name, "name");
    }

    /** Re-derives the text outputs of the models created so far in the language now in use. */
    public void relabel() {
        if (depth != null) {
            depth.relabel();
        }
        if (chain != null) {
            chain.relabel(DisplayModel.labels(text, text.localeProperty().get()));
        }
        if (eval != null) {
            eval.relabel();
        }
        if (softmax != null) {
            softmax.relabel();
        }
    }
}
