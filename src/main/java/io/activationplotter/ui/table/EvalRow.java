package io.activationplotter.ui.table;

/**
 * One row of the evaluation table.
 *
 * @param row    the input's row, from 1.
 * @param col    the input's column, from 1.
 * @param x      the input as typed.
 * @param value  f(x), or NaN for an invalid input.
 * @param slope  f'(x), or NaN for an invalid input.
 * @param error  why the input was not evaluated, or {@code null}.
 */
public record EvalRow(int row, int col, String x, double value, double slope, String error) {

    /** @return whether the input was evaluated. */
    public boolean valid() {
        return error == null;
    }
}
