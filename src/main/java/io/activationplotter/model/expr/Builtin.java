package io.activationplotter.model.expr;

import java.util.Locale;
import java.util.Optional;
import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The built-in functions of one argument a formula may call. The elementary ones use Hipparchus'
 * own automatic differentiation; erf and erfc compose their exact value with the analytic slope.
 * Functions of the catalogue (tanh, sigmoid, softplus, relu …) are not here: a formula calls them by
 * their catalogue name.
 */
public enum Builtin {
    /** e^u. */
    EXP {
        @Override
        double value(double u) {
            return Math.exp(u);
        }

        @Override
        Gradient gradient(Gradient u) {
            return u.exp();
        }
    },
    /** e^u − 1, exact near 0. */
    EXPM1 {
        @Override
        double value(double u) {
            return Math.expm1(u);
        }

        @Override
        Gradient gradient(Gradient u) {
            return u.expm1();
        }
    },
    /** The natural logarithm. */
    LOG {
        @Override
        double value(double u) {
            return Math.log(u);
        }

        @Override
        Gradient gradient(Gradient u) {
            return u.log();
        }
    },
    /** ln(1 + u), exact near 0. */
    LOG1P {
        @Override
        double value(double u) {
            return Math.log1p(u);
        }

        @Override
        Gradient gradient(Gradient u) {
            return u.log1p();
        }
    },
    /** The square root. */
    SQRT {
        @Override
        double value(double u) {
            return Math.sqrt(u);
        }

        @Override
        Gradient gradient(Gradient u) {
            return u.sqrt();
        }
    },
    /** |u|; the slope at 0 is Hipparchus' (+1 at +0). */
    ABS {
        @Override
        double value(double u) {
            return Math.abs(u);
        }

        @Override
        Gradient gradient(Gradient u) {
            return u.abs();
        }
    },
    /** The sine. */
    SIN {
        @Override
        double value(double u) {
            return Math.sin(u);
        }

        @Override
        Gradient gradient(Gradient u) {
            return u.sin();
        }
    },
    /** The cosine. */
    COS {
        @Override
        double value(double u) {
            return Math.cos(u);
        }

        @Override
        Gradient gradient(Gradient u) {
            return u.cos();
        }
    },
    /** The error function; slope 2/√π·e^(−u²). */
    ERF {
        @Override
        double value(double u) {
            return Erf.value(u);
        }

        @Override
        Gradient gradient(Gradient u) {
            double v = u.getValue();
            return u.compose(Erf.value(v), TWO_OVER_SQRT_PI * Math.exp(-v * v));
        }
    },
    /** 1 − erf(u) without cancellation for large u; slope −2/√π·e^(−u²). */
    ERFC {
        @Override
        double value(double u) {
            return Erfc.value(u);
        }

        @Override
        Gradient gradient(Gradient u) {
            double v = u.getValue();
            return u.compose(Erfc.value(v), -TWO_OVER_SQRT_PI * Math.exp(-v * v));
        }
    };

    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    /**
     * Returns the value.
     *
     * @param u  the argument.
     * @return the value.
     */
    abstract double value(double u);

    /**
     * Returns the value and slope.
     *
     * @param u  the argument with its gradient.
     * @return the result with its gradient.
     */
    abstract Gradient gradient(Gradient u);

    /** @return the name used in formulas, for example {@code log1p}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a built-in by its name in a formula.
     *
     * @param name  the name (case-sensitive, lower case).
     * @return the function, if there is one.
     */
    public static Optional<Builtin> find(String name) {
        for (Builtin b : values()) {
            if (b.id().equals(name)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
