package io.activationplotter.model.expr;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a formula in x into an {@link Expr} tree, by recursive descent over this grammar
 * (lowest precedence first; {@code ^} and {@code **} are right-associative and bind tighter than a
 * unary minus on their left, so {@code -x^2} is {@code -(x^2)} and {@code 2^-1} is ½):
 * <pre>
 * formula    = comparison
 * comparison = sum [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum ]
 * sum        = product { ("+" | "-") product }
 * product    = unary { ("*" | "/") unary }
 * unary      = ("-" | "+") unary | power
 * power      = primary [ ("^" | "**") unary ]
 * primary    = number | name | name "(" formula { "," formula } ")" | "(" formula ")"
 * </pre>
 * Names are {@code x}, {@code pi}, {@code e} and the declared parameters; calls are the
 * {@link Builtin}s, {@code min}, {@code max}, {@code where}/{@code if} and every catalogue function
 * by its id ({@code leaky_relu(x, 0.1)}: x first, then the parameters in declaration order).
 * Errors carry the 1-based column: {@code unknown name 'b' at column 7}.
 */
public final class ExprParser {

    private final String src;
    private final List<String> names;
    private int pos;

    private ExprParser(String src, List<String> names) {
        this.src = src;
        this.names = names;
    }

    /**
     * Parses a formula.
     *
     * @param formula     the text ({@code null} not permitted).
     * @param parameters  the parameter names, in declaration order ({@code null} not permitted).
     * @return the tree (unbound when it uses parameters or catalogue functions).
     * @throws ExprSyntaxException naming what is wrong and where.
     */
    public static Expr parse(String formula, List<String> parameters) {
        ExprParser p = new ExprParser(formula, List.copyOf(parameters));
        p.skipSpace();
        if (p.pos == formula.length()) {
            throw new ExprSyntaxException("empty formula: type one in x, e.g. x * sigmoid(x),", 1);
        }
        Expr e = p.comparison();
        p.skipSpace();
        if (p.pos < formula.length()) {
            throw p.error("unexpected " + p.describeHere());
        }
        return e;
    }

    /**
     * Returns the names a formula uses that are not x, pi, e or functions (to check, say, CLI parameters).
     *
     * @param formula  the text ({@code null} not permitted).
     * @return the names in order of first use.
     */
    public static List<String> freeNames(String formula) {
        List<String> found = new ArrayList<>();
        while (true) {
            try {
                parse(formula, found);
                return found;
            } catch (UnknownName e) {
                found.add(e.name);
            }
        }
    }

