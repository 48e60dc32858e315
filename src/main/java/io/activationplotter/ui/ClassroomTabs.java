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
import java.util.function.Supplier;
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
        // The classroom views are built when their tab is first shown, so start-up pays only for the plot.
        ChainViewModel[] chain = new ChainViewModel[1];
        Supplier<ChainViewModel> chainVm = () -> {
            if (chain[0] == null) {
                chain[0] = new ChainViewModel(vm);
            }
            return chain[0];
        };
        DepthViewModel[] depth = new DepthViewModel[1];
        Tab depthTab = lazyTab("depth", text.get("tab.depth"), () -> {
            depth[0] = new DepthViewModel(vm, text);
            return new DepthView(depth[0], text);
        });
        TabPane tabs = new TabPane(tab("plot", text.get("tab.plot"), plotNode), depthTab,
                lazyTab("chain", text.get("tab.chain"), () -> new ChainView(chainVm.get(), text)),
                lazyTab("eval", text.get("tab.eval"), () -> new EvalView(new EvalViewModel(vm, chainVm.get(), text),
                        text)),
                lazyTab("softmax", text.get("tab.softmax"), () -> new SoftmaxView(new SoftmaxViewModel(text), text)));
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // parameters set on the plot tab apply to the depth chart when it is shown again
        depthTab.selectedProperty().addListener((obs, was, now) -> {
            if (now && depth[0] != null) {
                depth[0].refresh();
            }
        });
        String first = System.getProperty("activationplotter.tab", "plot").trim().toLowerCase(Locale.ROOT);
        tabs.getTabs().stream().filter(t -> t.getId().equals(first + "-tab")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        return tabs;
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
