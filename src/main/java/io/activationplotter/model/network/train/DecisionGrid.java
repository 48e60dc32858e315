package io.activationplotter.model.network.train;

/**
 * The network's probability of class 1 on a square grid over the datasets' square
 * [−{@link DatasetKind#EXTENT}, {@link DatasetKind#EXTENT}]²: the decision-boundary heatmap.
 */
public final class DecisionGrid {

    private DecisionGrid() {
    }

    /**
     * Returns the centre coordinate of a cell along either axis.
     *
     * @param i      the cell, from 0 to cells − 1.
     * @param cells  the cells along each side.
     * @return its centre's x (or y).
     */
    public static double centre(int i, int cells) {
        return -DatasetKind.EXTENT + (i + 0.5) * 2 * DatasetKind.EXTENT / cells;
    }

    /**
     * Evaluates a network on the cells' centres.
     *
     * @param net    the network ({@code null} not permitted).
     * @param cells  the cells along each side (at least 1).
     * @return p(class 1) for cell (i, j) at index j·cells + i (i along x, j along y).
     */
    public static double[] probabilities(Mlp net, int cells) {
        double[] in = new double[cells * cells * Mlp.INPUTS];
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                int k = j * cells + i;
                in[2 * k] = centre(i, cells) * Batches.INPUT_SCALE;
                in[2 * k + 1] = centre(j, cells) * Batches.INPUT_SCALE;
            }
        }
        ForwardPass pass = net.forward(in);
        double[] p = new double[cells * cells];
        for (int k = 0; k < p.length; k++) {
            p[k] = pass.probability(k);
        }
        return p;
    }
}
