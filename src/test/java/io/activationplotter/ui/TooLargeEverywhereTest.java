package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import io.activationplotter.ui.table.EvalViewModel;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** 1e400 is a number too large for a double, not "not a number", in every field that takes numbers. */
class TooLargeEverywhereTest {

    private static Messages english() {
        Messages text = Messages.load();
        text.setLocale(Locale.ENGLISH);
        return text;
    }

    @Test
    void rangeFieldsSayTooLarge() {
        // given
        PlotViewModel vm = new PlotViewModel(english());

        // when
        vm.range().apply("-6", "1e400");

        // then
        assertThat(vm.messageProperty().get()).isEqualTo("x max: 1e400 is too large (largest allowed 1000000).");
    }

    @Test
    void evaluateSaysTooLarge() {
        // given
        Messages text = english();
        PlotViewModel plot = new PlotViewModel(text);
        EvalViewModel eval = new EvalViewModel(plot, new ChainViewModel(plot), text);

        // when
        eval.inputProperty().set("1 1e400 -1e400 abc");

        // then
        assertThat(eval.rowsProperty()).extracting(r -> r.error()).containsExactly(null,
                "'1e400' is too large (largest allowed 1.8e308)",
                "'-1e400' is too far below zero (smallest allowed -1.8e308)", "'abc' is not a number");
    }

    @Test
    void softmaxSaysTooLarge() {
        // given
        SoftmaxViewModel softmax = new SoftmaxViewModel(new PlotViewModel(english()), english());

        // when
        softmax.logitsTextProperty().set("1, 1e400, 2");

        // then
        assertThat(softmax.errorProperty().get()).isTrue();
        assertThat(softmax.messageProperty().get()).isEqualTo("'1e400' is too large (largest allowed 1.8e308)");
    }
}
