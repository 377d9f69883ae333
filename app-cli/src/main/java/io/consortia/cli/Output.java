package io.consortia.cli;

import io.consortia.io.input.InputException;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command writes its results, one piece at a time: standard output, flushed and checked
 * after every piece (so a full disk or a closed pipe stops the command at once), or a file that is
 * written to a temporary file in the same directory and renamed over the target only when the
 * command commits it (when it succeeded). A run that fails leaves no half-written file and leaves
 * an existing file as it was.
 */
abstract class Output implements Closeable {

    /** Writes a piece of the output; throws {@link OutputFailure} when it cannot be written. */
    abstract void write(String piece);

    /** The run completed: make the output final (for a file, replace the target). */
    abstract void commit();

    /** Releases the output; a file not committed is removed. */
    @Override
    public abstract void close();

    /** Standard output, or the file named by {@code --output} ({@code -} is standard output too). */
    static Output of(String file, PrintWriter stdout) {
        return file == null || file.equals("-") ? new Stdout(stdout) : AtomicFile.open(file);
    }

    private static final class Stdout extends Output {
        private final PrintWriter out;

        Stdout(PrintWriter out) {
            this.out = out;
        }

        @Override
        void write(String piece) {
            out.print(piece);
            out.flush();
            if (out.checkError()) {
                throw Main.stdoutFailure(out);
            }
        }

        @Override
        void commit() {
            out.flush();
        }

        @Override
        public void close() {
            // standard output stays open for the messages that follow
        }
    }

    private static final class AtomicFile extends Output {
        private final String shown;
        private final Path target;
        private final Path temporary;
        private final FileChannel channel;
        private final Writer writer;
        private boolean committed;

        private AtomicFile(String shown, Path target, Path temporary, FileChannel channel) {
            this.shown = shown;
            this.target = target;
            this.temporary = temporary;
            this.channel = channel;
            this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
        }

        static AtomicFile open(String shown) {
            Path target;
            try {
                target = Path.of(shown).toAbsolutePath();
            } catch (InvalidPathException e) {
                throw new InputException("--output " + shown + ": not a valid file name");
            }
            if (Files.isDirectory(target)) {
                throw new InputException("--output " + shown + ": is a directory");
            }
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                throw new InputException("--output " + shown + ": is not a regular file; write to devices and pipes with the shell's > instead");
            }
            try {
                if (Files.exists(target)) {
                    target = target.toRealPath(); // through a symbolic link: replace the file it names
                }
            } catch (IOException e) {
                throw new InputException("--output " + shown + ": " + reason(e));
            }
            Path dir = target.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new InputException("--output " + shown + ": no such directory");
            }
            Path temporary = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                temporary.toFile().deleteOnExit(); // also on Ctrl-C
                try {
                    if (Files.exists(target)) {
                        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
                    }
                } catch (UnsupportedOperationException | IOException e) {
                    // keep the default permissions where the file system has none to copy
                }
                return new AtomicFile(shown, target, temporary, channel);
            } catch (IOException e) {
                throw new OutputFailure("cannot write --output " + shown + " (" + reason(e) + ")", false);
            }
        }

        private static String reason(IOException e) {
            if (e instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof FileSystemException f && f.getReason() != null) {
                return f.getReason();
            }
            return String.valueOf(e.getMessage());
        }

        private OutputFailure failure(IOException e) {
            return new OutputFailure("cannot write --output " + shown + " (" + reason(e) + ")", false);
        }

        @Override
        void write(String piece) {
            try {
                writer.write(piece);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        void commit() {
            try {
                writer.flush();
                channel.force(true);
                channel.close();
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                committed = true;
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // removing it is what matters
                }
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // deleteOnExit tries again
                }
            }
        }
    }
}
