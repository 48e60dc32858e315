package io.activationplotter.ui.network.train;

import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.network.train.DecisionChart;
import io.activationplotter.chart.network.train.HistoryChart;
import io.activationplotter.chart.network.train.UnitHealthChart;
import io.activationplotter.ui.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The training view's four charts and how a snapshot reaches them: each chart is changed only when
 * the snapshot renews its data (compared with the snapshot shown before by identity, as the training
 * thread hands on the same arrays when it did not refresh them), and then with one change event, so
 * one redraw.
 */
final class TrainingCharts {

    private final DecisionChart decision = new DecisionChart();
    private final HistoryChart loss = new HistoryChart("loss", true);
    private final HistoryChart gradients = new HistoryChart("RMS", false);
    private final UnitHealthChart units = new UnitHealthChart();

    /** @return the decision-boundary chart. */
    DecisionChart decision() {
        return decision;
    }

    /** @return the loss chart (train, test). */
    HistoryChart loss() {
        return loss;
    }

    /** @return the per-layer gradient RMS chart. */
    HistoryChart gradients() {
        return gradients;
    }

    /** @return the per-layer dead/saturated units chart. */
    UnitHealthChart units() {
        return units;
    }

    /** @param style  the style of all four ({@code null} not permitted). */
    void setStyle(ChartStyle style) {
        decision.setStyle(style);
        loss.setStyle(style);
        gradients.setStyle(style);
        units.setStyle(style);
    }

    /** @param text  the strings of the titles and axis labels ({@code null} not permitted). */
    void relabel(Messages text) {
        decision.setTitle(text.get("train.boundaryTitle"));
        decision.setPointLabels(text.get("train.points.train1"), text.get("train.points.train0"),
                text.get("train.points.test1"), text.get("train.points.test0"));
        loss.setLabels(text.get("train.lossTitle"), text.get("train.epochAxis"), text.get("train.lossAxis"));
        gradients.setLabels(text.get("train.gradTitle"), text.get("train.epochAxis"), text.get("train.gradAxis"));
        units.setLabels(text.get("train.unitsTitle"), text.get("train.layerAxis"), text.get("train.unitsAxis"));
    }

    /**
     * Shows a snapshot, changing only what is new in it.
     *
     * @param was   the snapshot shown until now ({@code null}: none, everything is new).
     * @param s     the snapshot ({@code null} not permitted).
     * @param text  the strings of the series labels ({@code null} not permitted).
     */
    void show(TrainingSnapshot was, TrainingSnapshot s, Messages text) {
        if (was == null || was.data() != s.data()) {
            showPoints(s);
        }
        if (was == null || was.heatmap() != s.heatmap()) {
            decision.setHeatmap(s.heatmap(), s.cells());
        }
        List<String> layerNames = new ArrayList<>();
        for (int i = 0; i < s.curves().length - 2; i++) {
            layerNames.add(text.get("train.layer", i + 1));
        }
        if (was == null || was.latest() != s.latest()) {
            showCurves(s, layerNames, text);
        }
        if (was == null || was.health() != s.health()) {
            units.update(List.of(text.get("train.dead"), text.get("train.saturated"), text.get("train.active")),
                    layerNames, s.health().dead(), s.health().saturated(), s.width());
        }
    }

    private void showPoints(TrainingSnapshot s) {
        int nTrain = s.data().train().size();
        int all = nTrain + s.data().test().size();
        double[] x = new double[all];
        double[] y = new double[all];
        int[] c = new int[all];
        for (int i = 0; i < all; i++) {
            var from = i < nTrain ? s.data().train() : s.data().test();
            int k = i < nTrain ? i : i - nTrain;
            x[i] = from.x(k);
            y[i] = from.y(k);
            c[i] = from.label(k);
        }
        decision.setPoints(x, y, c, nTrain);
    }

    private void showCurves(TrainingSnapshot s, List<String> layerNames, Messages text) {
        double[][] curves = s.curves();
        loss.update(List.of(text.get("train.loss.train"), text.get("train.loss.test")), s.epochs(),
                new double[][] {curves[0], curves[1]}, s.epochs().length);
        double[][] rms = new double[layerNames.size()][];
        for (int i = 0; i < rms.length; i++) {
            rms[i] = curves[2 + i];
        }
        gradients.update(layerNames, s.epochs(), rms, s.epochs().length);
    }
}
