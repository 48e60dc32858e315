package io.activationplotter.ui.window;

import io.activationplotter.ui.Messages;
import io.activationplotter.ui.ViewListeners;
import io.activationplotter.ui.chain.ChainView;
import io.activationplotter.ui.depth.DepthView;
import io.activationplotter.ui.network.NetworkView;
import io.activationplotter.ui.network.train.TrainingDemo;
import io.activationplotter.ui.network.train.TrainingView;
import io.activationplotter.ui.softmax.SoftmaxView;
import io.activationplotter.ui.table.EvalView;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tabs around the main plot: Plot, Depth (vanishing gradients), Chain (composition), Evaluate
 * (table), Softmax and Network. The tab pane and its views are rebuilt on a language switch; their
 * view-models and the tab selected are kept in {@link ClassroomModels}. The system property
 * {@code activationplotter.tab} (plot, depth, chain, eval, softmax, network) picks the tab shown first, for
 * demos and screenshots.
 */
public final class ClassroomTabs {

    private ClassroomTabs() {
    }

    /**
     * Wraps the plot in a tab pane with the classroom views as further tabs, and selects the tab
     * selected last.
     *
     * @param plotNode     the main plot ({@code null} not permitted).
     * @param models       the classroom view-models and the tab selected ({@code null} not permitted).
     * @param text         the strings ({@code null} not permitted).
     * @param onNetwork    takes the Network tab's view when it is built, to put its controls in the
     *     window's column ({@link NetworkView#getControls()}; {@code null} not permitted).
     * @return the tab pane, id {@code main-tabs}.
     */
    public static TabPane wrap(Node plotNode, ClassroomModels models, Messages text, Consumer<NetworkView> onNetwork) {
        // The classroom views are built when their tab is first shown, so start-up pays only for the plot.
        DisplayModel display = models.plot().display();
        TabPane tabs = new TabPane(tab("plot", text.get("tab.plot"), plotNode),
                lazyTab("depth", text.get("tab.depth"), () -> new DepthView(models.depth(), display, text)),
                lazyTab("chain", text.get("tab.chain"), () -> new ChainView(models.chain(), display, text)),
                lazyTab("eval", text.get("tab.eval"), () -> new EvalView(models.eval(), display, text)),
                lazyTab("softmax", text.get("tab.softmax"), () -> new SoftmaxView(models.softmax(), display, text)),
                lazyTab("network", text.get("tab.network"), () -> networkView(models, display, text, onNetwork)));
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The tab shown follows the plot's visible x-range, threshold and parameters, live while it is
        // shown (the controls stay beside every tab) and catching up when it is selected; hidden, its
        // curves cost a slider move nothing.
        ViewListeners.onChange(tabs, models.plot().specProperty(), (obs, old, now) -> models.followPlot());
        tabs.getTabs().stream().filter(t -> t.getId().equals(models.selectedTab() + "-tab")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                models.selectTab(now.getId().substring(0, now.getId().length() - "-tab".length()));
            }
        });
        return tabs;
    }

    /**
     * The Network tab: the deep net at initialisation, its controls in the window's column, and
     * training, with its own column, as its second mode (issue 11).
     */
    private static NetworkView networkView(ClassroomModels models, DisplayModel display, Messages text,
            Consumer<NetworkView> onNetwork) {
        NetworkView view = new NetworkView(models.network(), text);
        onNetwork.accept(view);
        view.setTrainingView(new TrainingView(models.train(), display, text));
        view.setOnModeChange(models::showNetworkTraining);
        if (models.networkTraining() || System.getProperty(TrainingDemo.PROPERTY) != null) {
            view.showTraining();
        }
        return view;
    }

    /** A tab whose content is built the first time it is selected. */
    private static Tab lazyTab(String id, String title, Supplier<Node> content) {
        Tab t = tab(id, title, null);
        t.selectedProperty().addListener((obs, was, now) -> {
            if (now && t.getContent() == null) {
                t.setContent(content.get());
            }
        });
        return t;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id + "-tab");
        return t;
    }
}
