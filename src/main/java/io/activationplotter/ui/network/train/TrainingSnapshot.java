package io.activationplotter.ui.network.train;

import io.activationplotter.model.network.train.Dataset;
import io.activationplotter.model.network.train.EpochReport;
import io.activationplotter.model.network.train.LayerHealth;

/**
 * What the view shows of a training run at one moment, made on the training thread and handed to
 * the FX thread whole (nothing in it changes afterwards). While playing, the heatmap and the unit
 * counts are refreshed less often than the curves: a snapshot whose {@code heatmap} or {@code health}
 * is the same object as the previous one's has nothing new there.
 *
 * @param generation  the run it belongs to (a reset starts a new one; older snapshots are dropped).
 * @param data        the points.
 * @param latest      the latest epoch's report.
 * @param epochs      the epochs of the history's points.
 * @param curves      train loss, test loss, then each layer's gradient RMS, at those epochs.
 * @param heatmap     p(class 1) on the grid, see {@link io.activationplotter.model.network.train.DecisionGrid}.
 * @param cells       the grid's cells along each side.
 * @param health      the dead and saturated units per layer on the training points.
 * @param width       the units per layer.
 * @param settled     {@code true} for the snapshot of a reset, a step or the end of playing: every part
 *                    of it is of the latest epoch's network.
 */
record TrainingSnapshot(int generation, Dataset data, EpochReport latest, double[] epochs, double[][] curves,
        double[] heatmap, int cells, LayerHealth.Counts health, int width, boolean settled) {
}
