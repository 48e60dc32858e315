package io.activationplotter.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.network.Initialisation;
import io.activationplotter.settings.ClassroomState;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.ClassroomModels;
import org.junit.jupiter.api.Test;

/** The network tab's inputs are saved as one entry and restored through the controls' limits. */
class NetworkSessionTest {

    private final PlotViewModel plot = new PlotViewModel();
    private final ClassroomModels models = new ClassroomModels(plot, plot.text());

    private static ClassroomState saved(String setup) {
        return new ClassroomState(null, null, null, null, null, null, null, null, setup);
    }

    @Test
    void aSavedSetupIsHeldUntilTheTabIsMadeThenApplied() {
        // when
        models.restore(saved("30,200,xavier_normal,0.5,2.5,64,7"));
        // then
        assertThat(models.snapshot().networkSetup()).isEqualTo("30,200,xavier_normal,0.5,2.5,64,7");
        NetworkViewModel vm = models.network();
        assertThat(vm.layersProperty().get()).isEqualTo(30);
        assertThat(vm.widthProperty().get()).isEqualTo(200);
        assertThat(vm.initProperty().get()).isEqualTo(Initialisation.XAVIER_NORMAL);
        assertThat(vm.stdProperty().get()).isEqualTo(0.5);
        assertThat(vm.gainProperty().get()).isEqualTo(2.5);
        assertThat(vm.batchProperty().get()).isEqualTo(64);
        assertThat(vm.seedProperty().get()).isEqualTo(7);
    }

    @Test
    void valuesOutOfRangeOrUnreadableKeepTheTabsOwn() {
        models.restore(saved("51,1,uniform,1e9,x,2000,-3"));
        NetworkViewModel vm = models.network();
        assertThat(vm.layersProperty().get()).isEqualTo(10);
        assertThat(vm.widthProperty().get()).isEqualTo(500);
        assertThat(vm.initProperty().get()).isEqualTo(Initialisation.NORMAL);
        assertThat(vm.stdProperty().get()).isEqualTo(1);
        assertThat(vm.batchProperty().get()).isEqualTo(200);
        assertThat(vm.seedProperty().get()).isEqualTo(1);
        models.restore(saved("not,a,setup"));
        assertThat(vm.layersProperty().get()).isEqualTo(10);
    }

    @Test
    void aChangeIsInTheNextSnapshot() {
        NetworkViewModel vm = models.network();
        vm.layersProperty().set(5);
        vm.initProperty().set(Initialisation.KAIMING_NORMAL);
        assertThat(models.snapshot().networkSetup()).isEqualTo("5,500,kaiming_normal,1.0,1.0,200,1");
    }
}
