package io.activationplotter.settings;

import java.util.List;

/**
 * The classroom tabs' setup. Every field is one entry in the settings file and may be {@code null}:
 * not saved (or not readable), so the tab keeps its own default for it. Plain data, no JavaFX.
 *
 * @param depthLayers         the depth tab's number of layers n.
 * @param depthFunctions      the ids of the functions the depth tab compares.
 * @param chainStages         the ids of the chain's stages, first applied first.
 * @param evalInput           the inputs typed on the evaluate tab.
 * @param evalSource          where the evaluate tab takes its function from: {@code function} or {@code chain}.
 * @param softmaxLogits       the logits typed on the softmax tab.
 * @param softmaxTemperature  the softmax temperature T.
 * @param softmaxZ            the softmax slice's second logit z.
 * @param networkSetup        the network tab's inputs as one entry (issue 11; read and checked by its view-model's
 *                            session code, for example {@code 10,500,normal,1,1,200,1}).
 */
public record ClassroomState(Integer depthLayers, List<String> depthFunctions, List<String> chainStages,
        String evalInput, String evalSource, String softmaxLogits, Double softmaxTemperature, Double softmaxZ,
        String networkSetup) {

    /** Nothing saved: every tab starts with its own defaults. */
    public static final ClassroomState NONE = new ClassroomState(null, null, null, null, null, null, null, null);

    /**
     * The state of the tabs before the network tab: its setup not saved.
     *
     * @param depthLayers         the depth tab's number of layers n.
     * @param depthFunctions      the ids of the functions the depth tab compares.
     * @param chainStages         the ids of the chain's stages.
     * @param evalInput           the inputs typed on the evaluate tab.
     * @param evalSource          {@code function} or {@code chain}.
     * @param softmaxLogits       the logits typed on the softmax tab.
     * @param softmaxTemperature  the softmax temperature.
     * @param softmaxZ            the softmax slice's second logit z.
     */
    public ClassroomState(Integer depthLayers, List<String> depthFunctions, List<String> chainStages,
            String evalInput, String evalSource, String softmaxLogits, Double softmaxTemperature, Double softmaxZ) {
        this(depthLayers, depthFunctions, chainStages, evalInput, evalSource, softmaxLogits, softmaxTemperature,
                softmaxZ, null);
    }

    /** Copies the lists. */
    public ClassroomState {
        depthFunctions = depthFunctions == null ? null : List.copyOf(depthFunctions);
        chainStages = chainStages == null ? null : List.copyOf(chainStages);
    }

    /**
     * Returns this state with every field that is {@code null} here taken from another state.
     *
     * @param other  the state filling the gaps ({@code null} not permitted).
     * @return the merged state.
     */
    public ClassroomState or(ClassroomState other) {
        return new ClassroomState(pick(depthLayers, other.depthLayers), pick(depthFunctions, other.depthFunctions),
                pick(chainStages, other.chainStages), pick(evalInput, other.evalInput),
                pick(evalSource, other.evalSource), pick(softmaxLogits, other.softmaxLogits),
                pick(softmaxTemperature, other.softmaxTemperature), pick(softmaxZ, other.softmaxZ),
                pick(networkSetup, other.networkSetup));
    }

    private static <T> T pick(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
