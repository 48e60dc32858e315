package io.activationplotter.model.expr;

/**
 * A formula or parameter list that cannot be read; the message names the place, for example
 * {@code expected ')' at column 18}.
 */
public class ExprSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int column;

    /**
     * Creates the exception.
     *
     * @param what    what is wrong, without the place (for example {@code expected ')'}).
     * @param column  the 1-based column it is at.
     */
    public ExprSyntaxException(String what, int column) {
        super(what + " at column " + column);
        this.column = column;
    }

    /** @return the 1-based column of the error. */
    public int column() {
        return column;
    }
}
