package io.activationplotter.ui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Viewers of charts that outlive them. A chart holds its viewer's canvas as a change listener, and
 * the canvas holds the whole view it is in; so a viewer listens to its chart only while it is in a
 * scene, and a view replaced by a language switch is collected instead of being kept, and redrawn,
 * by the chart of a view-model that is kept.
 */
public final class ChartViewers {

    private ChartViewers() {
    }

    /**
     * Creates a viewer that draws a chart while it is in a scene.
     *
     * @param chart  the chart ({@code null} not permitted).
     * @param id     the viewer's CSS id ({@code null} not permitted).
     * @return the viewer, without the context menu.
     */
    public static ChartViewer of(JFreeChart chart, String id) {
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.setId(id);
        viewer.sceneProperty().addListener((obs, old, now) -> viewer.getCanvas().setChart(now == null ? null : chart));
        return viewer;
    }
}
