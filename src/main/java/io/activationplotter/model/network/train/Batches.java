package io.activationplotter.model.network.train;

/**
 * The network's input for points: (x, y) as they are, about [−6, 6]², as in Playground. (Scaled to
 * [−1, 1]², tanh nets on the spiral stalled on a plateau for most seeds within 300 epochs: the first
 * layer stayed nearly linear.)
 */
public final class Batches {

    /** The factor from a point's coordinates to the network's input. */
    public static final double INPUT_SCALE = 1;

    private Batches() {
    }

    /**
     * @param s  the points ({@code null} not permitted).
     * @return their inputs, row by row.
     */
    public static double[] inputs(Samples s) {
        double[] in = new double[s.size() * Mlp.INPUTS];
        for (int i = 0; i < s.size(); i++) {
            in[2 * i] = s.x(i) * INPUT_SCALE;
            in[2 * i + 1] = s.y(i) * INPUT_SCALE;
        }
        return in;
    }

    /**
     * @param s  the points ({@code null} not permitted).
     * @return their labels.
     */
    public static int[] labels(Samples s) {
        int[] y = new int[s.size()];
        for (int i = 0; i < s.size(); i++) {
            y[i] = s.label(i);
        }
        return y;
    }
}
