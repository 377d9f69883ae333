package io.consortia.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;

/** Runs the real command in-process and captures what it prints. */
final class Cli {

    /** What one run printed and returned. */
    record Result(int status, String out, String err) {}

    /** A fixed clock: 2026-11-22 in China, so "today" is reproducible. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T04:00:00Z"), Main.CHINA);

    private Cli() {}

    /** Runs with no environment: no user calendar directory is read, whatever the machine has. */
    static Result run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    /** Runs with the given bytes on standard input. */
    static Result runWithStdin(byte[] stdin, String... args) {
        return run(java.util.Map.of(), stdin, args);
    }

    /** Runs in the given environment (CONSORTIA_CALENDAR_DIR, XDG_CONFIG_HOME, HOME). */
    static Result runWith(java.util.Map<String, String> env, String... args) {
        return run(env, new byte[0], args);
    }

    private static Result run(java.util.Map<String, String> env, byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out, true), new PrintWriter(err, true), CLOCK, env);
        return new Result(status, out.toString(), err.toString());
    }

    /** Runs in the given environment, standard output being the given terminal (or not). */
    static Result runOn(Tty tty, java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, InputStream.nullInputStream(), new PrintWriter(out, true), new PrintWriter(err, true), CLOCK, env, tty);
        return new Result(status, out.toString(), err.toString());
    }

    /** Runs with standard output on the given writer (which may fail); {@code out} of the result is empty. */
    static Result runWithOut(PrintWriter out, String... args) {
        StringWriter err = new StringWriter();
        int status = Main.run(args, InputStream.nullInputStream(), out, new PrintWriter(err, true), CLOCK, java.util.Map.of());
        return new Result(status, "", err.toString());
    }
}
