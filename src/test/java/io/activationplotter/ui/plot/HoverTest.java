package io.activationplotter.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.Tabs;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hover: a dot on every drawn curve and a floating readout listing every drawn function's exact
 * f and f' at the mouse x, following redraws, and never part of the chart (so never exported).
 */
@ExtendWith(ApplicationExtension.class)
class HoverTest {

    private static final ActivationType SIGMOID = Catalogue.find("sigmoid").orElseThrow();
    private static final ActivationType TANH = Catalogue.find("tanh").orElseThrow();
    private static final ActivationType RELU = Catalogue.find("relu").orElseThrow();

    private PlotViewModel vm;
    private ChartPane pane;

    /** Where the last mouse event on the canvas was, in canvas pixels (the robot's points are rounded). */
    private final double[] pointer = new double[2];

    @Start
    void start(Stage stage) {
        var view = Tabs.show(stage);
        vm = view.getViewModel();
        pane = view.getChartPane();
        canvas().addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            pointer[0] = e.getX();
            pointer[1] = e.getY();
        });
    }

    /** @return the x under the resting pointer in the chart as drawn now. */
    private double xUnderPointer() {
        return pane.xAt(pointer[0], pointer[1]);
    }

    private ChartCanvas canvas() {
        return pane.getViewer().getCanvas();
    }

    private Point2D inPlot(double fx, double fy) {
        Rectangle2D a = pane.dataArea();
        return canvas().localToScreen(a.getMinX() + fx * a.getWidth(), a.getMinY() + fy * a.getHeight());
    }

    private void compare(FxRobot robot, ActivationType... types) {
        robot.interact(() -> {
            for (ActivationType t : types) {
                vm.setCompared(t, true);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> readoutRows(FxRobot robot) {
        VBox box = robot.lookup("#hover-readout").queryAs(VBox.class);
        assertThat(box.isVisible()).isTrue();
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private List<Circle> markers(FxRobot robot) {
        return robot.lookup("#hover-markers").queryAs(Pane.class).getChildren().stream()
                .map(Circle.class::cast).toList();
    }

    private String row(ActivationType t, double x) {
        Activation f = t.createDefault();
        return t.displayName() + "   f = " + NumberText.format(f.value(x)) + "   f′ = "
                + NumberText.format(f.derivative(x));
    }

    @Test
    void theReadoutListsEveryDrawnFunctionWithExactValues(FxRobot robot) {
        // given
        compare(robot, TANH, RELU);
        // when
        robot.moveTo(inPlot(0.62, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        // then: values from the model at the x under the mouse, not read off the samples
        double x = vm.hoverXProperty().get();
        assertThat(x).isBetween(0.0, 6.0);
        List<HoverPoint> points = vm.hoverPointsProperty().get();
        assertThat(points).extracting(HoverPoint::label).containsExactly("Sigmoid", "Tanh", "ReLU");
        assertThat(points.get(1).value()).isEqualTo(TANH.createDefault().value(x));
        assertThat(points.get(1).derivative()).isEqualTo(TANH.createDefault().derivative(x));
        assertThat(points.get(2).value()).isEqualTo(x);
        assertThat(readoutRows(robot)).containsExactly("x = " + NumberText.format(x), row(SIGMOID, x),
                row(TANH, x), row(RELU, x));
        // and the status line keeps the selected function's readout
        assertThat(robot.lookup("#readout").queryAs(Label.class).getText())
                .contains("f(x) = " + NumberText.format(SIGMOID.createDefault().value(x)));
    }

    @Test
    void everyVisibleCurveGetsAMarkerOnIt(FxRobot robot) {
        // given
        compare(robot, TANH, RELU);
        robot.moveTo(inPlot(0.7, 0.3));
        WaitForAsyncUtils.waitForFxEvents();
        double x = vm.hoverXProperty().get();
        // then: f and f' of three functions
        List<Circle> dots = markers(robot);
        assertThat(dots).extracting(Node::getUserData)
                .containsExactly("Sigmoid", "Sigmoid′", "Tanh", "Tanh′", "ReLU", "ReLU′");
        assertOnCurve(dots.get(2), x, TANH.createDefault().value(x));
        assertOnCurve(dots.get(3), x, TANH.createDefault().derivative(x));
        assertOnCurve(dots.get(4), x, x);
        // when: derivatives hidden
        robot.clickOn("#derivative-toggle");
        robot.moveTo(inPlot(0.7, 0.3));
        WaitForAsyncUtils.waitForFxEvents();
        // then: f only, in the list too
        assertThat(markers(robot)).extracting(Node::getUserData).containsExactly("Sigmoid", "Tanh", "ReLU");
        assertThat(readoutRows(robot).get(1)).doesNotContain("f′");
    }

    /** The dot's centre lies at the data point (x, y) on the screen. */
    private void assertOnCurve(Circle dot, double x, double y) {
        java.awt.geom.Point2D c = pane.toCanvas(x, y);
        Point2D expected = canvas().localToScreen(c.getX(), c.getY());
        Point2D actual = dot.localToScreen(dot.getCenterX(), dot.getCenterY());
        assertThat(actual.getX()).isCloseTo(expected.getX(), within(0.01));
        assertThat(actual.getY()).isCloseTo(expected.getY(), within(0.01));
    }

    @Test
    void theHoverFollowsAResetViewUnderTheRestingPointer(FxRobot robot) {
        // given: zoomed in, the mouse resting on the plot
        robot.interact(() -> vm.range().zoom(0.25, 0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(inPlot(0.75, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        double zoomedX = vm.hoverXProperty().get();
        assertThat(zoomedX).isCloseTo(0.75, within(0.05));
        // when: Ctrl+0, without moving the mouse
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the same pixel now reads another x, and readout and markers show it
        double x = vm.hoverXProperty().get();
        assertThat(x).isEqualTo(xUnderPointer());
        assertThat(x).isCloseTo(3.0, within(0.2));
        assertThat(readoutRows(robot)).containsExactly("x = " + NumberText.format(x), row(SIGMOID, x));
        assertOnCurve(markers(robot).get(0), x, SIGMOID.createDefault().value(x));
    }

    @Test
    void theHoverFollowsAParameterChange(FxRobot robot) {
        // given
        ActivationType leaky = Catalogue.find("leaky_relu").orElseThrow();
        robot.interact(() -> vm.selectedTypeProperty().set(leaky));
        robot.moveTo(inPlot(0.2, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        double x = vm.hoverXProperty().get();
        assertThat(x).isNegative();
        // when
        robot.interact(() -> vm.parametersProperty().get(0).commitText("0.5"));
        WaitForAsyncUtils.waitForFxEvents();
        // then: the new slope at the x under the pointer (the y-axis moved, so the x may have too)
        x = vm.hoverXProperty().get();
        assertThat(x).isEqualTo(xUnderPointer()).isNegative();
        assertThat(vm.hoverPointsProperty().get().get(0).value()).isEqualTo(0.5 * x);
        assertOnCurve(markers(robot).get(0), x, 0.5 * x);
    }

    @Test
    void theHoverIsNotPartOfTheChartAndLeavesWithTheMouse(FxRobot robot) {
        // given
        AtomicInteger chartChanges = new AtomicInteger();
        robot.interact(() -> vm.chart().getChart().addChangeListener(e -> chartChanges.incrementAndGet()));
        // when
        robot.moveTo(inPlot(0.4, 0.4)).moveTo(inPlot(0.6, 0.4));
        WaitForAsyncUtils.waitForFxEvents();
        // then: nothing was drawn into the chart (exports render the chart)
        assertThat(markers(robot)).isNotEmpty();
        assertThat(chartChanges).hasValue(0);
        assertThat(vm.chart().getChart().getXYPlot().getAnnotations()).isEmpty();
        // when: the mouse leaves the plot
        robot.moveTo("#x-min");
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(robot.lookup("#hover-readout").queryAs(VBox.class).isVisible()).isFalse();
        assertThat(markers(robot)).isEmpty();
        assertThat(vm.hoverPointsProperty().get()).isEmpty();
    }
}
