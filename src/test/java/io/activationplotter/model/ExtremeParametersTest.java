package io.activationplotter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Extreme arguments (|x| from 1e4 to {@code Double.MAX_VALUE}, and ±∞) times extreme parameters (each at
 * the minimum, maximum or default of its slider range), where βx, x/α and the like overflow: no NaN where
 * the true value is a number, and f' in the tails is its limit at ±∞, which is the slope of f there.
 * Two kinds of tail have no such slope and are left out of the slope checks: f' → ∞ (e^x, x², xIELU's
 * α_p·x², where f' may overflow to +∞ like the true value) and snake's f' = 1 + sin(2αx), which has no limit.
 */
class ExtremeParametersTest {

    /** A function with every parameter at an end of its range or at its default. */
    record Case(ActivationType type, Map<String, Double> params, Activation f) {
        @Override
        public String toString() {
            return type.id() + params;
        }
    }

    /** Functions whose f' has no limit at ±∞ (it oscillates). */
    private static final java.util.Set<String> NO_LIMIT = java.util.Set.of("snake");

    /** f' grows without bound on the side of x (its value at that infinity is infinite). */
    private static boolean grows(Case c, double x) {
        return Double.isInfinite(c.f().derivative(Math.copySign(Double.POSITIVE_INFINITY, x)));
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(Catalogue.all()).flatMap(type -> Arbitraries.integers().between(0, 2)
                .list().ofSize(type.parameters().size()).map(ends -> toCase(type, ends))
                .filter(c -> c != null));
    }

    @Provide
    Arbitrary<Double> extremes() {
        Arbitrary<Double> named = Arbitraries.of(Double.MAX_VALUE, -Double.MAX_VALUE, 1e308, -1e308,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e155, -1e155, 750.0, -750.0, 1e4, -1e4);
        Arbitrary<Double> huge = Arbitraries.doubles().between(4, 308.25).flatMap(e -> Arbitraries.of(1.0, -1.0)
                .map(sign -> sign * Math.pow(10, e)));
        return Arbitraries.oneOf(named, huge);
    }

    private static Case toCase(ActivationType type, List<Integer> ends) {
        List<ParameterSpec> specs = type.parameters();
        double[] values = new double[specs.size()];
        for (int i = 0; i < values.length; i++) {
            ParameterSpec p = specs.get(i);
            values[i] = ends.get(i) == 0 ? p.min() : ends.get(i) == 1 ? p.max() : p.defaultValue();
        }
        if (values.length == 2 && (type.id().equals("rrelu") || type.id().equals("hardtanh"))) {
            Arrays.sort(values); // lower <= upper, min_val < max_val
        }
        Map<String, Double> params = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            params.put(specs.get(i).name(), values[i]);
        }
        return type.validate(params) != null ? null : new Case(type, params, type.create(params));
    }

    @Property(tries = 4000)
    void noNaNAtExtremeArgumentsAndParameters(@ForAll("cases") Case c, @ForAll("extremes") double x) {
        assertThat(c.f().value(x)).as("%s f(%s)", c, x).isNotNaN();
        assertThat(c.f().derivative(x)).as("%s f'(%s)", c, x).isNotNaN();
        if (!grows(c, x)) {
            assertThat(c.f().derivative(x)).as("%s f'(%s)", c, x).isFinite();
        }
    }

    @Property(tries = 4000)
    void derivativeInTheTailIsItsLimit(@ForAll("cases") Case c, @ForAll("extremes") double x) {
        Assume.that(Math.abs(x) >= 1e4); // softsign's tail is polynomial: f'(750) is still 1.8e-6
        Assume.that(!NO_LIMIT.contains(c.type().id()) && !grows(c, x));
        double limit = c.f().derivative(Math.copySign(Double.POSITIVE_INFINITY, x));
        double tolerance = 1e-6 * Math.max(1.0, Math.abs(limit));
        assertThat(c.f().derivative(x)).as("%s f'(%s) against f'(%s∞)", c, x, x > 0 ? "+" : "-")
                .isCloseTo(limit, within(tolerance));
    }

    @Property(tries = 1000)
    void derivativeAtInfinityIsTheSlopeOfTheTail(@ForAll("cases") Case c, @ForAll boolean right) {
        // given: a secant far out, where every function is flat or linear to double precision
        double far = right ? 1e300 : -1e300;
        Assume.that(!NO_LIMIT.contains(c.type().id()) && !grows(c, far));
        Activation f = c.f();
        double secant = (f.value(far) - f.value(far / 2)) / (far / 2);
        // when
        double atInfinity = f.derivative(right ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        double atMax = f.derivative(right ? Double.MAX_VALUE : -Double.MAX_VALUE);
        // then
        assertThat(atInfinity).as("%s f'(%s∞)", c, right ? "+" : "-")
                .isCloseTo(secant, within(1e-9 * Math.max(1.0, Math.abs(secant))));
        assertThat(Double.compare(atMax, atInfinity)).as("%s f'(±MAX) %s is f'(±∞) %s, to the bit", c, atMax,
                atInfinity).isZero();
    }

    @Property(tries = 1000)
    void valueAtInfinityIsItsLimit(@ForAll("cases") Case c, @ForAll boolean right) {
        Activation f = c.f();
        double atMax = f.value(right ? Double.MAX_VALUE : -Double.MAX_VALUE);
        double atInfinity = f.value(right ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        if (Math.abs(atMax) < 1e-300) { // a tail decaying like 1/x (squareplus: b/(4|x|)) is just above 0
            assertThat(atInfinity).as("%s f(±MAX) %s, f(±∞) %s", c, atMax, atInfinity).isZero();
        } else if (Math.abs(atMax) < 1e300) { // a bounded tail: the same number
            assertThat(Double.compare(atMax, atInfinity)).as("%s f(±MAX) %s, f(±∞) %s", c, atMax, atInfinity)
                    .isZero();
        } else { // a linear tail: the infinity of the same sign
            assertThat(atInfinity).as("%s f(±∞)", c).isEqualTo(Math.copySign(Double.POSITIVE_INFINITY, atMax));
        }
    }
}
