package io.activationplotter.ui.network.train;

/**
 * A steady rate on a clock the caller reads: {@link #due(long)} says yes at most once a period, on the
 * schedule start + k·period rather than "a period after the last yes", so work checked at coarse
 * moments (after each epoch) still happens on average once a period. A caller that falls behind by a
 * whole period or more starts a new schedule instead of catching up in a burst.
 */
final class Cadence {

    private final long period;
    private long next;
    private boolean started;

    /**
     * @param periodNanos  the period, in the clock's unit (nanoseconds), greater than 0.
     */
    Cadence(long periodNanos) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be > 0: " + periodNanos);
        }
        this.period = periodNanos;
    }

    /** @return the period. */
    long period() {
        return period;
    }

    /**
     * Starts the schedule at a moment: the first {@link #due(long)} is a period later.
     *
     * @param now  the clock now.
     */
    void restart(long now) {
        next = now + period;
        started = true;
    }

    /**
     * Says whether the next moment on the schedule has come, and if so moves on to the one after.
     * Before any {@link #restart(long)} the first call is due and starts the schedule.
     *
     * @param now  the clock now.
     * @return {@code true} at most once a period.
     */
    boolean due(long now) {
        if (!started) {
            restart(now);
            return true;
        }
        if (now - next < 0) {
            return false;
        }
        next += period;
        if (next - now <= 0) {
            next = now + period; // a period or more behind: a new schedule, no burst
        }
        return true;
    }
}
