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
    PRECISION,
    /**
     * The controls of the tab shown, when the tab puts them in the window's column under the others
     * (the Network tab at initialisation) instead of a column of its own beside its charts.
     */
    TAB;

    /** @return the section's CSS id, for example {@code section-function}. */
    public String id() {
        return "section-" + name().toLowerCase(Locale.ROOT);
    }
}
