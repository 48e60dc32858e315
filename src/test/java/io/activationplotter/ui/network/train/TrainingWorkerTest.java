package io.activationplotter.ui.network.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.train.Batches;
import io.activationplotter.model.network.train.DatasetKind;
import io.activationplotter.model.network.train.DecisionGrid;
import io.activationplotter.model.network.train.LayerHealth;
import io.activationplotter.model.network.train.Trainer;
import io.activationplotter.model.network.train.TrainingSetup;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The training thread's snapshots: thinned while playing, whole and exact when it stops or steps. */
class TrainingWorkerTest {

    private final List<TrainingSnapshot> published = new CopyOnWriteArrayList<>();
    private final TrainingWorker worker = new TrainingWorker(published::add);
    private final TrainingSetup setup = TrainingSetup.of(DatasetKind.SPIRAL,
            Catalogue.find("tanh").orElseThrow().createDefault(), 4, 16);

    @AfterEach
    void tearDown() {
        worker.shutdown();
    }

    private TrainingSnapshot last() {
        return published.get(published.size() - 1);
    }

    /** @return the network of a fresh run of the same setup after some epochs (the same seed, the same run). */
    private static Trainer replay(TrainingSetup setup, int epochs) {
        Trainer t = new Trainer(setup);
        for (int i = 0; i < epochs; i++) {
            t.epoch();
        }
        return t;
    }

    private static void assertExact(TrainingSnapshot s, TrainingSetup setup) {
        Trainer t = replay(setup, s.latest().epoch());
        assertThat(s.settled()).isTrue();
        assertThat(s.heatmap()).containsExactly(DecisionGrid.probabilities(t.network(), TrainingWorker.CELLS));
        LayerHealth.Counts c = new LayerHealth(t.network(), LayerHealth.DEFAULT_THRESHOLD)
                .measure(t.network(), Batches.inputs(t.data().train()));
        assertThat(s.health().dead()).containsExactly(c.dead());
        assertThat(s.health().saturated()).containsExactly(c.saturated());
        assertThat(s.epochs()[s.epochs().length - 1]).isEqualTo(s.latest().epoch());
    }

    @Test
    void afterAPauseTheLastSnapshotIsTheExactStateOfItsEpoch() throws Exception {
        // given
        worker.setSpeed(0);
        worker.reset(setup);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !published.isEmpty());
        assertExact(published.get(0), setup);
        // when
        worker.play();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> last().latest().epoch() >= 30);
        worker.pause();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> last().settled() && last().latest().epoch() >= 30);
        // then
        assertExact(last(), setup);
        for (TrainingSnapshot s : published.subList(1, published.size() - 1)) {
            assertThat(s.settled()).as("while playing").isFalse();
        }
    }

    @Test
    void aStepPublishesTheExactStateOfTheNextEpoch() throws Exception {
        worker.reset(setup);
        worker.step();
        worker.step();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> published.size() == 3);
        assertThat(published).extracting(s -> s.latest().epoch()).containsExactly(0, 1, 2);
        assertExact(last(), setup);
        assertThat(published.get(1).heatmap()).isNotSameAs(last().heatmap());
    }
}
