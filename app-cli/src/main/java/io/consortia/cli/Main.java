package io.consortia.cli;

import io.consortia.io.input.InputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import picocli.CommandLine;

/**
 * Entry point of {@code consortia}. Exit status: 0 the command did its job, whatever the
 * verdicts; 2 bad usage or bad input, with one message per problem on stderr and no stack trace;
 * 1 anything else: an internal error (an {@link OutOfMemoryError} included) in one line, output
 * that cannot be written (a full disk, a closed descriptor); 141 quietly when the reader of a pipe
 * goes away ({@code | head}). A stack trace only with {@code --debug}.
 */
public final class Main {

    /**
     * Chinese policies count days in China's time zone: China Standard Time, UTC+8 all year (no
     * daylight saving time since 1991), as a fixed offset, so that no command loads the time-zone
     * database to learn the date (about 15 ms of a start; docs/performance.md).
     */
    static final ZoneId CHINA = ZoneOffset.ofHours(8);

    /** Built before it is needed: when the heap is exhausted, building a message may fail too. */
    private static final String OUT_OF_MEMORY = "out of memory (raise the Java heap with CONSORTIA_JAVA_OPTS=-Xmx1g, "
            + "or see docs/cli-limits.md)";

    private Main() {}

    public static void main(String[] args) {
        // Standard output on its file descriptor, not System.out, which swallows write errors.
        CheckedWriter out = new CheckedWriter(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = run(args, System.in, out, err, Clock.system(CHINA), System.getenv(), Tty.system());
        err.flush();
        System.exit(status);
    }

    /** Runs the command with the given streams and clock, with nothing on standard input. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return run(args, InputStream.nullInputStream(), out, err, clock);
    }

    /** Runs the command with the given streams and clock, in the process's environment; returns the exit status. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Clock clock) {
        return run(args, in, out, err, clock, System.getenv());
    }

    /**
     * Runs the command with the given streams, clock and environment (which names the user
     * calendar directory and the plug-in folders); returns the exit status.
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Clock clock, java.util.Map<String, String> env) {
        return run(args, in, out, err, clock, env, Tty.NONE);
    }

    /** Runs the command as {@link #run(String[], InputStream, PrintWriter, PrintWriter, Clock, java.util.Map)}, standard output being {@code tty}. */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Clock clock, java.util.Map<String, String> env, Tty tty) {
        ConsortiaCommand top = new ConsortiaCommand(in, out, err, clock, env, tty);
        boolean[] outputReported = {false};
        int status;
        try {
            CommandLine cl = commandLine(top, args);
            cl.setOut(out);
            cl.setErr(err);
            cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                if (ex instanceof InputException bad) {
                    bad.lines().forEach(line -> err.println("error: " + line));
                    return 2;
                }
                if (ex instanceof OutputFailure failure) {
                    outputReported[0] = true;
                    return report(failure, err);
                }
                return internalError(top, ex, null);
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
            status = cl.execute(args);
            out.flush();
            if (out.checkError() && !outputReported[0]) {
                status = report(stdoutFailure(out), err);
            }
        } catch (OutputFailure failure) {
            status = report(failure, err);
        } catch (Throwable ex) {
            // What picocli lets through: errors such as OutOfMemoryError and StackOverflowError.
            status = internalError(top, ex, null);
        }
        err.flush();
        return status;
    }

    /**
     * The subcommands a command line needs: the one it names, or all of them when it names none
     * (the usage lists them; a misspelt name gets suggestions) or names one that describes the
     * others ({@code help}, {@code completion}, {@code man}). The name is the first argument that
     * is neither an option nor the value of a global option.
     */
    /**
     * picocli's model of the command for these arguments: the root, the subcommands they need
     * ({@link #subcommandsFor}; every one for none) and the conventions every command shares.
     */
    static CommandLine commandLine(ConsortiaCommand top, String... args) {
        CommandLine cl = new CommandLine(top);
        subcommandsFor(cl, args).forEach(cl::addSubcommand);
        return conventions(cl, top);
    }

