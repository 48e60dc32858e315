package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.chain.ChainView;
import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.depth.DepthView;
import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxView;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import io.activationplotter.ui.table.EvalView;
import io.activationplotter.ui.table.EvalViewModel;
import io.activationplotter.ui.window.MainView;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch changes the words only: every classroom tab keeps what was built, set and
 * typed in it, the same tab stays selected, and the rebuilt views show the kept state, relabelled.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchKeepsTabsTest {

    private PlotViewModel vm;

    @Start
    void start(Stage stage) {
        Messages text = Messages.load();
        text.setLocale(Locale.ENGLISH);
        vm = new PlotViewModel(text);
        stage.setScene(new Scene(new MainView(vm, text), 1280, 800));
        stage.show();
    }

    private void switchTo(FxRobot robot, Locale locale) {
        robot.interact(() -> robot.lookup("#language-selector").<ComboBox<Locale>>query().setValue(locale));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup("#main-tabs").queryAs(TabPane.class);
    }

    private static String selectedTab(FxRobot robot) {
        return tabs(robot).getSelectionModel().getSelectedItem().getId();
    }

    private static String tabTitle(FxRobot robot, String name) {
        return tabs(robot).getTabs().stream().filter(t -> t.getId().equals(name + "-tab")).findFirst()
                .orElseThrow().getText();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** @return the texts of the labels in a view. */
    private static List<String> labels(FxRobot robot, Node view) {
        return robot.from(view).lookup(".label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static ActivationType type(String id) {
        return Catalogue.find(id).orElseThrow();
    }

    @Test
    void chainKeepsItsStagesAndTheTabStaysSelected(FxRobot robot) {
        // given: tanh added to ReLU → Sigmoid and moved up one place, through the controls
        Tabs.select(robot, "chain");
        ChainView before = robot.lookup("#chain-view").queryAs(ChainView.class);
        ChainViewModel model = before.getViewModel();
        robot.interact(() -> robot.lookup("#chain-choice").<ComboBox<ActivationType>>query().setValue(type("tanh")));
        robot.clickOn("#chain-add-button");
        robot.clickOn("#chain-up-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#chain-name")).isEqualTo("Chain: ReLU \u2192 Tanh \u2192 Sigmoid");
        // when
        switchTo(robot, Locale.SIMPLIFIED_CHINESE);
        // then: a new view, in Chinese, of the same model and stages, on the same tab
        ChainView after = robot.lookup("#chain-view").queryAs(ChainView.class);
        assertThat(after).isNotSameAs(before);
        assertThat(after.getViewModel()).isSameAs(model);
        assertThat(selectedTab(robot)).isEqualTo("chain-tab");
        assertThat(tabTitle(robot, "chain")).isEqualTo("组合");
        assertThat(model.getStages()).extracting(ActivationType::id).containsExactly("relu", "tanh", "sigmoid");
        assertThat(robot.lookup("#chain-list").queryAs(ListView.class).getItems()).hasSize(3);
        assertThat(label(robot, "#chain-name")).isEqualTo("组合：ReLU \u2192 Tanh \u2192 Sigmoid");
        assertThat(labels(robot, after)).contains("各层，自上而下依次作用（nn.Sequential）");
        assertThat(model.chart().getLabels()).isEqualTo(vm.chart().getLabels());
        assertThat(model.chart().getLabels().hardSaturation()).contains("硬饱和");
        // when: back to English, then a stage removed through the new view
        switchTo(robot, Locale.ENGLISH);
        assertThat(selectedTab(robot)).isEqualTo("chain-tab");
        assertThat(label(robot, "#chain-name")).isEqualTo("Chain: ReLU \u2192 Tanh \u2192 Sigmoid");
        robot.interact(() -> robot.lookup("#chain-list").queryAs(ListView.class).getSelectionModel().select(1));
        robot.clickOn("#chain-remove-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#chain-name")).isEqualTo("Chain: ReLU \u2192 Sigmoid");
    }

    @Test
    void depthKeepsItsLayersAndFunctions(FxRobot robot) {
        // given: 20 layers, GELU added and tanh removed
        Tabs.select(robot, "depth");
        DepthViewModel model = robot.lookup("#depth-view").queryAs(DepthView.class).getViewModel();
        robot.interact(() -> robot.lookup("#layers-slider").queryAs(Slider.class).setValue(20));
        robot.interact(() -> robot.lookup("#depth-add-choice").<ComboBox<ActivationType>>query().setValue(type("gelu")));
        robot.clickOn("#depth-add-button");
        robot.interact(() -> robot.lookup("#depth-functions").queryAs(ListView.class).getSelectionModel().select(1));
        robot.clickOn("#depth-remove-button");
        WaitForAsyncUtils.waitForFxEvents();
        // when
        switchTo(robot, Locale.SIMPLIFIED_CHINESE);
        // then
        DepthView after = robot.lookup("#depth-view").queryAs(DepthView.class);
        assertThat(after.getViewModel()).isSameAs(model);
        assertThat(selectedTab(robot)).isEqualTo("depth-tab");
        assertThat(tabTitle(robot, "depth")).isEqualTo("深度");
        assertThat(model.layersProperty().get()).isEqualTo(20);
        assertThat(model.getFunctions()).extracting(ActivationType::id).containsExactly("sigmoid", "relu", "gelu");
        assertThat(robot.lookup("#layers-slider").queryAs(Slider.class).getValue()).isEqualTo(20);
        assertThat(labels(robot, after)).contains("层数 n = 20");
        assertThat(label(robot, "#depth-readout")).startsWith("Sigmoid：max |f\u2032| = 0.25，max |f\u2032|^20 = ")
                .contains("GELU");
        assertThat(model.chart().getChart().getTitle().getText()).isEqualTo("经过 20 层的 |f\u2032(x)|^20");
        // and the new slider drives the kept model, and follows it
        Slider slider = robot.lookup("#layers-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(5));
        assertThat(model.layersProperty().get()).isEqualTo(5);
        robot.interact(() -> model.layersProperty().set(30));
        assertThat(slider.getValue()).isEqualTo(30);
    }

    @Test
    void evaluationKeepsItsInputSourceAndResults(FxRobot robot) {
        // given: inputs with one bad entry, evaluated through the chain
        Tabs.select(robot, "eval");
        EvalViewModel model = robot.lookup("#eval-view").queryAs(EvalView.class).getViewModel();
        robot.interact(() -> robot.lookup("#eval-input").queryAs(TextArea.class).setText("0.1; abc\n\u22122.5"));
        robot.interact(() -> robot.lookup("#eval-source").<ChoiceBox<EvalViewModel.Source>>query()
                .setValue(EvalViewModel.Source.CHAIN));
        WaitForAsyncUtils.waitForFxEvents();
        double first = model.rowsProperty().get(0).value();
        assertThat(label(robot, "#eval-summary")).isEqualTo("2 values, 1 not a number");
        // when
        switchTo(robot, Locale.SIMPLIFIED_CHINESE);
        // then
        EvalView after = robot.lookup("#eval-view").queryAs(EvalView.class);
        assertThat(after.getViewModel()).isSameAs(model);
        assertThat(selectedTab(robot)).isEqualTo("eval-tab");
        assertThat(tabTitle(robot, "eval")).isEqualTo("求值");
        assertThat(robot.lookup("#eval-input").queryAs(TextArea.class).getText()).isEqualTo("0.1; abc\n\u22122.5");
        assertThat(robot.lookup("#eval-source").<ChoiceBox<EvalViewModel.Source>>query().getValue())
                .isEqualTo(EvalViewModel.Source.CHAIN);
        assertThat(label(robot, "#eval-function")).isEqualTo("ReLU \u2192 Sigmoid");
        assertThat(model.rowsProperty()).hasSize(3);
        assertThat(model.rowsProperty().get(0).value()).isEqualTo(first);
        assertThat(model.rowsProperty().get(1).error()).isEqualTo("\u201cabc\u201d不是数字");
        assertThat(label(robot, "#eval-summary")).isEqualTo("2 个值，1 个不是数字");
        TableView<?> table = robot.lookup("#eval-table").queryAs(TableView.class);
        assertThat(table.getColumns().get(0).getText()).isEqualTo("行");
        assertThat(labels(robot, after)).contains("输入（列表或矩阵）");
    }

    @Test
    void softmaxKeepsItsLogitsTemperatureAndZ(FxRobot robot) {
        // given: four logits, τ = 2 and z = -2, through the controls
        Tabs.select(robot, "softmax");
        SoftmaxViewModel model = robot.lookup("#softmax-view").queryAs(SoftmaxView.class).getViewModel();
        robot.interact(() -> robot.lookup("#logits-field").queryAs(TextField.class).setText("3, 1, 0.5, -1"));
        robot.interact(() -> robot.lookup("#temperature-slider").queryAs(Slider.class).setValue(Math.log10(2)));
        robot.interact(() -> robot.lookup("#z-slider").queryAs(Slider.class).setValue(-2));
        WaitForAsyncUtils.waitForFxEvents();
        double[] p = model.probabilitiesProperty().get();
        // when
        switchTo(robot, Locale.SIMPLIFIED_CHINESE);
        // then
        SoftmaxView after = robot.lookup("#softmax-view").queryAs(SoftmaxView.class);
        assertThat(after.getViewModel()).isSameAs(model);
        assertThat(selectedTab(robot)).isEqualTo("softmax-tab");
        assertThat(robot.lookup("#logits-field").queryAs(TextField.class).getText()).isEqualTo("3, 1, 0.5, -1");
        assertThat(model.temperatureProperty().get()).isEqualTo(2.0);
        assertThat(model.zProperty().get()).isEqualTo(-2.0);
        assertThat(robot.lookup("#temperature-slider").queryAs(Slider.class).getValue()).isEqualTo(Math.log10(2));
        assertThat(robot.lookup("#z-slider").queryAs(Slider.class).getValue()).isEqualTo(-2);
        assertThat(model.probabilitiesProperty().get()).containsExactly(p);
        assertThat(model.bars().getDataset().getColumnCount()).isEqualTo(4);
        assertThat(labels(robot, after)).contains("温度 τ = 2", "第二个 logit z = -2（用于切片）");
        assertThat(label(robot, "#softmax-message")).startsWith("log-sum-exp = ").contains("稳定计算");
        assertThat(model.bars().getChart().getTitle().getText()).isEqualTo("softmax(z / τ)，τ = 2");
        assertThat(model.slice().getLabels()).isEqualTo(vm.chart().getLabels());
        // when: logits that do not parse, then back to English
        robot.interact(() -> robot.lookup("#logits-field").queryAs(TextField.class).setText("2, x"));
        assertThat(label(robot, "#softmax-message")).isEqualTo("\u201cx\u201d不是数字");
        switchTo(robot, Locale.ENGLISH);
        // then: the reason in English, the text as typed and the last good bars kept
        assertThat(label(robot, "#softmax-message")).isEqualTo("'x' is not a number");
        assertThat(robot.lookup("#logits-field").queryAs(TextField.class).getText()).isEqualTo("2, x");
        assertThat(model.bars().getDataset().getColumnCount()).isEqualTo(4);
        assertThat(model.bars().getChart().getTitle().getText()).isEqualTo("softmax(z / τ) at τ = 2");
    }

    @Test
    void tabsNotShownYetAreStillBuiltOnFirstView(FxRobot robot) {
        // when: a switch before any classroom tab was shown
        switchTo(robot, Locale.SIMPLIFIED_CHINESE);
        // then: the plot tab is shown and the others are still empty
        assertThat(selectedTab(robot)).isEqualTo("plot-tab");
        assertThat(tabs(robot).getTabs().stream().skip(1)).allMatch(t -> t.getContent() == null);
        // when: one is shown
        Tabs.select(robot, "softmax");
        // then: it is built, in Chinese
        assertThat(robot.lookup("#softmax-view").tryQuery()).isPresent();
        assertThat(label(robot, "#softmax-message")).contains("稳定计算");
        assertThat(tabs(robot).getTabs().get(1).getContent()).isNull();
    }
}
