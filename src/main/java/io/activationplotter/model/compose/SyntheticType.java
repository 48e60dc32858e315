package io.activationplotter.model.compose;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import java.util.List;
import java.util.Objects;

/** Catalogue-like entries for functions built at run time (chains, softmax slices), for labels and charts. */
public final class SyntheticType {

    private SyntheticType() {
    }

    /**
     * Creates a parameterless type that always yields the given function.
     *
     * @param id        the id, used as the series key ({@code null} not permitted).
     * @param name      the display name, for example "ReLU → Sigmoid" ({@code null} not permitted).
     * @param function  the function ({@code null} not permitted).
     * @return the type.
     */
    public static ActivationType of(String id, String name, Activation function) {
        Objects.requireNonNull(function, "function");
        return new ActivationType(id, name, List.of(),
                new ActivationInfo(name, "", false, false, ""), p -> function, null);
    }

    /**
     * Names a chain by its stages joined with arrows, for example "ReLU → Sigmoid".
     *
     * @param stages  the stage types, first applied first ({@code null} not permitted).
     * @return the name.
     */
    public static String chainName(List<ActivationType> stages) {
        return String.join(" \u2192 ", stages.stream().map(ActivationType::displayName).toList());
    }
}