    private Expr comparison() {
        Expr l = sum();
        skipSpace();
        for (String op : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                Expr r = sum();
                skipSpace();
                if (peekAny("<>=!")) {
                    throw error("comparisons cannot be chained (use where twice)");
                }
                return new Expr.Compare(op, l, r);
            }
        }
        return l;
    }

    private Expr sum() {
        Expr e = product();
        while (true) {
            skipSpace();
            if (accept('+')) {
                e = new Expr.Binary('+', e, product());
            } else if (accept('-')) {
                e = new Expr.Binary('-', e, product());
            } else {
                return e;
            }
        }
    }

    private Expr product() {
        Expr e = unary();
        while (true) {
            skipSpace();
            if (accept('*')) {
                e = new Expr.Binary('*', e, unary());
            } else if (accept('/')) {
                e = new Expr.Binary('/', e, unary());
            } else {
                return e;
            }
        }
    }

    private Expr unary() {
        skipSpace();
        if (accept('-')) {
            Expr e = unary();
            return e instanceof Expr.Num n ? new Expr.Num(-n.v()) : new Expr.Neg(e);
        }
        if (accept('+')) {
            return unary();
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        skipSpace();
        if (src.startsWith("**", pos)) {
            pos += 2;
            return new Expr.Binary('^', base, unary());
        }
        if (accept('^')) {
            return new Expr.Binary('^', base, unary());
        }
        return base;
    }

    private Expr primary() {
        skipSpace();
        int start = pos;
        if (pos >= src.length()) {
            throw error("expected a number, a name or '(' (the formula ends too soon)");
        }
        char c = src.charAt(pos);
        if (accept('(')) {
            Expr e = comparison();
            expect(')');
            return e;
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            String name = name();
            skipSpace();
            if (accept('(')) {
                return call(name, start);
            }
            return variable(name, start);
        }
        throw error("expected a number, a name or '(' but found " + describeHere());
    }

    private Expr number() {
        int start = pos;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark; // 2e without digits: the number 2, then the name e
            }
        }
        String text = src.substring(start, pos);
        try {
            double v = Double.parseDouble(text);
            if (Double.isInfinite(v)) {
                throw new ExprSyntaxException("number '" + text + "' is too large", start + 1);
            }
            return new Expr.Num(v);
        } catch (NumberFormatException e) {
            throw new ExprSyntaxException("bad number '" + text + "'", start + 1);
        }
    }

    private String name() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        return src.substring(start, pos);
    }

    private Expr variable(String name, int start) {
        switch (name) {
            case "x":
                return new Expr.X();
            case "pi":
                return new Expr.Num(Math.PI);
            case "e":
                return new Expr.Num(Math.E);
            default:
                int i = names.indexOf(name);
                if (i < 0) {
                    throw new UnknownName(name, start + 1);
                }
                return new Expr.Param(name, i);
        }
    }

    private Expr call(String name, int start) {
        List<Expr> args = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        skipSpace();
        if (!accept(')')) {
            do {
                skipSpace();
                columns.add(pos + 1);
                args.add(comparison());
                skipSpace();
            } while (accept(','));
            expect(')');
        }
        Optional<Builtin> builtin = Builtin.find(name);
        if (builtin.isPresent()) {
            arity(name, args, 1, "1 argument", start);
            return new Expr.Call(builtin.get(), args.get(0));
        }
        switch (name) {
            case "min", "max" -> {
                arity(name, args, 2, "2 arguments", start);
                return new Expr.MinMax(name.equals("max"), args.get(0), args.get(1));
            }
            case "where", "if" -> {
                arity(name, args, 3, "3 arguments (condition, value if true, value if false)", start);
                return new Expr.Where(args.get(0), args.get(1), args.get(2));
            }
            default -> {
                return catalogueCall(name, args, columns, start);
            }
        }
    }

    private Expr catalogueCall(String name, List<Expr> args, List<Integer> columns, int start) {
        ActivationType type = Catalogue.find(name).orElseThrow(() -> new ExprSyntaxException("unknown function '" + name + "'", start + 1));
        int most = type.parameters().size();
        if (args.isEmpty() || args.size() > most + 1) {
            String params = most == 0 ? "no parameters"
                    : "at most " + most + " parameter" + (most == 1 ? "" : "s") + " ("
                            + String.join(", ", type.parameters().stream().map(p -> p.name()).toList()) + ")";
            throw new ExprSyntaxException(name + " takes its argument and " + params + ", got " + args.size()
                    + " argument" + (args.size() == 1 ? "" : "s"), start + 1);
        }
        List<Expr> params = args.subList(1, args.size());
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).usesX()) {
                throw new ExprSyntaxException(name + "'s " + type.parameters().get(i).name()
                        + " must not depend on x", columns.get(i + 1));
            }
        }
        return new Expr.CatalogueCall(type, args.get(0), List.copyOf(params));
    }

    private void arity(String name, List<Expr> args, int n, String what, int start) {
        if (args.size() != n) {
            throw new ExprSyntaxException(name + " takes " + what + ", got " + args.size(), start + 1);
        }
    }

    private void expect(char c) {
        skipSpace();
        if (!accept(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private boolean accept(char c) {
        if (pos < src.length() && src.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean peekAny(String chars) {
        return pos < src.length() && chars.indexOf(src.charAt(pos)) >= 0;
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private String describeHere() {
        return pos >= src.length() ? "end of formula" : "'" + src.charAt(pos) + "'";
    }

    private ExprSyntaxException error(String what) {
        return new ExprSyntaxException(what, pos + 1);
    }

    /** A name that is neither x, pi, e nor a declared parameter. */
    static final class UnknownName extends ExprSyntaxException {
        private static final long serialVersionUID = 1L;
        private final String name;

        UnknownName(String name, int column) {
            super("unknown name '" + name + "'", column);
            this.name = name;
        }

        /** @return the name. */
        String name() {
            return name;
        }
    }
}
