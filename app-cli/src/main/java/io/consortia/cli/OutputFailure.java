package io.consortia.cli;

import java.io.IOException;
import java.util.Optional;

/**
 * The output could not be written: a full disk, a closed descriptor, a closed pipe. Exit status 1
 * with one line, except for a pipe closed by its reader ({@code | head}), which ends the command
 * quietly with status {@value #BROKEN_PIPE_STATUS}, as a process killed by SIGPIPE would.
 */
final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** 128 + SIGPIPE (13): what a shell reports for {@code cat} or {@code grep} cut off by {@code head}. */
    static final int BROKEN_PIPE_STATUS = 141;

    private final boolean brokenPipe;

    OutputFailure(String message, boolean brokenPipe) {
        super(message, null, false, false);
        this.brokenPipe = brokenPipe;
    }

    /** A failure of standard output, from what the writer remembered. */
    static OutputFailure ofStdout(Optional<IOException> cause) {
        String reason = cause.map(IOException::getMessage).orElse(null);
        boolean pipe = reason != null && reason.contains("Broken pipe");
        return new OutputFailure("cannot write to standard output" + (reason == null ? "" : " (" + reason + ")"), pipe);
    }

    /** Whether the reader of a pipe went away: nothing to report. */
    boolean brokenPipe() {
        return brokenPipe;
    }
}
