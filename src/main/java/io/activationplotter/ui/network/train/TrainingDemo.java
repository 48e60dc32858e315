package io.activationplotter.ui.network.train;

import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.train.DatasetKind;

/**
 * For demos and screenshots, as {@code activationplotter.tab} picks the tab: the system property
 * {@code activationplotter.train=DATASET,FUNCTION,LAYERS,WIDTH[,play]} (for example
 * {@code spiral,relu,4,16,play}) sets up the training view when it is created, and starts it with
 * {@code play}. Parts that cannot be read are left at their defaults.
 */
public final class TrainingDemo {

    /** The system property's name. */
    public static final String PROPERTY = "activationplotter.train";

    private TrainingDemo() {
    }

    /**
     * Applies the system property to a view-model, if it is set.
     *
     * @param vm  the view-model ({@code null} not permitted).
     */
    public static void apply(TrainingViewModel vm) {
        String spec = System.getProperty(PROPERTY);
        if (spec == null || spec.isBlank()) {
            return;
        }
        String[] p = spec.split(",");
        if (p.length > 0) {
            DatasetKind.find(p[0]).ifPresent(vm.datasetProperty()::set);
        }
        if (p.length > 1) {
            Catalogue.find(p[1]).ifPresent(vm.activationProperty()::set);
        }
        try {
            if (p.length > 2) {
                vm.layersProperty().set(Integer.parseInt(p[2].trim()));
            }
            if (p.length > 3) {
                vm.widthProperty().set(Integer.parseInt(p[3].trim()));
            }
        } catch (NumberFormatException e) {
            // a demo setting that cannot be read keeps the default
        }
        if (p.length > 4 && "play".equals(p[4].trim())) {
            vm.play();
        }
    }
}
