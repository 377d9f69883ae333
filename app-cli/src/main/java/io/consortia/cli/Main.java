package io.consortia.cli;

import io.consortia.cli.input.InputException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import picocli.CommandLine;

/**
 * Entry point of {@code consortia}. Exit status: 0 the command did its job, whatever the
 * verdicts; 2 bad usage or bad input, with one message per problem on stderr and no stack trace;
 * 1 anything else (a stack trace only with {@code --debug}).
 */
public final class Main {

    /** Chinese policies count days in China's time zone. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = run(args, out, err, Clock.system(CHINA));
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command with the given streams and clock, in the process's environment; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return run(args, out, err, clock, System.getenv());
    }

    /** Runs the command with the given streams, clock and environment (which names the user calendar directory). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, java.util.Map<String, String> env) {
        ConsortiaCommand top = new ConsortiaCommand(out, err, clock, env);
        CommandLine cl = new CommandLine(top);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException bad) {
                bad.lines().forEach(line -> err.println("error: " + line));
                return 2;
            }
            err.println("consortia: internal error: " + ex);
            if (top.debug) {
                ex.printStackTrace(err);
            } else {
                err.println("(run again with --debug for details)");
            }
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            err.println("error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            if (top.debug) {
                ex.printStackTrace(err);
            }
            return 2;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
