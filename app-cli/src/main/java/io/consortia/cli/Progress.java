package io.consortia.cli;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long commands ({@code generate}, {@code survey}), drawn by
 * me.tongfei:progressbar (ADR 0019). Shown only when a person is watching: standard error is a
 * terminal and standard output is not a pipe (a pipe's reader, {@code | less}, shares the
 * terminal). {@code --progress on|off} overrides the guess. Otherwise every call does nothing.
 * Thread-safe: {@link #stepTo} may be called from any thread.
 */
abstract class Progress implements AutoCloseable {

    /** When to show the bar. */
    enum When { auto, on, off }

    /** The {@code --progress} option of the long commands (a picocli mixin). */
    static final class Option {
        @picocli.CommandLine.Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
                description = "auto, on or off: a progress bar on standard error (default auto: when it is a terminal and the output is not piped).")
        When when;

        /** A bar for a task of {@code total} items ({@code -1} when not known), or nothing, as the option says. */
        Progress start(ConsortiaCommand top, String task, long total, boolean toStdout) {
            return Progress.start(top, when, task, total, toStdout);
        }
    }

    /** Moves the bar to {@code n} done. */
    abstract void stepTo(long n);

    /** Tells the bar how many there are in all, once known. */
    abstract void total(long n);

    @Override
    public abstract void close();

    private static final Progress NONE = new Progress() {
        @Override
        void stepTo(long n) {}

        @Override
        void total(long n) {}

        @Override
        public void close() {}
    };

    /**
     * A bar for a task of {@code total} items ({@code -1} when not known), or nothing.
     *
     * @param toStdout whether the command's results go to standard output (else to a file)
     */
    static Progress start(ConsortiaCommand top, When when, String task, long total, boolean toStdout) {
        boolean show = switch (when) {
            case on -> true;
            case off -> false;
            case auto -> stderrIsTerminal() && !(toStdout && stdoutIsPipe());
        };
        return show ? new Bar(top, task, total) : NONE;
    }

    /** Whether standard error is a terminal: on Linux from /proc, elsewhere when the JVM has a console. */
    static boolean stderrIsTerminal() {
        return Tty.isTerminal(2);
    }

    /** Whether standard output is a pipe or a socket: on Linux from /proc, elsewhere when there is no console. */
    static boolean stdoutIsPipe() {
        return Tty.fd(1).map(t -> t.startsWith("pipe:") || t.startsWith("socket:")).orElseGet(() -> System.console() == null);
    }

    private static final class Bar extends Progress {
        private final ConsortiaCommand top;
        private final ProgressBar bar;
        private boolean closed;

        Bar(ConsortiaCommand top, String task, long total) {
            this.top = top;
            int width = Tty.width() - 1;
            this.bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUpdateIntervalMillis(250)
                    .showSpeed(new java.text.DecimalFormat("#,##0"))
                    .setUnit(" profiles", 1)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        synchronized (top.err) {
                            top.err.print("\r" + line);
                            top.err.flush();
                        }
                    }, width))
                    .build();
        }

        @Override
        void stepTo(long n) {
            bar.stepTo(n);
        }

        @Override
        void total(long n) {
            bar.maxHint(n);
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            bar.close();
            synchronized (top.err) {
                top.err.println();
                top.err.flush();
            }
        }
    }
}
