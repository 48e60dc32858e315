package io.activationplotter.ui.window;

import io.activationplotter.settings.ClassroomState;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.distribution.DistributionViewModel;
import io.activationplotter.ui.network.NetworkViewModel;
import io.activationplotter.ui.network.train.TrainingDemo;
import io.activationplotter.ui.network.train.TrainingViewModel;
import io.activationplotter.ui.plot.ControlSection;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import io.activationplotter.ui.table.EvalViewModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The classroom tabs' view-models and the tab selected. A language switch rebuilds the tab pane and
 * its views; these models outlive it (they live as long as the main view), so the chain built, the
 * depth settings, the values typed and the softmax logits are kept, and the same tab stays selected.
 * Each model is created the first time its tab is shown, and registers its listeners on the plot's
 * view-model once, in its constructor; its charts follow the window's chart style from then on
 * ({@link DisplayModel#chartStyleProperty()}), even while its tab is hidden. The tab shown follows
 * the plot's visible x-range and threshold T ({@link #followPlot()}); hidden tabs are not redrawn,
 * and catch up when shown. A saved session's setup is held until a model is created and applied to
 * it then, so restoring a session creates nothing; {@link #snapshot()} gives the setup of the models
 * created and the held values of the others.
 */
public final class ClassroomModels {

    /** The tab shown first unless the system property {@code activationplotter.tab} names another. */
    public static final String DEFAULT_TAB = "plot";
    /** The names of the tabs, in order. */
    public static final List<String> TABS = List.of("plot", "depth", "chain", "eval", "softmax", "network");

    private final PlotViewModel plot;
    private final Messages text;
    private DepthViewModel depth;
    private ChainViewModel chain;
    private EvalViewModel eval;
    private SoftmaxViewModel softmax;
    private NetworkViewModel network;
    private DistributionViewModel distribution;
    private TrainingViewModel train;
    private boolean networkTraining;
    private final ReadOnlyStringWrapper activeTab = new ReadOnlyStringWrapper(this, "activeTab");
    private final ReadOnlyObjectWrapper<Set<ControlSection>> sections = new ReadOnlyObjectWrapper<>(this, "sections");
    private final boolean tabFromProperty;
    private ClassroomState saved = ClassroomState.NONE;
    private ClassroomState defaults = ClassroomState.NONE;
    private Runnable onChange = () -> { };
    private final List<Observable> observed = new ArrayList<>();
    private final InvalidationListener changed = SessionBinder.revalidating(() -> onChange.run());

    /**
     * Creates the holder; no model is created yet.
     *
     * @param plot  the plot tab's view-model ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public ClassroomModels(PlotViewModel plot, Messages text) {
        this.plot = Objects.requireNonNull(plot, "plot");
        this.text = Objects.requireNonNull(text, "text");
        String tab = System.getProperty("activationplotter.tab");
        this.tabFromProperty = tab != null && !tab.isBlank();
        selectTab(tabFromProperty ? tab.trim().toLowerCase(Locale.ROOT) : DEFAULT_TAB);
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
            created(ClassroomSession.read(depth), () -> ClassroomSession.apply(depth, saved),
                    ClassroomSession.observed(depth));
        }
        return depth;
    }

    /** @return whether the depth tab's view-model has been created (tabs never shown create none). */
    public boolean hasDepth() {
        return depth != null;
    }

    /** @return the chain tab's view-model, created on the first call. */
    public ChainViewModel chain() {
        if (chain == null) {
            chain = new ChainViewModel(plot);
            chain.followStyle(plot.display().chartStyleProperty());
            created(ClassroomSession.read(chain), () -> ClassroomSession.apply(chain, saved),
                    ClassroomSession.observed(chain));
        }
        return chain;
    }

    /** @return the evaluation tab's view-model (over the chain's), created on the first call. */
    public EvalViewModel eval() {
        if (eval == null) {
            eval = new EvalViewModel(plot, chain(), text);
            created(ClassroomSession.read(eval), () -> ClassroomSession.apply(eval, saved),
                    ClassroomSession.observed(eval));
        }
        return eval;
    }

    /** @return the softmax tab's view-model, created on the first call. */
    public SoftmaxViewModel softmax() {
        if (softmax == null) {
            softmax = new SoftmaxViewModel(plot, text);
            softmax.followStyle(plot.display().chartStyleProperty());
            created(ClassroomSession.read(softmax), () -> ClassroomSession.apply(softmax, saved),
                    ClassroomSession.observed(softmax));
        }
        return softmax;
    }

    /** @return the network tab's view-model, created on the first call (issue 11). */
    public NetworkViewModel network() {
        if (network == null) {
            network = new NetworkViewModel(plot, text);
            network.followStyle(plot.display().chartStyleProperty());
            created(ClassroomSession.read(network), () -> ClassroomSession.apply(network, saved),
                    ClassroomSession.observed(network));
            network.setShown("network".equals(activeTab.get()));
        }
        return network;
    }

    /** @return the Plot tab's pre-activation overlay (issue 11), created on the first call. */
    public DistributionViewModel distribution() {
        if (distribution == null) {
            distribution = new DistributionViewModel(plot, text);
        }
        return distribution;
    }

    /**
     * @return the training view-model (issue 11 §3), created on the first call; its activations take
     *     the plot tab's parameter values.
     */
    public TrainingViewModel train() {
        if (train == null) {
            train = new TrainingViewModel(text, t -> t.create(plot.parameterValues(t)));
            train.followStyle(plot.display().chartStyleProperty());
            TrainingDemo.apply(train);
        }
        return train;
    }

    /**
     * Switches the Network tab between the network at initialisation and training; training has its
     * own controls, so the plot's are not shown beside it.
     *
     * @param training  {@code true} for training.
     */
    public void showNetworkTraining(boolean training) {
        networkTraining = training;
        sections.set(sectionsNow());
        pauseHiddenTraining();
    }

    /** @return {@code true} if the Network tab shows training. */
    public boolean networkTraining() {
        return networkTraining;
    }

    /** Training costs a core: it stops when the teacher leaves its mode or the Network tab, and waits for Play. */
    private void pauseHiddenTraining() {
        if (train != null && !(networkTraining && "network".equals(activeTab.get()))) {
            train.pause();
        }
    }

    private Set<ControlSection> sectionsNow() {
        String tab = activeTab.get();
        return networkTraining && "network".equals(tab) ? Set.of() : Set.copyOf(sectionsFor(tab));
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
     * parameters and view (the x-range) for depth, which does not use T; view and the threshold for
     * the chain (its stages are chosen on its tab, its shading uses T; the Plot tab's selected
     * function and its parameters would only mislead there); function and
     * parameters for Evaluate; none for softmax, which has its own controls; function, parameters,
     * the threshold and the tab's own controls ({@link ControlSection#TAB}) for the network at
     * initialisation, whose controls join the window's column so that its charts keep the width.
     *
     * @param tab  the tab's name, for example "chain" ({@code null} not permitted).
     * @return the sections (an unknown name gets all but {@link ControlSection#TAB}).
     */
    public static Set<ControlSection> sectionsFor(String tab) {
        return switch (tab) {
            case "depth" -> EnumSet.of(ControlSection.FUNCTION, ControlSection.PARAMETERS, ControlSection.VIEW);
            case "chain" -> EnumSet.of(ControlSection.VIEW, ControlSection.SATURATION);
            case "eval" -> EnumSet.of(ControlSection.FUNCTION, ControlSection.PARAMETERS);
            case "softmax" -> EnumSet.noneOf(ControlSection.class);
            case "network" -> EnumSet.of(ControlSection.FUNCTION, ControlSection.PARAMETERS, ControlSection.SATURATION,
                    ControlSection.TAB);
            default -> EnumSet.complementOf(EnumSet.of(ControlSection.TAB));
        };
    }

    /**
     * Remembers the tab selected, to select it again in a rebuilt tab pane, shows the sections of
     * the controls that affect it, and brings its chart up to the plot ({@link #followPlot()}).
     *
     * @param name  the tab's name, for example "chain" ({@code null} not permitted).
     */
    public void selectTab(String name) {
        String was = activeTab.get();
        activeTab.set(Objects.requireNonNull(name, "name"));
        sections.set(sectionsNow());
        pauseHiddenTraining();
        if (!name.equals(was)) {
            onChange.run();
        }
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
        if (network != null) {
            network.setShown("network".equals(tab));
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
        if (network != null) {
            network.relabel();
        }
        if (distribution != null) {
            distribution.relabel();
        }
        if (train != null) {
            train.relabel();
        }
    }

    // ---------------------------------------------------------------- session

    /**
     * Selects a saved session's tab when the tab pane is next built, unless the system property
     * {@code activationplotter.tab} names one.
     *
     * @param name  the tab's name, for example "chain" ({@code null} permitted: nothing saved; an
     *     unknown name is ignored too).
     */
    public void restoreTab(String name) {
        if (name != null && TABS.contains(name) && !tabFromProperty) {
            selectTab(name);
        }
    }

    /**
     * Returns the setup of the tabs: the models' own for those created, the held saved values for the others.
     *
     * @return the state.
     */
    public ClassroomState snapshot() {
        ClassroomState now = ClassroomState.NONE;
        if (network != null) {
            now = now.or(ClassroomSession.read(network));
        }
        if (softmax != null) {
            now = now.or(ClassroomSession.read(softmax));
        }
        if (eval != null) {
            now = now.or(ClassroomSession.read(eval));
        }
        if (chain != null) {
            now = now.or(ClassroomSession.read(chain));
        }
        if (depth != null) {
            now = now.or(ClassroomSession.read(depth));
        }
        return now.or(saved);
    }

    /**
     * Restores a setup: applied now to the models created, held for the others until they are.
     *
     * @param state  the state ({@code null} not permitted).
     */
    public void restore(ClassroomState state) {
        saved = Objects.requireNonNull(state, "state");
        applySaved();
    }

    /** Returns every tab to its first-start setup; models not yet created will start with their own defaults. */
    public void resetToDefaults() {
        restore(defaults);
    }

    /**
     * Calls a listener whenever the setup of a tab or the tab selected changes (one listener; a second call replaces it).
     *
     * @param listener  the listener ({@code null} not permitted).
     */
    public void watch(Runnable listener) {
        onChange = Objects.requireNonNull(listener, "listener");
    }

    private void applySaved() {
        if (network != null) {
            ClassroomSession.apply(network, saved);
        }
        if (depth != null) {
            ClassroomSession.apply(depth, saved);
        }
        if (chain != null) {
            ClassroomSession.apply(chain, saved);
        }
        if (eval != null) {
            ClassroomSession.apply(eval, saved);
        }
        if (softmax != null) {
            ClassroomSession.apply(softmax, saved);
        }
    }

    /** A model was created: remember its defaults (for a reset), apply what was saved, and observe it. */
    private void created(ClassroomState itsDefaults, Runnable applySaved, List<Observable> watched) {
        defaults = defaults.or(itsDefaults);
        applySaved.run();
        observed.addAll(watched); // held here: a read-only list view is only weakly held by its list
        watched.forEach(o -> o.addListener(changed));
        onChange.run();
    }
}
