package io.activationplotter.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Properties every catalogue function must have, for random in-range parameters: finite results,
 * an analytic derivative that agrees with a 7-point finite difference away from breakpoints, and
 * breakpoint lists that are sorted, real (f, f' or f'' really breaks there) and complete.
 */
class ActivationPropertiesTest {

    /** A function with parameters drawn from its slider ranges. */
    record Case(ActivationType type, Map<String, Double> params, Activation f) {
        @Override
        public String toString() {
            return type.id() + params;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(Catalogue.all()).flatMap(type -> Arbitraries.doubles().between(0, 1)
                .list().ofSize(type.parameters().size()).map(fractions -> toCase(type, fractions))
                .filter(c -> c != null));
    }

    private static Case toCase(ActivationType type, List<Double> fractions) {
        Map<String, Double> params = new LinkedHashMap<>();
        List<ParameterSpec> specs = type.parameters();
        double[] values = new double[specs.size()];
        for (int i = 0; i < values.length; i++) {
            ParameterSpec p = specs.get(i);
            values[i] = Math.min(p.max(), p.min() + fractions.get(i) * (p.max() - p.min()));
        }
        if (values.length == 2 && (type.id().equals("rrelu") || type.id().equals("hardtanh"))) {
            Arrays.sort(values); // the cross constraint lower <= upper / min_val < max_val
        }
        for (int i = 0; i < values.length; i++) {
            params.put(specs.get(i).name(), values[i]);
        }
        if (type.validate(params) != null) {
            return null;
        }
        return new Case(type, params, type.create(params));
    }

    @Property(tries = 3000)
    void valueAndDerivativeAreFiniteForFiniteInput(@ForAll("cases") Case c,
            @ForAll @DoubleRange(min = -700, max = 700) double x) {
        assertThat(c.f().value(x)).as("%s f(%s)", c, x).isFinite();
        assertThat(c.f().derivative(x)).as("%s f'(%s)", c, x).isFinite();
    }

    @Property(tries = 3000)
    void derivativeMatchesSevenPointFiniteDifference(@ForAll("cases") Case c,
            @ForAll @DoubleRange(min = -40, max = 40) double x) {
        Activation f = c.f();
        double h = 1e-3 * Math.max(1.0, Math.abs(x));
        for (double b : breakpoints(f)) {
            if (Math.abs(x - b) <= 4 * h) {
                return; // the stencil would straddle a kink or jump
            }
        }
        double fd = (-f.value(x - 3 * h) + 9 * f.value(x - 2 * h) - 45 * f.value(x - h) + 45 * f.value(x + h)
                - 9 * f.value(x + 2 * h) + f.value(x + 3 * h)) / (60 * h);
        double d = f.derivative(x);
        double tol = 1e-7 * Math.max(1.0, Math.max(Math.abs(d), Math.abs(f.value(x))));
        assertThat(Math.abs(fd - d)).as("%s at x = %s: f' = %s, finite difference %s", c, x, d, fd)
                .isLessThanOrEqualTo(tol);
    }

    @Property(tries = 400)
    void breakpointsAreSortedDistinctAndReal(@ForAll("cases") Case c) {
        Activation f = c.f();
        double[] kinks = f.kinks();
        double[] jumps = f.jumps();
        assertSortedDistinctFinite(kinks);
        assertSortedDistinctFinite(jumps);
        for (double k : kinks) {
            assertThat(jumps).as("%s: %s both kink and jump", c, k).doesNotContain(k);
            assertThat(fJumps(f, k)).as("%s: f must be continuous at kink %s", c, k).isFalse();
            assertThat(fPrimeBreaks(f, k) || secondDerivativeBreaks(f, k))
                    .as("%s: f' or f'' must break at kink %s", c, k).isTrue();
        }
        for (double j : jumps) {
            assertThat(fJumps(f, j)).as("%s: f must jump at %s", c, j).isTrue();
        }
    }

    @Property(tries = 400)
    void everyBreakInFOrFPrimeIsDeclared(@ForAll("cases") Case c) {
        Activation f = c.f();
        double[] declared = breakpoints(f);
        for (double p : suspects(c)) {
            double window = 1e-5 * Math.max(1.0, Math.abs(p));
            if (Arrays.stream(declared).anyMatch(d -> d != p && Math.abs(d - p) <= window)) {
                continue; // the probes around p would straddle a declared point next to it
            }
            if (fJumps(f, p)) {
                assertThat(f.jumps()).as("%s: f jumps at %s", c, p).contains(p);
            } else if (fPrimeBreaks(f, p) || secondDerivativeBreaks(f, p)) {
                assertThat(f.kinks()).as("%s: f' or f'' breaks at %s", c, p).contains(p);
            }
        }
        // a fine scan: no undeclared jump of f or f' between grid points
        double step = 1.0 / 256;
        for (double a = -10; a < 10; a += step) {
            double b = a + step;
            double aa = a;
            boolean covered = Arrays.stream(declared).anyMatch(p -> p >= aa && p <= b);
            if (!covered) {
                // relative to the slope: e^x, x² and xIELU's α_p·x² are steep by 10 without jumping
                double slope = Math.max(1.0, Math.max(Math.abs(f.derivative(a)), Math.abs(f.derivative(b))));
                assertThat(Math.abs(f.value(b) - f.value(a))).as("%s: f jumps in [%s, %s]", c, a, b)
                        .isLessThan(0.05 * slope);
                assertThat(Math.abs(f.derivative(b) - f.derivative(a))).as("%s: f' jumps in [%s, %s]", c, a, b)
                        .isLessThan(0.05 * slope);
            }
        }
    }

    @Property(tries = 1000)
    void saturationKindsAgreeWithTheDerivativeFarOut(@ForAll("cases") Case c) {
        Activation f = c.f();
        checkSide(c, f.leftSaturation(), -1);
        checkSide(c, f.rightSaturation(), 1);
    }

    private static void checkSide(Case c, SaturationKind kind, int sign) {
        Activation f = c.f();
        switch (kind) {
            case HARD -> {
                assertThat(f.derivative(sign * 700.0)).as("%s hard on side %s", c, sign).isEqualTo(0.0);
                assertThat(f.derivative(sign * 1e6)).as("%s hard on side %s", c, sign).isEqualTo(0.0);
            }
            case SOFT -> assertThat(f.derivative(sign * 8.0)).as("%s soft on side %s", c, sign).isNotEqualTo(0.0);
            case NONE -> assertThat(f.derivative(sign * 1e6)).as("%s no saturation on side %s", c, sign)
                    .isNotEqualTo(0.0);
            default -> throw new AssertionError(kind);
        }
    }

    /** Points where a break is plausible: 0, ±3, 6, and ± every parameter value. */
    private static double[] suspects(Case c) {
        List<Double> s = new ArrayList<>(List.of(0.0, 3.0, -3.0, 6.0, 1.0, -1.0));
        for (double v : c.params().values()) {
            s.add(v);
            s.add(0.0 - v);
        }
        return s.stream().mapToDouble(Double::doubleValue).distinct().toArray();
    }

    private static double[] breakpoints(Activation f) {
        double[] k = f.kinks();
        double[] j = f.jumps();
        double[] all = Arrays.copyOf(k, k.length + j.length);
        System.arraycopy(j, 0, all, k.length, j.length);
        return all;
    }

    private static boolean fJumps(Activation f, double p) {
        double e = 1e-9 * Math.max(1.0, Math.abs(p));
        return differ(f.value(p - e), f.value(p + e), 1e-6);
    }

    /** f' has different one-sided limits at p, or f'(p) itself differs from both of them. */
    private static boolean fPrimeBreaks(Activation f, double p) {
        double e = 1e-9 * Math.max(1.0, Math.abs(p));
        double left = f.derivative(p - e);
        double right = f.derivative(p + e);
        double at = f.derivative(p);
        return differ(left, right, 1e-6) || differ(at, left, 1e-6);
    }

    /** The one-sided difference quotients of f' at p disagree: f' has a corner there. */
    private static boolean secondDerivativeBreaks(Activation f, double p) {
        double e = 1e-6 * Math.max(1.0, Math.abs(p));
        double right = (f.derivative(p + 2 * e) - f.derivative(p + e)) / e;
        double left = (f.derivative(p - e) - f.derivative(p - 2 * e)) / e;
        return differ(left, right, 1e-2);
    }

    private static boolean differ(double a, double b, double tol) {
        return Math.abs(a - b) > tol * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static void assertSortedDistinctFinite(double[] xs) {
        for (int i = 0; i < xs.length; i++) {
            assertThat(xs[i]).isFinite();
            if (i > 0) {
                // primitive comparison: -0.0 and 0.0 are the same point
                assertThat(xs[i] > xs[i - 1]).as("%s sorted and distinct", Arrays.toString(xs)).isTrue();
            }
        }
    }
}
