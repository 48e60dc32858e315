package io.activationplotter.ui.window;

import io.activationplotter.ui.Messages;
import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.plot.ControlSection;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import io.activationplotter.ui.table.EvalViewModel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The classroom tabs' view-models and the tab selected. A language switch rebuilds the tab pane and
 * its views; these models outlive it (they live as long as the main view), so the chain built, the
 * depth settings, the values typed and the softmax logits are kept, and the same tab stays selected.
 * Each model is created the first time its tab is shown, and registers its listeners on the plot's
 * view-model once, in its constructor. The tab shown follows the plot's visible x-range and
 * threshold T ({@link #followPlot()}); hidden tabs are not redrawn, and catch up when shown.
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
    private final ReadOnlyStringWrapper activeTab = new ReadOnlyStringWrapper(this, "activeTab");
    private final ReadOnlyObjectWrapper<Set<ControlSection>> sections = new ReadOnlyObjectWrapper<>(this, "sections");

    /**
     * Creates the holder; no model is created yet.
     *
     * @param plot  the plot tab's view-model ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public ClassroomModels(PlotViewModel plot, Messages text) {
        this.plot = Objects.requireNonNull(plot, "plot");
        this.text = Objects.requireNonNull(text, "text");
        selectTab(System.getProperty("activationplotter.tab", DEFAULT_TAB).trim().toLowerCase(Locale.ROOT));
    }

    /** @return the plot tab's view-model. */
    public PlotViewModel plot() {
        return plot;
    }

    /** @return the depth tab's view-model, created on the first call. */
    public DepthViewModel depth() {
        if (depth == null) {
            depth = new DepthViewModel(plot, text);
        }
        return depth;
    }

    /** @return the chain tab's view-model, created on the first call. */
    public ChainViewModel chain() {
        if (chain == null) {
            chain = new ChainViewModel(plot);
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
            softmax = new SoftmaxViewModel(plot, text);
        }
        return softmax;
    }

    /** @return the name of the tab selected, for example "chain" (its id without "-tab"). */
    public String selectedTab() {
        return activeTab.get();
    }

    /** @return the name of the tab selected, for example "chain"; changes when another tab is selected. */
    public ReadOnlyStringProperty activeTabProperty() {
        return activeTab.getReadOnlyProperty();
    }

    /** @return the sections of the plot's controls that affect the tab selected (empty: hide them). */
    public ReadOnlyObjectProperty<Set<ControlSection>> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    /**
     * Returns the sections of the plot's controls that affect a tab: all for the plot; function,
     * parameters and view (the x-range) for depth, which does not use T; parameters, view and
     * saturation for the chain (its stages are chosen on its tab, its shading uses T); function and
     * parameters for Evaluate; none for softmax, which has its own controls.
     *
     * @param tab  the tab's name, for example "chain" ({@code null} not permitted).
     * @return the sections (an unknown name gets all).
     */
    public static Set<ControlSection> sectionsFor(String tab) {
        return switch (tab) {
            case "depth" -> EnumSet.of(ControlSection.FUNCTION, ControlSection.PARAMETERS, ControlSection.VIEW);
            case "chain" -> EnumSet.of(ControlSection.PARAMETERS, ControlSection.VIEW, ControlSection.SATURATION);
            case "eval" -> EnumSet.of(ControlSection.FUNCTION, ControlSection.PARAMETERS);
            case "softmax" -> EnumSet.noneOf(ControlSection.class);
            default -> EnumSet.allOf(ControlSection.class);
        };
    }

    /**
     * Remembers the tab selected, to select it again in a rebuilt tab pane, shows the sections of
     * the controls that affect it, and brings its chart up to the plot ({@link #followPlot()}).
     *
     * @param name  the tab's name, for example "chain" ({@code null} not permitted).
     */
    public void selectTab(String name) {
        activeTab.set(Objects.requireNonNull(name, "name"));
        sections.set(Set.copyOf(sectionsFor(name)));
        followPlot();
    }

    /**
     * Redraws the tab selected, if it follows the plot, over the plot's visible x-range with its
     * threshold T; called on every accepted change of the plot while such a tab is shown. The tabs
     * not shown are left alone (a slider move costs them nothing) and catch up when selected.
     */
    public void followPlot() {
        String tab = activeTab.get();
        if (depth != null) {
            depth.setShown("depth".equals(tab));
        }
        if (chain != null) {
            chain.setShown("chain".equals(tab));
        }
        if (softmax != null) {
            softmax.setShown("softmax".equals(tab));
        }
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