    private static final java.util.Set<String> DESCRIBE_ALL = java.util.Set.of("help", "completion", "man");

    static List<Class<?>> subcommandsFor(CommandLine root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("-")) {
                CommandLine.Model.OptionSpec o = a.contains("=") ? null : root.getCommandSpec().findOption(a);
                if (o != null && o.arity().max() > 0) {
                    i++;
                }
                continue;
            }
            for (Class<?> c : ConsortiaCommand.SUBCOMMANDS) {
                CommandLine.Command command = c.getAnnotation(CommandLine.Command.class);
                if (!DESCRIBE_ALL.contains(command.name()) && (command.name().equalsIgnoreCase(a)
                        || java.util.Arrays.stream(command.aliases()).anyMatch(a::equalsIgnoreCase))) {
                    return List.of(c);
                }
            }
            break;
        }
        return ConsortiaCommand.SUBCOMMANDS;
    }

    /**
     * What every command shares (ADR 0021): options and enum values in any case ({@code --FORMAT
     * JSON}); {@code --version} from the build ({@link Version}); help at the width and in the
     * colours of the text output ({@code --width}, {@code --color}), decided once the options are
     * parsed.
     */
    static CommandLine conventions(CommandLine cl, ConsortiaCommand top) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOptionsCaseInsensitive(true);
        cl.setSubcommandsCaseInsensitive(true);
        Version version = new Version();
        forEach(cl, c -> c.getCommandSpec().versionProvider(version));
        cl.setExecutionStrategy(parsed -> {
            if (helpShown(parsed)) {
                io.consortia.cli.render.Page page;
                try {
                    page = top.page();
                } catch (InputException bad) {
                    throw new CommandLine.ExecutionException(cl, bad.getMessage(), bad);
                }
                // picocli's narrowest usage width is 55 columns; unlimited text still gets help at 80.
                int width = page.width() == io.consortia.cli.render.Page.UNLIMITED ? 80 : Math.max(55, page.width());
                CommandLine.Help.Ansi ansi = page.color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
                forEach(cl, c -> {
                    c.setUsageHelpWidth(width);
                    c.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
                });
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl;
    }

    /** Whether the run prints usage help: asked for with --help or help, or no command given. */
    private static boolean helpShown(CommandLine.ParseResult parsed) {
        if (!parsed.hasSubcommand()) {
            return true;
        }
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.commandSpec().userObject() instanceof CommandLine.HelpCommand) {
                return true;
            }
        }
        return false;
    }

    /** The command and all its subcommands, to any depth. */
    static void forEach(CommandLine cl, java.util.function.Consumer<CommandLine> action) {
        action.accept(cl);
        cl.getSubcommands().values().forEach(sub -> forEach(sub, action));
    }

    static OutputFailure stdoutFailure(PrintWriter out) {
        return OutputFailure.ofStdout(out instanceof CheckedWriter c ? c.failure() : java.util.Optional.empty());
    }

    private static int report(OutputFailure failure, PrintWriter err) {
        if (failure.brokenPipe()) {
            return OutputFailure.BROKEN_PIPE_STATUS;
        }
        err.println("consortia: " + failure.getMessage());
        return 1;
    }

    /**
     * Reports an internal error in one line (a stack trace only with {@code --debug}); returns 1.
     *
     * @param input the input being processed when it happened, or {@code null}
     */
    static int internalError(ConsortiaCommand top, Throwable ex, String input) {
        PrintWriter err = top.err;
        String what = ex instanceof OutOfMemoryError ? OUT_OF_MEMORY
                : ex instanceof StackOverflowError ? "stack overflow" : summary(ex);
        err.println("consortia: internal error" + (input == null ? "" : " on " + input) + ": " + what
                + (top.debug ? "" : " (run again with --debug for the stack trace)"));
        if (top.debug) {
            ex.printStackTrace(err);
        }
        return 1;
    }

    /** The exception's class and message on one short line, without control characters. */
    private static String summary(Throwable ex) {
        String s = String.valueOf(ex).replaceAll("\\p{Cntrl}+", " ").strip();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
