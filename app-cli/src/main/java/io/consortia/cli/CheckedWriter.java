package io.consortia.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output as a {@link PrintWriter} that remembers why writing failed. A PrintWriter (and
 * {@code System.out}) swallows write errors; this one sits on the file descriptor itself, so
 * {@link #checkError()} sees a full disk, a closed descriptor or a closed pipe, and
 * {@link #failure()} says which.
 */
final class CheckedWriter extends PrintWriter {

    private final Recording stream;

    CheckedWriter(OutputStream out) {
        this(new Recording(out));
    }

    private CheckedWriter(Recording stream) {
        super(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16), false);
        this.stream = stream;
    }

    /** The first write failure, if writing failed. */
    Optional<IOException> failure() {
        return Optional.ofNullable(stream.failure);
    }

    private static final class Recording extends FilterOutputStream {
        IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        private void remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
