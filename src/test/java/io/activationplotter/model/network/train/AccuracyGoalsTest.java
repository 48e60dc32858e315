package io.activationplotter.model.network.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The accuracy goals with the command line's defaults ({@link TrainingSetup#of}, {@link
 * TrainingSetup#DEFAULT_EPOCHS} epochs), on two seeds each (eight seeds each were measured
 * when the defaults were chosen: test accuracy at least 0.96 on the spiral, 0.99 on the others).
 */
class AccuracyGoalsTest {

    @ParameterizedTest(name = "{0} {1} {2}x{3} seed {5}: test accuracy >= {4}")
    @CsvSource({
        "xor, tanh, 2, 8, 0.95, 1", "xor, tanh, 2, 8, 0.95, 2",
        "circle, relu, 2, 8, 0.95, 1", "circle, relu, 2, 8, 0.95, 2",
        "gauss, sigmoid, 1, 4, 0.95, 1", "gauss, sigmoid, 1, 4, 0.95, 2",
        "spiral, tanh, 4, 16, 0.90, 1", "spiral, tanh, 4, 16, 0.90, 2",
        "spiral, relu, 4, 16, 0.90, 1", "spiral, relu, 4, 16, 0.90, 2",
    })
    void defaultsReachTheGoal(String dataset, String function, int layers, int width, double goal, long seed) {
        TrainingSetup setup = TrainingSetup.of(DatasetKind.find(dataset).orElseThrow(),
                Catalogue.find(function).orElseThrow().createDefault(), layers, width).withSeed(seed);
        Trainer t = new Trainer(setup);
        EpochReport last = t.evaluate();
        for (int e = 0; e < TrainingSetup.DEFAULT_EPOCHS; e++) {
            last = t.epoch();
        }
        assertThat(last.testAccuracy()).isGreaterThanOrEqualTo(goal);
    }
}
