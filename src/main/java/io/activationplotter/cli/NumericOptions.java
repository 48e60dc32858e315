package io.activationplotter.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of numeric option values for {@code distribution} and {@code network}: one clear message naming the option. */
final class NumericOptions {

    private NumericOptions() {
    }

    /**
     * @param spec    the running command.
     * @param option  the option's name, for example {@code --mean}.
     * @param text    the value typed.
     * @return the finite number.
     * @throws ParameterException if it is not one.
     */
    static double finite(CommandSpec spec, String option, String text) {
        try {
            return Numbers.parseFinite(text);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "bad " + option + ": " + e.getMessage());
        }
    }

    /**
     * @param spec    the running command.
     * @param option  the option's name.
     * @param text    the value typed.
     * @return the number, greater than 0.
     * @throws ParameterException if it is not a finite number greater than 0.
     */
    static double positive(CommandSpec spec, String option, String text) {
        double v = finite(spec, option, text);
        if (!(v > 0)) {
            throw new ParameterException(spec.commandLine(), "bad " + option + " " + Echo.quote(text)
                    + ": it must be greater than 0");
        }
        return v;
    }

    /**
     * @param spec    the running command.
     * @param option  the option's name.
     * @param text    the value typed.
     * @param min     the smallest allowed.
     * @param max     the largest allowed.
     * @return the whole number in [min, max].
     * @throws ParameterException if it is not one.
     */
    static int integer(CommandSpec spec, String option, String text, int min, int max) {
        long v;
        try {
            v = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "bad " + option + " " + Echo.quote(text)
                    + ": expected a whole number from " + min + " to " + max);
        }
        if (v < min || v > max) {
            throw new ParameterException(spec.commandLine(), "bad " + option + " " + Echo.quote(text)
                    + ": it must be from " + min + " to " + max);
        }
        return (int) v;
    }

    /**
     * @param spec    the running command.
     * @param option  the option's name.
     * @param text    the value typed.
     * @return the whole number (any long).
     * @throws ParameterException if it is not one.
     */
    static long seed(CommandSpec spec, String option, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "bad " + option + " " + Echo.quote(text)
                    + ": expected a whole number, e.g. 42");
        }
    }
}
