package io.activationplotter.ui.custom;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.expr.CustomFunction;
import io.activationplotter.model.expr.ShapeMatch;
import io.activationplotter.ui.Messages;
import java.util.Optional;

/** The info panel's words on a custom function: how accurate it is, and its exact version if there is one. */
public final class CustomNotes {

    private CustomNotes() {
    }

    /**
     * Returns the "watch out for" note: for a custom function the accuracy note followed by
     * "Exact version available: NAME" where a catalogue function has the same shape.
     *
     * @param f     the function shown ({@code null} not permitted).
     * @param base  the note of its id ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     * @return the note.
     */
    public static String watch(Activation f, String base, Messages text) {
        if (!(f instanceof CustomFunction custom)) {
            return base;
        }
        Optional<ActivationType> exact = ShapeMatch.exactVersion(custom);
        return exact.map(t -> base + " " + exact(t, text)).orElse(base);
    }

    /**
     * Words for an exact version.
     *
     * @param type  the catalogue function ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     * @return for example "Exact version available: SiLU (silu)."
     */
    static String exact(ActivationType type, Messages text) {
        return text.get("custom.exact", type.displayName(), type.id());
    }

    /**
     * Returns the TeX of f(x): for a custom function its formula as typed, in typewriter type.
     *
     * @param f     the function shown ({@code null} not permitted).
     * @param base  the TeX of its id ({@code null} not permitted).
     * @return the TeX.
     */
    public static String functionTex(Activation f, String base) {
        return f instanceof CustomFunction c ? "f(x) = \\texttt{" + escape(c.formula()) + "}" : base;
    }

    /**
     * Returns the TeX of f′(x): for a custom function d/dx of its formula (computed by automatic differentiation).
     *
     * @param f     the function shown ({@code null} not permitted).
     * @param base  the TeX of its id ({@code null} not permitted).
     * @return the TeX.
     */
    public static String derivativeTex(Activation f, String base) {
        return f instanceof CustomFunction c ? "f'(x) = \\frac{d}{dx}\\,\\texttt{" + escape(c.formula()) + "}" : base;
    }

    /** Escapes TeX's special characters (a formula the parser took has no backslash or braces, but be safe). */
    static String escape(String formula) {
        StringBuilder b = new StringBuilder();
        for (char c : formula.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\backslash ");
                case '{', '}', '_', '%', '$', '#', '&' -> b.append('\\').append(c);
                case '^' -> b.append("\\^{}");
                case '~' -> b.append("\\sim ");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
