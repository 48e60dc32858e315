package io.activationplotter.ui.network;

import io.activationplotter.model.network.LayerHistograms;
import io.activationplotter.model.network.NetworkResult;

/**
 * What the worker hands the FX thread for one run: the run and its histograms, both computed off the
 * FX thread, so showing a run only fills the charts.
 *
 * @param result      the run.
 * @param histograms  its histograms, with the chart's bins.
 */
record NetworkRun(NetworkResult result, LayerHistograms histograms) {
}
