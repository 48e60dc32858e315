package io.activationplotter.model.expr;

import io.activationplotter.model.ParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parameters of a custom formula: {@code name = value in [min, max]}, one per line or
 * separated by commas or semicolons (a comma inside the brackets belongs to the range). Without a
 * range a value v gets the slider range [v − 5, v + 5].
 */
public final class ParameterDeclarations {

    /** How far a slider reaches on each side of a value given without a range. */
    static final double DEFAULT_REACH = 5;

    private static final String NUMBER = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)";
    private static final Pattern ENTRY = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*" + NUMBER
            + "\\s*(?:in\\s*\\[\\s*" + NUMBER + "\\s*,\\s*" + NUMBER + "\\s*\\]\\s*)?");
    private static final List<String> RESERVED = List.of("x", "pi", "e");

    private ParameterDeclarations() {
    }

    /**
     * Parses the declarations.
     *
     * @param text  the text ({@code null} or blank for none).
     * @return the parameters in the order given, each its own symbol.
     * @throws IllegalArgumentException naming the bad entry and what is expected.
     */
    public static List<ParameterSpec> parse(String text) {
        List<ParameterSpec> specs = new ArrayList<>();
        if (text == null) {
            return specs;
        }
        for (String entry : entries(text)) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw new IllegalArgumentException("parameter '" + entry.strip()
                        + "': expected NAME = VALUE in [MIN, MAX], e.g. a = 1.702 in [0, 5]");
            }
            specs.add(spec(entry.strip(), m, specs));
        }
        return specs;
    }

    /**
     * Writes parameters back in the form {@link #parse(String)} reads, one per line.
     *
     * @param specs  the parameters ({@code null} not permitted).
     * @return the text.
     */
    public static String format(List<ParameterSpec> specs) {
        List<String> lines = new ArrayList<>();
        for (ParameterSpec p : specs) {
            lines.add(p.name() + " = " + ParameterSpec.format(p.defaultValue()) + " in ["
                    + ParameterSpec.format(p.min()) + ", " + ParameterSpec.format(p.max()) + "]");
        }
        return String.join("\n", lines);
    }

    private static ParameterSpec spec(String entry, Matcher m, List<ParameterSpec> before) {
        String name = m.group(1);
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("parameter '" + entry + "': " + name
                    + " is taken (x is the variable, pi and e are constants)");
        }
        if (before.stream().anyMatch(p -> p.name().equals(name))) {
            throw new IllegalArgumentException("parameter '" + entry + "': " + name + " is given twice");
        }
        double v = finite(entry, m.group(2));
        double lo = m.group(3) == null ? v - DEFAULT_REACH : finite(entry, m.group(3));
        double hi = m.group(4) == null ? v + DEFAULT_REACH : finite(entry, m.group(4));
        if (!(lo < hi)) {
            throw new IllegalArgumentException("parameter '" + entry + "': the range's minimum must be below its maximum");
        }
        if (v < lo || v > hi) {
            throw new IllegalArgumentException("parameter '" + entry + "': " + ParameterSpec.format(v)
                    + " is outside [" + ParameterSpec.format(lo) + ", " + ParameterSpec.format(hi) + "]");
        }
        return new ParameterSpec(name, name, v, lo, hi);
    }

    private static double finite(String entry, String text) {
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v) || Math.abs(v) > 1e12) {
            throw new IllegalArgumentException("parameter '" + entry + "': " + text + " is too large (at most 1e12)");
        }
        return v;
    }

    /** Splits at newlines, and at commas outside brackets. */
    private static List<String> entries(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            if (c == '\n' || c == '\r' || c == ';' || (c == ',' && depth <= 0)) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
