package io.activationplotter.model.expr;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * A node of a parsed formula in x. A tree straight from {@link ExprParser} may hold parameters and
 * catalogue calls with parameter arguments; {@link #bind(double[])} replaces them by numbers and by
 * catalogue instances, and only a bound tree can be evaluated: {@link #value(double)} in double,
 * {@link #gradient(Gradient)} with Hipparchus' forward-mode automatic differentiation.
 */
public sealed interface Expr {

    /**
     * Returns the value at x (bound trees only).
     *
     * @param x  the argument.
     * @return the value.
     */
    double value(double x);

    /**
     * Returns the value and the derivative with respect to x (bound trees only).
     *
     * @param x  x as a Hipparchus variable with one free parameter.
     * @return the value and its gradient.
     */
    Gradient gradient(Gradient x);

    /**
     * Replaces parameters by their values and catalogue calls by instances.
     *
     * @param p  the parameter values, in declaration order.
     * @return the bound tree.
     * @throws IllegalArgumentException if a catalogue function rejects a parameter value.
     */
    Expr bind(double[] p);

    /** @return whether the value depends on x. */
    boolean usesX();

    /** A number. */
    record Num(double v) implements Expr {
        @Override
        public double value(double x) {
            return v;
        }

        @Override
        public Gradient gradient(Gradient x) {
            return Gradient.constant(1, v);
        }

        @Override
        public Expr bind(double[] p) {
            return this;
        }

        @Override
        public boolean usesX() {
            return false;
        }
    }

    /** The variable x. */
    record X() implements Expr {
        @Override
        public double value(double x) {
            return x;
        }

        @Override
        public Gradient gradient(Gradient x) {
            return x;
        }

        @Override
        public Expr bind(double[] p) {
            return this;
        }

        @Override
        public boolean usesX() {
            return true;
        }
    }

    /**
     * A named parameter (unbound).
     *
     * @param name   the name.
     * @param index  its place in the declaration order.
     */
    record Param(String name, int index) implements Expr {
        @Override
        public double value(double x) {
            throw new IllegalStateException("unbound parameter " + name);
        }

        @Override
        public Gradient gradient(Gradient x) {
            throw new IllegalStateException("unbound parameter " + name);
        }

        @Override
        public Expr bind(double[] p) {
            return new Num(p[index]);
        }

        @Override
        public boolean usesX() {
            return false;
        }
    }

    /** Unary minus. */
    record Neg(Expr e) implements Expr {
        @Override
        public double value(double x) {
            return -e.value(x);
        }

        @Override
        public Gradient gradient(Gradient x) {
            return e.gradient(x).negate();
        }

        @Override
        public Expr bind(double[] p) {
            return new Neg(e.bind(p));
        }

        @Override
        public boolean usesX() {
            return e.usesX();
        }
    }

    /**
     * An arithmetic operation.
     *
     * @param op  one of {@code + - * / ^}.
     * @param l   the left operand.
     * @param r   the right operand.
     */
    record Binary(char op, Expr l, Expr r) implements Expr {
        @Override
        public double value(double x) {
            double a = l.value(x);
            double b = r.value(x);
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                case '/' -> a / b;
                default -> Math.pow(a, b);
            };
        }

        @Override
        public Gradient gradient(Gradient x) {
            Gradient a = l.gradient(x);
            if (op == '^' && !r.usesX()) {
                double k = r.value(0);
                // an integer power keeps a negative base: (-2)^2 = 4 and its slope -4
                return k == Math.rint(k) && Math.abs(k) <= 1 << 30 ? a.pow((int) k) : a.pow(k);
            }
            Gradient b = r.gradient(x);
            return switch (op) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b);
                case '/' -> a.divide(b);
                default -> a.pow(b);
            };
        }

        @Override
        public Expr bind(double[] p) {
            return new Binary(op, l.bind(p), r.bind(p));
        }

        @Override
        public boolean usesX() {
            return l.usesX() || r.usesX();
        }
    }

    /**
     * A comparison: 1 where it holds, else 0; its derivative is 0.
     *
     * @param op  one of {@code < <= > >= == !=}.
     * @param l   the left operand.
     * @param r   the right operand.
     */
    record Compare(String op, Expr l, Expr r) implements Expr {
        @Override
        public double value(double x) {
            double a = l.value(x);
            double b = r.value(x);
            boolean holds = switch (op) {
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                case ">=" -> a >= b;
                case "==" -> a == b;
                default -> a != b;
            };
            return holds ? 1 : 0;
        }

        @Override
        public Gradient gradient(Gradient x) {
            return Gradient.constant(1, value(x.getValue()));
        }

        @Override
        public Expr bind(double[] p) {
            return new Compare(op, l.bind(p), r.bind(p));
        }

        @Override
        public boolean usesX() {
            return l.usesX() || r.usesX();
        }
    }

    /**
     * {@code where(c, a, b)}: a where c is not 0, else b; only the branch taken is evaluated, so the
     * other one's NaN or infinite slope does not leak in.
     */
    record Where(Expr c, Expr a, Expr b) implements Expr {
        @Override
        public double value(double x) {
            return c.value(x) != 0 ? a.value(x) : b.value(x);
        }

        @Override
        public Gradient gradient(Gradient x) {
            return c.value(x.getValue()) != 0 ? a.gradient(x) : b.gradient(x);
        }

        @Override
        public Expr bind(double[] p) {
            return new Where(c.bind(p), a.bind(p), b.bind(p));
        }

        @Override
        public boolean usesX() {
            return c.usesX() || a.usesX() || b.usesX();
        }
    }

    /** {@code min(a, b)} or {@code max(a, b)}; at a tie the first argument's slope. */
    record MinMax(boolean max, Expr a, Expr b) implements Expr {
        @Override
        public double value(double x) {
            return max ? Math.max(a.value(x), b.value(x)) : Math.min(a.value(x), b.value(x));
        }

        @Override
        public Gradient gradient(Gradient x) {
            Gradient u = a.gradient(x);
            Gradient v = b.gradient(x);
            boolean first = max ? u.getValue() >= v.getValue() : u.getValue() <= v.getValue();
            return first || Double.isNaN(u.getValue()) ? u : v;
        }

        @Override
        public Expr bind(double[] p) {
            return new MinMax(max, a.bind(p), b.bind(p));
        }

        @Override
        public boolean usesX() {
            return a.usesX() || b.usesX();
        }
    }

    /** A built-in function of one argument. */
    record Call(Builtin fn, Expr arg) implements Expr {
        @Override
        public double value(double x) {
            return fn.value(arg.value(x));
        }

        @Override
        public Gradient gradient(Gradient x) {
            return fn.gradient(arg.gradient(x));
        }

        @Override
        public Expr bind(double[] p) {
            return new Call(fn, arg.bind(p));
        }

        @Override
        public boolean usesX() {
            return arg.usesX();
        }
    }

    /**
     * A catalogue function called by name (unbound): its argument and its parameters in declaration
     * order (the parameters do not depend on x; missing ones take their defaults).
     */
    record CatalogueCall(ActivationType type, Expr arg, List<Expr> params) implements Expr {
        @Override
        public double value(double x) {
            throw new IllegalStateException("unbound call of " + type.id());
        }

        @Override
        public Gradient gradient(Gradient x) {
            throw new IllegalStateException("unbound call of " + type.id());
        }

        @Override
        public Expr bind(double[] p) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 0; i < params.size(); i++) {
                values.put(type.parameters().get(i).name(), params.get(i).bind(p).value(0));
            }
            String error = type.validate(values);
            if (error != null) {
                throw new IllegalArgumentException(type.id() + "(): " + error);
            }
            return new Applied(type.id(), type.create(values), arg.bind(p));
        }

        @Override
        public boolean usesX() {
            return arg.usesX();
        }
    }

    /**
     * A catalogue function with its parameters set: its exact value and analytic derivative, composed
     * by the chain rule f′(u)·u′ in the AD type (a zero u′ gives 0 even where f′ is not finite).
     */
    record Applied(String id, Activation f, Expr arg) implements Expr {
        @Override
        public double value(double x) {
            return f.value(arg.value(x));
        }

        @Override
        public Gradient gradient(Gradient x) {
            Gradient u = arg.gradient(x);
            double v = u.getValue();
            if (u.getGradient()[0] == 0) {
                return Gradient.constant(1, f.value(v));
            }
            return u.compose(f.value(v), f.derivative(v));
        }

        @Override
        public Expr bind(double[] p) {
            return this;
        }

        @Override
        public boolean usesX() {
            return arg.usesX();
        }
    }
}
