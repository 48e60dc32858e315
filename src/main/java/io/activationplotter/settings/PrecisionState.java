package io.activationplotter.settings;

/**
 * The Plot tab's precision lens as it was left: the format the curves are stored in and the two
 * toggles. Plain data, no JavaFX; a {@code null} field was not saved (or not readable) and leaves the
 * lens as it starts.
 *
 * @param format          the format's name ({@code float64}, {@code float32}, {@code bfloat16} or
 *                        {@code float16}), or {@code null}.
 * @param naive           whether the naive formula is drawn, or {@code null}.
 * @param approximations  whether the approximation charts are shown, or {@code null}.
 */
public record PrecisionState(String format, Boolean naive, Boolean approximations) {

    /** Nothing saved: the lens as it starts. */
    public static final PrecisionState NONE = new PrecisionState(null, null, null);

    /** The first start and a reset to defaults: float64 (the exact curves), both toggles off. */
    public static final PrecisionState DEFAULTS = new PrecisionState("float64", false, false);

    /** The format names a settings file may hold, in the selector's order. */
    public static final String[] FORMATS = {"float64", "float32", "bfloat16", "float16"};
}
