package io.consortia.cli;

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
        return runWith(java.util.Map.of(), args);
    }

    /** Runs in the given environment (CONSORTIA_CALENDAR_DIR, XDG_CONFIG_HOME, HOME). */
    static Result runWith(java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK, env);
        return new Result(status, out.toString(), err.toString());
    }
}
