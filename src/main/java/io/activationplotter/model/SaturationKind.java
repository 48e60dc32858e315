package io.activationplotter.model;

/** Asymptotic saturation of a function on one side (Gulcehre et al. 2016, "Noisy Activation Functions"). */
public enum SaturationKind {
    /** f'(x) = 0 exactly beyond some point. */
    HARD,
    /** f'(x) tends to 0 only in the limit. */
    SOFT,
    /** f'(x) does not tend to 0. */
    NONE;

    /** @return the lower-case name used in CLI output ("hard", "soft", "none"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
