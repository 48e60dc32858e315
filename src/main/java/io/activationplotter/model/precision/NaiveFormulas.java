package io.activationplotter.model.precision;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The naive formulas of the catalogue functions that have a textbook one, as the usual code writes them
 * ({@code 1/(1+exp(−x))}, {@code s·(1−s)}, {@code log(1+exp(x))}), by catalogue id. Functions without
 * one (piecewise-linear ones, whose every operation is exact anyway) fall back to the stored values.
 */
public final class NaiveFormulas {

    /** Two-argument operation on the argument and the arithmetic. */
    @FunctionalInterface
    private interface Op {
        double apply(double x, Rounded r);
    }

    /** A formula from two expressions. */
    private record Formula(String text, Op f, Op df) implements NaiveFormula {
        @Override
        public double value(double x, Rounded r) {
            return f.apply(x, r);
        }

        @Override
        public double derivative(double x, Rounded r) {
            return df.apply(x, r);
        }
    }

    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
    private static final double GELU_A = 0.044715;
    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double SELU_SCALE = 1.0507009873554804934193349852946;

    private static final Map<String, Function<Map<String, Double>, NaiveFormula>> FORMULAS = Map.ofEntries(
            Map.entry("sigmoid", p -> new Formula("f = 1/(1+exp(−x)), f′ = s·(1−s)",
                    NaiveFormulas::sigmoid, (x, r) -> sigmoidSlope(sigmoid(x, r), r))),
            Map.entry("tanh", p -> new Formula("f = (eˣ−e⁻ˣ)/(eˣ+e⁻ˣ), f′ = 1−t²", NaiveFormulas::tanh,
                    (x, r) -> { double t = tanh(x, r); return r.sub(r.c(1), r.mul(t, t)); })),
            Map.entry("softplus", p -> softplus(p.get("beta"))),
            Map.entry("silu", p -> swish(1.0)),
            Map.entry("swish", p -> swish(p.get("beta"))),
            Map.entry("gelu", p -> new Formula("f = x/2·(1+erf(x/√2)), f′ = (1+erf(x/√2))/2 + x·exp(−x²/2)/√(2π)",
                    NaiveFormulas::gelu, NaiveFormulas::geluSlope)),
            Map.entry("gelu_tanh", p -> new Formula("f = x/2·(1+tanh(√(2/π)(x+0.044715x³)))",
                    NaiveFormulas::geluTanh, NaiveFormulas::geluTanhSlope)),
            Map.entry("elu", p -> elu("ELU", p.get("alpha"), 1.0, 1.0)),
            Map.entry("celu", p -> elu("CELU", p.get("alpha"), 1 / p.get("alpha"), 1.0)),
            Map.entry("selu", p -> elu("SELU", SELU_ALPHA, 1.0, SELU_SCALE)),
            Map.entry("mish", p -> new Formula("f = x·tanh(log(1+eˣ)), f′ = t + x·(1−t²)·σ(x)",
                    NaiveFormulas::mish, NaiveFormulas::mishSlope)),
            Map.entry("logsigmoid", p -> new Formula("f = log(1/(1+exp(−x))), f′ = 1 − 1/(1+exp(−x))",
                    (x, r) -> r.log(sigmoid(x, r)), (x, r) -> r.sub(r.c(1), sigmoid(x, r)))),
            Map.entry("softsign", p -> new Formula("f = x/(1+|x|), f′ = 1/(1+|x|)²",
                    (x, r) -> r.div(x, r.add(r.c(1), Math.abs(x))),
                    (x, r) -> { double d = r.add(r.c(1), Math.abs(x)); return r.div(r.c(1), r.mul(d, d)); })));

    private NaiveFormulas() {
    }

    /**
     * Finds the naive formula of a catalogue function.
     *
     * @param type    the function ({@code null} not permitted).
     * @param params  its parameter values by name (missing ones take their defaults).
     * @return the formula, or empty if the function has none.
     */
    public static Optional<NaiveFormula> find(ActivationType type, Map<String, Double> params) {
        Function<Map<String, Double>, NaiveFormula> make = FORMULAS.get(type.id());
        if (make == null) {
            return Optional.empty();
        }
        Map<String, Double> all = new java.util.HashMap<>(type.defaults());
        all.putAll(params);
        return Optional.of(make.apply(all));
    }

