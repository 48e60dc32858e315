package io.activationplotter.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Redraws gathered per change: once at the end of the outermost batch, at once outside any batch. */
class RedrawBatchTest {

    private int redraws;
    private final RedrawBatch batch = new RedrawBatch(() -> redraws++);

    @Test
    void aRequestOutsideABatchRedrawsAtOnce() {
        batch.request();
        assertThat(redraws).isEqualTo(1);
    }

    @Test
    void nestedBatchesRedrawOnceAtTheEndOfTheOutermost() {
        // when
        batch.run(() -> {
            batch.request();
            batch.run(() -> {
                batch.request();
                batch.request();
            });
            // then: the inner batch does not draw
            assertThat(redraws).isZero();
            batch.request();
        });
        // then
        assertThat(redraws).isEqualTo(1);
    }

    @Test
    void aBatchWithoutRequestsDoesNotRedraw() {
        batch.run(() -> { });
        assertThat(redraws).isZero();
    }

    @Test
    void aRequestMadeWhileRedrawingIsNotLost() {
        // given: a redraw that asks for one more the first time, as a listener on the figure might
        RedrawBatch[] holder = new RedrawBatch[1];
        holder[0] = new RedrawBatch(() -> {
            redraws++;
            if (redraws == 1) {
                holder[0].request();
            }
        });
        // when
        holder[0].run(holder[0]::request);
        // then
        assertThat(redraws).isEqualTo(2);
    }
}
