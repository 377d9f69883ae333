package io.consortia.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * What standard output is connected to: a terminal, and then how wide it is (asked of the terminal
 * only when a command wants to know), or something else: a pipe, a file. The in-process runs of
 * the tests are not terminals unless they say so.
 *
 * @param stdoutIsTerminal whether standard output is a terminal
 * @param columns the terminal's width in columns (called only when it is one)
 */
record Tty(boolean stdoutIsTerminal, IntSupplier columns) {

    /** Not a terminal: a pipe, a file, a test. */
    static final Tty NONE = new Tty(false, () -> 0);

    /** This process's standard output. */
    static Tty system() {
        return new Tty(isTerminal(1), Tty::width);
    }

    /** Whether the descriptor is a terminal: on Linux from /proc, elsewhere when the JVM has a console. */
    static boolean isTerminal(int descriptor) {
        return fd(descriptor).map(t -> t.startsWith("/dev/pts/") || t.startsWith("/dev/tty")).orElseGet(() -> System.console() != null);
    }

    /** Where the descriptor leads (Linux: /dev/pts/0, pipe:[…], /home/…), when /proc tells. */
    static Optional<String> fd(int n) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc/self/fd/" + n)).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The terminal's width from JLine (what the library itself would ask), 80 when it cannot tell. */
    static int width() {
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int w = t.getWidth();
            return w >= 20 ? w : 80;
        } catch (IOException | RuntimeException e) {
            return 80;
        }
    }
}
