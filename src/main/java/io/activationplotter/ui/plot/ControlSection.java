package io.activationplotter.ui.plot;

import java.util.Locale;

/** The sections of the plot's controls ({@link ControlsPane}); each is a box with the CSS id {@code section-<name>}. */
public enum ControlSection {
    /** The function selector. */
    FUNCTION,
    /** The selected function's parameters. */
    PARAMETERS,
    /** The derivative toggle and the x-range. */
    VIEW,
    /** The saturation threshold T and the regions found. */
    SATURATION,
    /** The functions drawn for comparison. */
    COMPARE,
    /** The precision lens: the format (dtype) and the naive formula. */
    PRECISION;

    /** @return the section's CSS id, for example {@code section-function}. */
    public String id() {
        return "section-" + name().toLowerCase(Locale.ROOT);
    }
}
