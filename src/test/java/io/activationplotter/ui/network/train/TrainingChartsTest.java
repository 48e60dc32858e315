package io.activationplotter.ui.network.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.train.Batches;
import io.activationplotter.model.network.train.DatasetKind;
import io.activationplotter.model.network.train.DecisionGrid;
import io.activationplotter.model.network.train.EpochReport;
import io.activationplotter.model.network.train.LayerHealth;
import io.activationplotter.model.network.train.Trainer;
import io.activationplotter.model.network.train.TrainingSetup;
import io.activationplotter.ui.Messages;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A snapshot changes only the charts whose data it renews, each with one change event (one redraw). */
class TrainingChartsTest {

    private final Messages text = Messages.load();
    private final TrainingCharts charts = new TrainingCharts();
    private final int[] events = new int[4]; // boundary, loss, gradients, units
    private Trainer trainer;
    private TrainingHistory history;
    private LayerHealth health;

    @BeforeEach
    void setUp() {
        text.setLocale(Locale.ENGLISH);
        charts.relabel(text);
        trainer = new Trainer(TrainingSetup.of(DatasetKind.SPIRAL, Catalogue.find("relu").orElseThrow().createDefault(),
                4, 16));
        history = new TrainingHistory(4);
        health = new LayerHealth(trainer.network(), LayerHealth.DEFAULT_THRESHOLD);
        JFreeChart[] all = {charts.decision().getChart(), charts.loss().getChart(), charts.gradients().getChart(),
                charts.units().getChart()};
        for (int i = 0; i < all.length; i++) {
            int k = i;
            all[i].addChangeListener(e -> events[k]++);
        }
    }

    private TrainingSnapshot snapshot(EpochReport r, double[] heatmap, LayerHealth.Counts counts, boolean settled) {
        return new TrainingSnapshot(1, trainer.data(), r, history.epochs(), history.curves(), heatmap,
                TrainingWorker.CELLS, counts, 16, settled);
    }

    private EpochReport epoch() {
        EpochReport r = trainer.epoch();
        history.add(r);
        return r;
    }

    private double[] heatmap() {
        return DecisionGrid.probabilities(trainer.network(), TrainingWorker.CELLS);
    }

    private LayerHealth.Counts counts() {
        return health.measure(trainer.network(), Batches.inputs(trainer.data().train()));
    }

    private int[] eventsOf(TrainingSnapshot was, TrainingSnapshot s) {
        java.util.Arrays.fill(events, 0);
        charts.show(was, s, text);
        return events.clone();
    }

    @Test
    void theFirstSnapshotFillsEveryChartWithOneEventEach() {
        EpochReport r = trainer.evaluate();
        history.add(r);
        // points and heatmap are two changes of the boundary chart, once per run
        assertThat(eventsOf(null, snapshot(r, heatmap(), counts(), true))).containsExactly(2, 1, 1, 1);
        assertThat(charts.loss().getDataset().getSeries(0).getItemCount()).isEqualTo(1);
        assertThat(charts.units().getDataset().getColumnCount()).isEqualTo(4);
    }

    @Test
    void aNewEpochWithTheSameHeatmapAndCountsRedrawsOnlyTheTwoCurves() {
        // given
        EpochReport r = trainer.evaluate();
        history.add(r);
        TrainingSnapshot first = snapshot(r, heatmap(), counts(), true);
        charts.show(null, first, text);
        // when: the training thread did not refresh the heatmap and the counts (same arrays)
        TrainingSnapshot next = snapshot(epoch(), first.heatmap(), first.health(), false);
        // then
        assertThat(eventsOf(first, next)).containsExactly(0, 1, 1, 0);
        assertThat(charts.loss().getDataset().getSeries(0).getItemCount()).isEqualTo(2);
        assertThat(charts.gradients().getDataset().getSeries(3).getMaxX()).isEqualTo(1);
    }

    @Test
    void aRefreshedHeatmapIsOneEventAndTheSameSnapshotAgainIsNone() {
        // given
        EpochReport r = trainer.evaluate();
        history.add(r);
        TrainingSnapshot first = snapshot(r, heatmap(), counts(), true);
        charts.show(null, first, text);
        epoch();
        TrainingSnapshot next = snapshot(epoch(), heatmap(), first.health(), false);
        // when / then
        assertThat(eventsOf(first, next)).containsExactly(1, 1, 1, 0);
        assertThat(charts.decision().getHeatmap().getZValue(0, 0)).isEqualTo(next.heatmap()[0]);
        assertThat(eventsOf(next, next)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void newCountsThatEqualTheShownOnesChangeNothingAndDifferentOnesOneEvent() {
        // given
        EpochReport r = trainer.evaluate();
        history.add(r);
        TrainingSnapshot first = snapshot(r, heatmap(), counts(), true);
        charts.show(null, first, text);
        // when: counted again on the same network: a new object, the same numbers
        TrainingSnapshot same = new TrainingSnapshot(1, trainer.data(), r, first.epochs(), first.curves(),
                first.heatmap(), first.cells(), counts(), 16, false);
        assertThat(same.health()).isNotSameAs(first.health());
        assertThat(eventsOf(first, same)).containsExactly(0, 0, 0, 0);
        // then: other numbers redraw the chart once
        int[] dead = first.health().dead().clone();
        dead[0] = dead[0] == 16 ? 15 : dead[0] + 1;
        int[] sat = first.health().saturated().clone();
        sat[0] = Math.max(0, Math.min(sat[0], 16 - dead[0]));
        TrainingSnapshot other = new TrainingSnapshot(1, trainer.data(), r, first.epochs(), first.curves(),
                first.heatmap(), first.cells(), new LayerHealth.Counts(dead, sat), 16, false);
        assertThat(eventsOf(same, other)).containsExactly(0, 0, 0, 1);
        assertThat(charts.units().getDataset().getValue(0, 0).intValue()).isEqualTo(dead[0]);
    }
}
