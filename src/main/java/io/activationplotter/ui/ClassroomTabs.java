package io.activationplotter.ui;

import io.activationplotter.ui.chain.ChainView;
import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.depth.DepthView;
import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.softmax.SoftmaxView;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import io.activationplotter.ui.table.EvalView;
import io.activationplotter.ui.table.EvalViewModel;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tabs around the main plot: Plot, Depth (vanishing gradients), Chain (composition), Evaluate
 * (table) and Softmax. The system property {@code activationplotter.tab} (plot, depth, chain, eval,
 * softmax) picks the tab shown first, for demos and screenshots.
 */
final class ClassroomTabs {

    private ClassroomTabs() {
    }

    /**
     * Wraps the plot in a tab pane with the classroom views as further tabs.
     *
     * @param plotNode  the main plot ({@code null} not permitted).
     * @param vm        the plot's view-model ({@code null} not permitted).
     * @param text      the strings ({@code null} not permitted).
     * @return the tab pane, id {@code main-tabs}.
     */
    static TabPane wrap(Node plotNode, PlotViewModel vm, Messages text) {
        DepthViewModel depth = new DepthViewModel(vm, text);
        ChainViewModel chain = new ChainViewModel(vm);
        EvalViewModel eval = new EvalViewModel(vm, chain, text);
        Tab depthTab = tab("depth", text.get("tab.depth"), new DepthView(depth, text));
        TabPane tabs = new TabPane(tab("plot", text.get("tab.plot"), plotNode), depthTab,
                tab("chain", text.get("tab.chain"), new ChainView(chain, text)),
                tab("eval", text.get("tab.eval"), new EvalView(eval, text)),
                tab("softmax", text.get("tab.softmax"), new SoftmaxView(new SoftmaxViewModel(text), text)));
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // parameters set on the plot tab apply to the depth chart when it is shown again
        depthTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                depth.refresh();
            }
        });
        String first = System.getProperty("activationplotter.tab", "plot").trim().toLowerCase(Locale.ROOT);
        tabs.getTabs().stream().filter(t -> t.getId().equals(first + "-tab")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        return tabs;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id + "-tab");
        return t;
    }
}
