package io.activationplotter.ui.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.Extremes;
import io.activationplotter.model.Extremes.MaxSlope;
import io.activationplotter.model.SaturationKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The newest request wins, whatever order the worker finishes in. Both threads are played by hand
 * (queues run by the test), so every interleaving here is deterministic.
 */
class MaxSlopeSearchTest {

    private final List<Runnable> worker = new ArrayList<>();
    private final List<Runnable> fx = new ArrayList<>();
    private final List<MaxSlope> delivered = new ArrayList<>();
    private final MaxSlopeSearch search = new MaxSlopeSearch(worker::add, fx::add, delivered::add);

    private static Activation f(String id) {
        return Catalogue.find(id).orElseThrow().createDefault();
    }

    private static void runAll(List<Runnable> queue) {
        List<Runnable> now = new ArrayList<>(queue);
        queue.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void answersWithTheExtremesOfTheFunction() {
        // when
        search.request(f("gelu"));
        runAll(worker);
        // then: nothing arrives before the requesting thread runs the hand-back, then exactly the search's answer
        assertThat(delivered).isEmpty();
        runAll(fx);
        assertThat(delivered).containsExactly(Extremes.maxAbsDerivative(f("gelu")));
    }

    @Test
    void aNewerRequestCancelsAnOlderOneNotYetStarted() {
        // when: three requests before the worker gets to any
        search.request(f("sigmoid"));
        search.request(f("tanh"));
        search.request(f("gelu"));
        runAll(worker);
        runAll(fx);
        // then: the two older searches never ran (one hand-back only)
        assertThat(delivered).containsExactly(Extremes.maxAbsDerivative(f("gelu")));
    }

    @Test
    void anOlderAnswerArrivingLastIsDropped() {
        // given: the sigmoid search has finished, its hand-back not yet run
        search.request(f("sigmoid"));
        runAll(worker);
        List<Runnable> sigmoidAnswer = new ArrayList<>(fx);
        fx.clear();
        // when: a newer request answers first, then the old answer comes in
        search.request(f("tanh"));
        runAll(worker);
        runAll(fx);
        runAll(sigmoidAnswer);
        // then
        assertThat(delivered).containsExactly(Extremes.maxAbsDerivative(f("tanh")));
    }

    @Test
    void anOlderAnswerArrivingFirstIsDroppedToo() {
        // given: both searches finished, hand-backs queued oldest first
        search.request(f("sigmoid"));
        runAll(worker);
        search.request(f("tanh"));
        runAll(worker);
        // when
        runAll(fx);
        // then
        assertThat(fx).isEmpty();
        assertThat(delivered).containsExactly(Extremes.maxAbsDerivative(f("tanh")));
    }

    @Test
    void supersedeDropsEveryAnswerStillOnItsWay() {
        // given
        search.request(f("sigmoid"));
        runAll(worker);
        search.request(f("tanh"));
        // when
        search.supersede();
        runAll(worker);
        runAll(fx);
        // then
        assertThat(delivered).isEmpty();
    }

    @Test
    void aFailingSearchFailsOnTheRequestingThread() {
        // given: a function whose derivative throws
        Activation broken = new Activation() {
            @Override
            public double value(double x) {
                return x;
            }

            @Override
            public double derivative(double x) {
                throw new ArithmeticException("no derivative");
            }

            @Override
            public SaturationKind leftSaturation() {
                return SaturationKind.NONE;
            }

            @Override
            public SaturationKind rightSaturation() {
                return SaturationKind.NONE;
            }
        };
        // when
        search.request(broken);
        runAll(worker);
        // then
        assertThat(fx).hasSize(1);
        assertThatThrownBy(() -> fx.get(0).run()).isInstanceOf(ArithmeticException.class)
                .hasMessage("no derivative");
        assertThat(delivered).isEmpty();
    }
}
