package io.activationplotter.model;

/**
 * What a user should know about an activation at a glance.
 *
 * @param summary      one line on what it is for.
 * @param outputRange  the output range, for example {@code (0, 1)}.
 * @param monotonic    whether f is monotonic (with default parameters).
 * @param zeroCentred  whether outputs are centred on zero.
 * @param kinkConvention how f' is defined at kinks or jumps (empty when smooth).
 */
public record ActivationInfo(String summary, String outputRange, boolean monotonic, boolean zeroCentred,
        String kinkConvention) {
}
