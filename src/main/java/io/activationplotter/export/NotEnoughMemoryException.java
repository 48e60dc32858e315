package io.activationplotter.export;

import java.io.IOException;

/**
 * Signals that an export ran out of memory (the image, its encoding or a vector document did not fit in
 * the heap); nothing was written. The message names the size and suggests a smaller one.
 */
public final class NotEnoughMemoryException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int width;
    private final int height;

    /**
     * Creates an exception for an export of the given size.
     *
     * @param width   the width (pixels for PNG, else points).
     * @param height  the height.
     * @param cause   the error caught ({@code null} permitted).
     */
    public NotEnoughMemoryException(int width, int height, OutOfMemoryError cause) {
        super("not enough memory for " + width + "x" + height + "; try a smaller size or scale", cause);
        this.width = width;
        this.height = height;
    }

    /**
     * Returns the width that did not fit.
     *
     * @return the width.
     */
    public int width() {
        return width;
    }

    /**
     * Returns the height that did not fit.
     *
     * @return the height.
     */
    public int height() {
        return height;
    }
}
