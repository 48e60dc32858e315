package io.activationplotter.ui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressListener;
import org.jfree.chart.fx.ChartViewer;

/**
 * Viewers of charts that outlive them. A chart holds its viewer's canvas as a change listener, and
 * the canvas holds the whole view it is in; so a viewer listens to its chart only while it is in a
 * scene, and a view replaced by a language switch is collected instead of being kept, and redrawn,
 * by the chart of a view-model that is kept. Each viewer's canvas keeps its drawing state in step
 * ({@link CanvasState}).
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
        ChartProgressListener inStep = CanvasState.of(viewer.getCanvas());
        if (inStep != null) {
            chart.addProgressListener(inStep);
        }
        viewer.sceneProperty().addListener((obs, old, now) -> {
            viewer.getCanvas().setChart(now == null ? null : chart);
            if (inStep != null) { // the chart holds the listener, which holds the canvas: only while shown
                chart.removeProgressListener(inStep);
                if (now != null) {
                    chart.addProgressListener(inStep);
                }
            }
        });
        return viewer;
    }
}