    /**
     * Returns a function as computed in a format: by its naive formula when it has one, else as stored.
     *
     * @param type    the function ({@code null} not permitted).
     * @param params  its parameter values by name.
     * @param format  the format ({@code null} not permitted).
     * @return the naive function, or the stored one when there is no naive formula.
     */
    public static Activation naive(ActivationType type, Map<String, Double> params, FloatFormat format) {
        Activation exact = type.create(params);
        return find(type, params).<Activation>map(f -> new NaiveActivation(exact, f, format))
                .orElseGet(() -> StoredActivation.of(exact, format));
    }

    static double sigmoid(double x, Rounded r) {
        return r.div(r.c(1), r.add(r.c(1), r.exp(-x)));
    }

    private static double sigmoidSlope(double s, Rounded r) {
        return r.mul(s, r.sub(r.c(1), s));
    }

    private static double tanh(double x, Rounded r) {
        double a = r.exp(x);
        double b = r.exp(-x);
        return r.div(r.sub(a, b), r.add(a, b));
    }

    private static NaiveFormula softplus(double beta) {
        return new Formula("f = log(1+exp(βx))/β, f′ = 1/(1+exp(−βx))",
                (x, r) -> r.div(r.log(r.add(r.c(1), r.exp(r.mul(r.c(beta), x)))), r.c(beta)),
                (x, r) -> sigmoid(r.mul(r.c(beta), x), r));
    }

    private static NaiveFormula swish(double beta) {
        return new Formula("f = x/(1+exp(−βx)), f′ = s + βx·s·(1−s)",
                (x, r) -> r.div(x, r.add(r.c(1), r.exp(-r.mul(r.c(beta), x)))),
                (x, r) -> {
                    double bx = r.mul(r.c(beta), x);
                    double s = sigmoid(bx, r);
                    return r.add(s, r.mul(bx, sigmoidSlope(s, r)));
                });
    }

    private static double gelu(double x, Rounded r) {
        return r.mul(r.mul(r.c(0.5), x), r.add(r.c(1), r.erf(r.mul(x, r.c(SQRT_HALF)))));
    }

    private static double geluSlope(double x, Rounded r) {
        double cdf = r.mul(r.c(0.5), r.add(r.c(1), r.erf(r.mul(x, r.c(SQRT_HALF)))));
        double pdf = r.mul(r.exp(-r.mul(r.mul(x, x), r.c(0.5))), r.c(INV_SQRT_2PI));
        return r.add(cdf, r.mul(x, pdf));
    }

    private static double geluTanhInner(double x, Rounded r) {
        return r.mul(r.c(SQRT_2_OVER_PI), r.add(x, r.mul(r.c(GELU_A), r.mul(x, r.mul(x, x)))));
    }

    private static double geluTanh(double x, Rounded r) {
        return r.mul(r.mul(r.c(0.5), x), r.add(r.c(1), r.tanh(geluTanhInner(x, r))));
    }

    private static double geluTanhSlope(double x, Rounded r) {
        double t = r.tanh(geluTanhInner(x, r));
        double du = r.mul(r.c(SQRT_2_OVER_PI), r.add(r.c(1), r.mul(r.c(3 * GELU_A), r.mul(x, x))));
        double left = r.mul(r.c(0.5), r.add(r.c(1), t));
        return r.add(left, r.mul(r.mul(r.mul(r.c(0.5), x), r.sub(r.c(1), r.mul(t, t))), du));
    }

    /** α·(exp(k·x) − 1) below 0, x above, times a scale (ELU: k = 1; CELU: k = 1/α; SELU: the scale). */
    private static NaiveFormula elu(String name, double alpha, double k, double scale) {
        return new Formula("f = x > 0 ? x : α·(exp(x)−1), f′ = x > 0 ? 1 : α·exp(x) (" + name + ")",
                (x, r) -> r.mul(r.c(scale), x > 0 ? x
                        : r.mul(r.c(alpha), r.sub(r.exp(r.mul(r.c(k), x)), r.c(1)))),
                (x, r) -> r.mul(r.c(scale), x > 0 ? r.c(1)
                        : r.mul(r.c(alpha * k), r.exp(r.mul(r.c(k), x)))));
    }

    private static double mish(double x, Rounded r) {
        return r.mul(x, r.tanh(r.log(r.add(r.c(1), r.exp(x)))));
    }

    private static double mishSlope(double x, Rounded r) {
        double t = r.tanh(r.log(r.add(r.c(1), r.exp(x))));
        return r.add(t, r.mul(r.mul(x, r.sub(r.c(1), r.mul(t, t))), sigmoid(x, r)));
    }
}
