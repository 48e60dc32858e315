package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.chain.ChainView;
import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.depth.DepthView;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxView;
import io.activationplotter.ui.table.EvalView;
import io.activationplotter.ui.table.EvalViewModel;
import io.activationplotter.ui.window.MainView;
import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch rebuilds everything around the chart; the views it replaces must not stay
 * reachable from the long-lived view-models (the plot's, and the classroom tabs', which are kept
 * across switches) and keep reacting to every change. Checked with weak references and the garbage
 * collector: a leaked view is never collected, however often it runs.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchLeakTest {

    private static final int SWITCHES = 4;
    private static final int GC_TRIES = 20;

    private PlotViewModel vm;
    private Messages text;
    private MainView view;

    @Start
    void start(Stage stage) {
        text = Messages.load();
        text.setLocale(Locale.ENGLISH);
        vm = new PlotViewModel(text);
        view = new MainView(vm, text);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    /** @return the views a language switch replaces, by name, as weak references. */
    private Map<String, WeakReference<Object>> replacedViews(FxRobot robot) {
        Map<String, WeakReference<Object>> views = new LinkedHashMap<>();
        robot.interact(() -> {
            views.put("controls pane", new WeakReference<>(
                    robot.lookup("#controls-scroll").queryAs(ScrollPane.class).getContent()));
            views.put("info panel", new WeakReference<>(
                    robot.lookup("#info-scroll").queryAs(ScrollPane.class).getContent()));
            views.put("toolbar", new WeakReference<>(view.getTop()));
            views.put("status line", new WeakReference<>(view.getBottom()));
            TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
            views.put("tab pane", new WeakReference<>(tabs));
            // the classroom tabs are built on first view: build them all
            tabs.getTabs().forEach(t -> tabs.getSelectionModel().select(t));
            tabs.getSelectionModel().select(0);
            tabs.getTabs().stream().skip(1).forEach(t -> views.put(t.getId() + " content",
                    new WeakReference<>(t.getContent())));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return views;
    }

    private void switchLanguage(FxRobot robot, Locale locale) {
        robot.interact(() -> vm.display().setLanguage(locale));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs the collector until every reference is cleared, or gives up after {@value #GC_TRIES} tries. */
    private static void collect(Map<String, WeakReference<Object>> refs) throws InterruptedException {
        for (int i = 0; i < GC_TRIES && refs.values().stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents(); // a pulse lets the scene drop its own references
            Thread.sleep(50);
        }
    }

    @Test
    void viewsReplacedByALanguageSwitchAreCollected(FxRobot robot) throws InterruptedException {
        // given
        Map<String, WeakReference<Object>> old = replacedViews(robot);
        assertThat(old.values()).allMatch(r -> r.get() != null);
        // when
        for (int i = 0; i < SWITCHES; i++) {
            switchLanguage(robot, i % 2 == 0 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        }
        collect(old);
        // then
        List<String> reachable = old.entrySet().stream().filter(e -> e.getValue().get() != null)
                .map(Map.Entry::getKey).toList();
        assertThat(reachable).as("views still reachable after %d language switches", SWITCHES).isEmpty();
    }

    @Test
    void classroomModelsAreMadeOnceAndOldViewersLetGoOfTheirCharts(FxRobot robot) {
        // given: every classroom tab shown once
        replacedViews(robot);
        Map<String, Object> models = classroomModels(robot);
        Map<String, ChartViewer> viewers = new LinkedHashMap<>();
        robot.interact(() -> robot.lookup((javafx.scene.Node n) -> n instanceof ChartViewer).queryAllAs(ChartViewer.class)
                .forEach(v -> viewers.put(v.getId(), v)));
        assertThat(viewers.keySet()).contains("depth-chart", "chain-chart", "softmax-bars", "softmax-slice");
        // when
        for (int i = 0; i < SWITCHES; i++) {
            switchLanguage(robot, i % 2 == 0 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        }
        // then: the rebuilt views show the same models (no new set of listeners on the plot's)
        assertThat(classroomModels(robot)).containsExactlyEntriesOf(models);
        // and the replaced viewers no longer listen to the kept charts; the new ones do
        viewers.remove("chart"); // the plot's, which is kept
        viewers.remove("precision-error-chart"); // the plot's precision panels, kept with it
        viewers.remove("approximations-gelu-chart");
        viewers.remove("approximations-silu-chart");
        assertThat(viewers.values()).allMatch(v -> v.getCanvas().getChart() == null);
        robot.interact(() -> viewers.keySet().forEach(id -> assertThat(
                robot.lookup("#" + id).queryAs(ChartViewer.class).getCanvas().getChart()).isNotNull()));
    }

    /** @return the view-model of each classroom tab, by tab, after showing every tab. */
    private static Map<String, Object> classroomModels(FxRobot robot) {
        Map<String, Object> models = new LinkedHashMap<>();
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().forEach(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            models.put("depth", robot.lookup("#depth-view").queryAs(DepthView.class).getViewModel());
            models.put("chain", robot.lookup("#chain-view").queryAs(ChainView.class).getViewModel());
            models.put("eval", robot.lookup("#eval-view").queryAs(EvalView.class).getViewModel());
            models.put("softmax", robot.lookup("#softmax-view").queryAs(SoftmaxView.class).getViewModel());
        });
        return models;
    }

    @Test
    void classroomModelsFollowThePlotButDoNotOutliveTheMainView(FxRobot robot) throws InterruptedException {
        // given: the chain and evaluation models a main view keeps, over the long-lived plot model
        ChainViewModel[] chain = new ChainViewModel[1];
        EvalViewModel[] eval = new EvalViewModel[1];
        robot.interact(() -> {
            chain[0] = new ChainViewModel(vm);
            eval[0] = new EvalViewModel(vm, chain[0], text);
        });
        System.gc();
        // when: the plot changes, with the models still in use
        robot.interact(() -> {
            vm.selectedTypeProperty().set(Catalogue.find("tanh").orElseThrow());
            vm.logThresholdProperty().set(-1);
        });
        // then: they follow it (their listeners live as long as they do)
        assertThat(eval[0].functionNameProperty().get()).isEqualTo("Tanh");
        assertThat(chain[0].chart().getSaturation().threshold()).isEqualTo(0.1);
        // when: they are dropped (as with their main view)
        Map<String, WeakReference<Object>> old = new LinkedHashMap<>();
        old.put("chain model", new WeakReference<>(chain[0]));
        old.put("evaluation model", new WeakReference<>(eval[0]));
        chain[0] = null;
        eval[0] = null;
        collect(old);
        // then: the plot model does not keep them
        List<String> reachable = old.entrySet().stream().filter(e -> e.getValue().get() != null)
                .map(Map.Entry::getKey).toList();
        assertThat(reachable).as("models still reachable from the plot model").isEmpty();
    }
}
