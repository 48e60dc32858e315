package io.activationplotter.model.network;

/**
 * One layer of a network at initialisation, over all units and samples of the batch.
 *
 * @param layer      l, from 1.
 * @param mean       the mean of h_l = f(z_l).
 * @param std        the standard deviation of h_l (population, over B·N entries).
 * @param saturated  the fraction of z_l entries in a saturated region of the rule |f'| &lt; T.
 * @param dead       the fraction of z_l entries with f'(z_l) = 0 exactly.
 * @param gradRms    the root mean square of δ_l = ∂loss/∂z_l.
 */
public record LayerStats(int layer, double mean, double std, double saturated, double dead, double gradRms) {
}
