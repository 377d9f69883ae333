package io.consortia.kernel.input;

import java.util.Objects;

/**
 * One thing wrong (or, for a warning, suspicious) in an input, with its place.
 *
 * @param path where: {@code members[3].registeredIn}; empty for the whole document
 * @param message what is wrong, in English, as one sentence without a final full stop
 */
public record Problem(String path, String message) {
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
