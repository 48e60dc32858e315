package io.activationplotter.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names the kind of a file that is neither a regular file nor a folder, for messages. */
final class SpecialFiles {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHAR_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    /**
     * Returns what a special file is, for example {@code a FIFO (named pipe)}.
     *
     * @param file  the file ({@code null} not permitted).
     * @return the kind, with its article.
     */
    static String kind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & TYPE_MASK) {
                    case FIFO:
                        return "a FIFO (named pipe)";
                    case CHAR_DEVICE:
                        return "a character device";
                    case BLOCK_DEVICE:
                        return "a block device";
                    case SOCKET:
                        return "a socket";
                    default:
                        break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view here: say it generally
        }
        return "a device, FIFO or socket";
    }
}
