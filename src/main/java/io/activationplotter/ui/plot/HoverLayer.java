package io.activationplotter.ui.plot;

import io.activationplotter.ui.NumberText;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The hover as JavaFX nodes over the chart (never in an export): a vertical line at the mouse x, a
 * dot on every drawn curve (filled on f, hollow on f'), and a small box beside the line listing
 * every drawn function's exact f and f' there. It redraws from {@link PlotViewModel#hoverPointsProperty()}
 * and after every chart change, so it follows zoom, pan, reset and parameter changes.
 */
final class HoverLayer {

    private static final double DOT = 4.5;
    private static final double GAP = 12;

    private final ChartPane pane;
    private final PlotViewModel vm;
    private final Line line = new Line();
    private final Pane dots = new Pane();
    private final VBox box = new VBox(1);

    HoverLayer(ChartPane pane, PlotViewModel vm) {
        this.pane = pane;
        this.vm = vm;
        line.setId("hover-line");
        line.getStyleClass().add("hover-line");
        line.setManaged(false);
        dots.setId("hover-markers");
        dots.setManaged(false);
        box.setId("hover-readout");
        box.getStyleClass().add("hover-readout");
        box.setManaged(false);
        pane.getOverlay().getChildren().addAll(line, dots, box);
        InvalidationListener refresh = o -> refresh();
        vm.hoverPointsProperty().addListener(refresh);
        vm.chart().getChart().addChangeListener(e -> refresh());
        refresh();
    }

    /** Places line, dots and box for the current points, or hides them. */
    void refresh() {
        List<HoverPoint> points = vm.hoverPointsProperty().get();
        Rectangle2D area = pane.dataArea();
        boolean shown = !points.isEmpty() && area != null;
        line.setVisible(shown);
        box.setVisible(shown);
        dots.getChildren().clear();
        box.getChildren().clear();
        if (!shown) {
            return;
        }
        Point2D at = pane.toCanvas(points.get(0).x(), 0);
        javafx.geometry.Point2D top = pane.toOverlay(at.getX(), area.getMinY());
        javafx.geometry.Point2D bottom = pane.toOverlay(at.getX(), area.getMaxY());
        line.setStartX(top.getX());
        line.setStartY(top.getY());
        line.setEndX(bottom.getX());
        line.setEndY(bottom.getY());
        dots.getChildren().setAll(markers(points, area));
        fillBox(points);
        placeBox(top, pane.toOverlay(area.getMaxX(), area.getMinY()).getX());
    }

    private List<Node> markers(List<HoverPoint> points, Rectangle2D area) {
        List<Node> list = new ArrayList<>();
        for (HoverPoint p : points) {
            addMarker(list, p, p.value(), false, area);
            if (p.showDerivative()) {
                addMarker(list, p, p.derivative(), true, area);
            }
        }
        return list;
    }

    private void addMarker(List<Node> list, HoverPoint p, double y, boolean derivative, Rectangle2D area) {
        if (!Double.isFinite(y)) {
            return;
        }
        Point2D c = pane.toCanvas(p.x(), y);
        if (c.getY() < area.getMinY() - 1 || c.getY() > area.getMaxY() + 1) {
            return; // off the visible y-range
        }
        javafx.geometry.Point2D o = pane.toOverlay(c.getX(), c.getY());
        Circle dot = new Circle(o.getX(), o.getY(), derivative ? DOT - 0.5 : DOT);
        Color colour = colour(p.curve());
        dot.getStyleClass().add(derivative ? "hover-marker-derivative" : "hover-marker");
        dot.setUserData(p.label() + (derivative ? "′" : ""));
        Color background = background();
        dot.setFill(derivative ? background : colour);
        dot.setStroke(derivative ? colour : background);
        dot.setStrokeWidth(derivative ? 2 : 1.5);
        list.add(dot);
    }

    private void fillBox(List<HoverPoint> points) {
        Label x = new Label("x = " + NumberText.format(points.get(0).x()));
        x.getStyleClass().add("hover-x");
        box.getChildren().add(x);
        for (HoverPoint p : points) {
            String row = p.label() + "   f = " + NumberText.format(p.value())
                    + (p.showDerivative() ? "   f′ = " + NumberText.format(p.derivative()) : "");
            Label l = new Label(row);
            l.getStyleClass().add("hover-row");
            Circle swatch = new Circle(4, colour(p.curve()));
            l.setGraphic(swatch);
            box.getChildren().add(l);
        }
    }

    /** Beside the line near the top of the plot; to its left when there is no room on the right. */
    private void placeBox(javafx.geometry.Point2D top, double rightEdge) {
        box.applyCss();
        box.autosize();
        double w = box.getWidth();
        double x = top.getX() + GAP + w <= rightEdge ? top.getX() + GAP : top.getX() - GAP - w;
        box.relocate(Math.max(0, x), top.getY() + GAP / 2);
    }

    /** @return the colour the chart draws a curve's f in (series 2i), so dot and line always agree. */
    private Color colour(int curve) {
        java.awt.Paint p = vm.chart().getChart().getXYPlot().getRenderer().getSeriesPaint(2 * curve);
        return p instanceof java.awt.Color c ? fx(c) : Color.GRAY;
    }

    /** @return the plot's background, so hollow dots and rims suit the light and the dark theme. */
    private Color background() {
        java.awt.Paint p = vm.chart().getChart().getXYPlot().getBackgroundPaint();
        return p instanceof java.awt.Color c ? fx(c) : Color.WHITE;
    }

    private static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
