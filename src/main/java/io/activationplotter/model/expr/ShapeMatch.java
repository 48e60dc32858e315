package io.activationplotter.model.expr;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.util.Optional;

/**
 * Finds the catalogue function a formula draws, to point at its exact version: x·σ(x) is SiLU,
 * log(1 + exp(x)) is Softplus. Two functions match when their values agree to 1e-9 (relative, or
 * absolute below 1) at 321 points from −16 to 16; each catalogue function is taken with its defaults.
 */
public final class ShapeMatch {

    static final double TOLERANCE = 1e-9;
    private static final int POINTS = 321;
    private static final double REACH = 16;

    private ShapeMatch() {
    }

    /**
     * Returns the first catalogue entry (in display order) whose default instance matches.
     *
     * @param f  the function ({@code null} not permitted).
     * @return the entry, if one matches.
     */
    public static Optional<ActivationType> exactVersion(Activation f) {
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = -REACH + 2 * REACH * i / (POINTS - 1);
            y[i] = f.value(x[i]);
        }
        for (ActivationType t : Catalogue.all()) {
            if (!CustomDefinition.isCustom(t) && matches(t.createDefault(), x, y)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Activation g, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            double v = g.value(x[i]);
            if (Double.isNaN(v) != Double.isNaN(y[i])) {
                return false;
            }
            if (!Double.isNaN(v) && !(Math.abs(v - y[i]) <= TOLERANCE * Math.max(1, Math.abs(v)))) {
                return false;
            }
        }
        return true;
    }
}
