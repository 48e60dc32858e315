package io.activationplotter.model.expr;

import io.activationplotter.model.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where a custom formula may break: the x at which a comparison, min/max or abs switches, or the
 * argument of a catalogue function crosses one of its kinks or jumps, found by a scan of [−64, 64]
 * (as {@link io.activationplotter.model.compose.Chain} does) and bisection. Each point is a jump
 * if f differs on its two sides, else a kink.
 */
final class Breaks {

    /** How far the scan looks. */
    static final double SEARCH = 64;
    private static final int STEPS = 8192;

    private final TreeSet<Double> kinks = new TreeSet<>();
    private final TreeSet<Double> jumps = new TreeSet<>();

    /**
     * Finds the points of a bound tree.
     *
     * @param tree  the bound tree.
     * @param f     the function it computes.
     */
    Breaks(Expr tree, Activation f) {
        List<Expr> switches = new ArrayList<>();
        collect(tree, switches);
        TreeSet<Double> points = new TreeSet<>();
        for (Expr s : switches) {
            if (s.usesX()) {
                crossings(s, points);
            }
        }
        for (double p : points) {
            double h = 1e-9 * Math.max(1, Math.abs(p));
            double below = f.value(p - h);
            double above = f.value(p + h);
            double gap = Math.abs(above - below);
            boolean jump = gap > 1e-6 * Math.max(1, Math.abs(above) + Math.abs(below));
            (jump ? jumps : kinks).add(p);
        }
    }

    /** @return the kink points, sorted. */
    double[] kinks() {
        return kinks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the jump points, sorted. */
    double[] jumps() {
        return jumps.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Adds, for each switching node, an expression whose sign changes where it switches. */
    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Expr.Compare c) {
            out.add(new Expr.Binary('-', c.l(), c.r()));
            collect(c.l(), out);
            collect(c.r(), out);
        } else if (e instanceof Expr.MinMax m) {
            out.add(new Expr.Binary('-', m.a(), m.b()));
            collect(m.a(), out);
            collect(m.b(), out);
        } else if (e instanceof Expr.Call c) {
            if (c.fn() == Builtin.ABS) {
                out.add(c.arg());
            }
            collect(c.arg(), out);
        } else if (e instanceof Expr.Applied a) {
            for (double k : a.f().kinks()) {
                out.add(new Expr.Binary('-', a.arg(), new Expr.Num(k)));
            }
            for (double j : a.f().jumps()) {
                out.add(new Expr.Binary('-', a.arg(), new Expr.Num(j)));
            }
            collect(a.arg(), out);
        } else if (e instanceof Expr.Where w) {
            collect(w.c(), out);
            collect(w.a(), out);
            collect(w.b(), out);
        } else if (e instanceof Expr.Binary b) {
            collect(b.l(), out);
            collect(b.r(), out);
        } else if (e instanceof Expr.Neg n) {
            collect(n.e(), out);
        }
    }

    private static void crossings(Expr g, TreeSet<Double> out) {
        double step = 2 * SEARCH / STEPS;
        double a = -SEARCH;
        double ga = g.value(a);
        for (int i = 1; i <= STEPS; i++) {
            double b = -SEARCH + i * step;
            double gb = g.value(b);
            if (gb == 0 && ga != 0) {
                out.add(b);
            } else if (ga * gb < 0) {
                out.add(bisect(g, a, b, ga < 0));
            }
            a = b;
            ga = gb;
        }
    }

    private static double bisect(Expr g, double a, double b, boolean negativeBelow) {
        double lo = a;
        double hi = b;
        for (int i = 0; i < 200 && hi - lo > 2 * Math.ulp(hi); i++) {
            double mid = 0.5 * (lo + hi);
            if ((g.value(mid) < 0) == negativeBelow) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // the point where the switch flips: the first x on the far side, so both sides are sampled
        return (g.value(lo) == 0) ? lo : hi;
    }
}
