package io.activationplotter.model.precision;

/**
 * The textbook expression of a function and of its derivative, written with the operations of
 * {@link Rounded}, so that evaluated in a format every operation is rounded to it.
 */
public interface NaiveFormula {

    /**
     * Evaluates f.
     *
     * @param x  the argument (already a value of the format).
     * @param r  the arithmetic of the format.
     * @return f(x) as the naive code computes it.
     */
    double value(double x, Rounded r);

    /**
     * Evaluates f'.
     *
     * @param x  the argument (already a value of the format).
     * @param r  the arithmetic of the format.
     * @return f'(x) as the naive code computes it.
     */
    double derivative(double x, Rounded r);

    /** @return the expressions, for example {@code f = 1/(1+exp(−x)), f′ = s·(1−s)}. */
    String text();
}
