package io.activationplotter.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code --param KEY=VALUE} options into a map, naming the bad argument on failure. */
public final class ParamArgs {

    private ParamArgs() {
    }

    /**
     * Parses assignments such as {@code negative_slope=0.1}.
     *
     * @param assignments  the raw option values ({@code null} treated as empty).
     * @return the values by name, in the order given.
     * @throws IllegalArgumentException naming the bad argument if one is not KEY=VALUE with a finite decimal number,
     *         or if a key is given twice.
     */
    public static Map<String, Double> parse(List<String> assignments) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (assignments == null) {
            return values;
        }
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0 || eq == a.length() - 1) {
                throw new IllegalArgumentException("bad --param " + Echo.quote(a) + ": expected KEY=VALUE, e.g. alpha=1.5");
            }
            String key = a.substring(0, eq).trim();
            String text = a.substring(eq + 1).trim();
            double v;
            try {
                v = Numbers.parseFinite(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad --param " + Echo.quote(a) + ": " + e.getMessage());
            }
            if (values.put(key, v) != null) {
                throw new IllegalArgumentException("bad --param " + Echo.quote(a) + ": " + Echo.bare(key)
                        + " is given twice");
            }
        }
        return values;
    }
}
