package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.io.input.InputLimits;
import io.consortia.cli.input.Inputs;
import io.consortia.cli.render.Page;
import io.consortia.facade.Consortia;
import io.consortia.io.json.Language;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.plugins.JurisdictionLoader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command; holds what every subcommand shares. */
@Command(name = "consortia",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Innovation-consortium (创新联合体) policy rules: assess profiles, explain rules, compare regions.",
                "Every command takes --lang, --width and --color; options, enum values and jurisdiction ids may be written in any case."},
        // The subcommands are in SUBCOMMANDS: Main adds the one a command line names (all for help).
        commandListHeading = "%nCommands:%n")
public final class ConsortiaCommand implements Runnable {

    /**
     * Every subcommand, in the order of {@code consortia --help}. Building picocli's model of a
     * command reflects over its class; Main builds only the one a command line names, which is
     * most of what a short command's start-up spent (see docs/performance.md, start-up).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(JurisdictionsCommand.class, ParametersCommand.class, AssessCommand.class,
            GapCommand.class, SurveyCommand.class, GenerateCommand.class, CompareCommand.class, ExplainCommand.class, ReplayCommand.class,
            ServeCommand.class, SimulateCommand.class, ProcedureCommand.class, CalendarCommand.class, InitCommand.class, SchemaCommand.class,
            TestCommand.class, CompletionCommand.class, ManCommand.class, HelpCommand.class);

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces for internal errors.")
    boolean debug;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, defaultValue = "BOTH",
            description = "The language of text output, every line of it: ZH, EN or BOTH (default: ${DEFAULT-VALUE}).")
    Language lang = Language.BOTH;

    @Option(names = "--width", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "Wrap text output at N columns (0: never; default: the terminal's width when standard output is one, "
                    + "else $COLUMNS, else no wrapping).")
    Integer width;

    /** When to colour verdicts. */
    enum ColorWhen { auto, always, never }

    @Option(names = {"--color", "--colour"}, paramLabel = "WHEN", scope = ScopeType.INHERIT, defaultValue = "auto",
            description = "Colour verdicts: auto, always or never (default: ${DEFAULT-VALUE}: when standard output is a terminal "
                    + "and $NO_COLOR is unset or empty).")
    ColorWhen color = ColorWhen.auto;

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = {"Also load the jurisdiction jars in DIR (repeatable). Default: the folders in $CONSORTIA_PLUGINS "
                    + "(separated by ':'), else ~/.config/consortia/plugins ($XDG_CONFIG_HOME/consortia/plugins) when it exists."})
    List<String> plugins;

    @Option(names = "--max-input-bytes", paramLabel = "SIZE", scope = ScopeType.INHERIT, converter = Size.class,
            description = "The largest input file (or standard input) read, e.g. 16M, 512K, 1048576 (default: 16M; at most 1G).")
    long maxInputBytes = InputLimits.DEFAULT_MAX_BYTES;

    /** The system property that names the folder of the jurisdictions the distribution bundles (the launcher sets it). */
    static final String BUNDLED = "consortia.bundled";

    @Spec
    CommandSpec spec;

    final InputStream in;
    final PrintWriter out;
    final PrintWriter err;
    final Clock clock;
    private Consortia facade;
    private final Map<JurisdictionProvider, JurisdictionLoader.Found> sources = new IdentityHashMap<>();

    /**
     * The environment: where the user calendar directory and the plug-in folders are ({@code
     * CONSORTIA_PLUGINS}, {@code XDG_CONFIG_HOME}, {@code HOME}), and how text is shown ({@code
     * COLUMNS}, {@code NO_COLOR}, {@code TERM}).
     */
    final java.util.Map<String, String> env;

    /** What standard output is connected to. */
    final Tty tty;

    ConsortiaCommand(InputStream in, PrintWriter out, PrintWriter err, Clock clock) {
        this(in, out, err, clock, System.getenv(), Tty.NONE);
    }

    ConsortiaCommand(InputStream in, PrintWriter out, PrintWriter err, Clock clock, java.util.Map<String, String> env, Tty tty) {
        this.tty = tty;
        this.env = java.util.Map.copyOf(env);
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Parses {@code --max-input-bytes}. */
    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return InputLimits.parseSize(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The readers of this run's inputs, within its limits; {@code -} reads standard input. */
    Inputs inputs() {
        try {
            return new Inputs(err, InputLimits.ofMaxBytes(maxInputBytes).advising("raise it with --max-input-bytes"), in,
                    () -> catalog().facts());
        } catch (IllegalArgumentException e) {
            throw new InputException("--max-input-bytes " + maxInputBytes + ": " + e.getMessage());
        }
    }

    @Override
    public void run() {
        out.println(spec.commandLine().getUsageMessage());
    }

    /** The terminal's width, asked once. */
    private int terminalWidth;

    /** The narrowest width text is wrapped at; a narrower --width is refused. */
    static final int MIN_WIDTH = 20;

    /** How text output is shown on standard output: {@link #page(boolean)} for it. */
    Page page() {
        return page(true);
    }

    /**
     * How text output is shown (ADR 0021): in the --lang language(s); wrapped at --width, else at
     * the terminal's width when the output goes to standard output and that is a terminal, else at
     * $COLUMNS, else not at all; verdicts coloured with --color always, or with auto when the output
     * goes to a terminal, $NO_COLOR is unset or empty and $TERM is not "dumb".
     *
     * @param toStdout whether the text goes to standard output (else to a file)
     */
    Page page(boolean toStdout) {
        boolean terminal = toStdout && tty.stdoutIsTerminal();
        int w;
        if (width != null) {
            if (width != 0 && (width < MIN_WIDTH || width > 10_000)) {
                throw new InputException("--width " + width + ": 0 (no wrapping) or from " + MIN_WIDTH + " to 10000 columns");
            }
            w = width;
        } else if (terminal) {
            if (terminalWidth == 0) {
                terminalWidth = Math.max(MIN_WIDTH, tty.columns().getAsInt());
            }
            w = terminalWidth;
        } else {
            w = columnsVariable().orElse(Page.UNLIMITED);
        }
        boolean colored = switch (color) {
            case always -> true;
            case never -> false;
            case auto -> terminal && env.getOrDefault("NO_COLOR", "").isEmpty() && !"dumb".equals(env.get("TERM"));
        };
        return new Page(w, lang, colored);
    }

    /** $COLUMNS, when it is a width. */
    private Optional<Integer> columnsVariable() {
        String c = env.get("COLUMNS");
        if (c != null && c.strip().matches("[0-9]{1,5}")) {
            int n = Integer.parseInt(c.strip());
            return n >= MIN_WIDTH ? Optional.of(n) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Today in China: the default reference date when neither --as-of nor appliedOn is given. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every installed jurisdiction, loaded once: the module path's, the bundled folder's and the
     * plug-in folders' (see {@link #pluginFolders()}). A duplicate id, a jar that is not a
     * jurisdiction or is built for another kernel, a broken module: each named, and the command
     * stops with exit 2 rather than carrying on.
     */
    JurisdictionCatalog catalog() {
        return facade().catalog();
    }

    /**
     * The embedding facade over the installed jurisdictions (see {@link #catalog()}), made once;
     * {@code assess --format record}, {@code replay}, {@code simulate} and {@code serve} use it.
     */
    Consortia facade() {
        if (facade == null) {
            List<Path> bundled = Optional.ofNullable(System.getProperty(BUNDLED)).map(Path::of).stream().toList();
            List<JurisdictionLoader.Found> found = JurisdictionLoader.load(bundled, pluginFolders()).getOrElseThrow(problems -> {
                List<String> lines = new ArrayList<>();
                lines.add("the jurisdiction plug-ins cannot be loaded:");
                problems.forEach(p -> lines.add("  " + p));
                return new InputException(lines);
            });
            found.forEach(f -> sources.put(f.provider(), f));
            JurisdictionCatalog catalog = JurisdictionCatalog.of(found.stream().map(JurisdictionLoader.Found::provider).toList(),
                    p -> sources.get(p).describe()).getOrElseThrow(errors -> {
                        List<String> lines = new ArrayList<>();
                        lines.add("the installed jurisdiction modules are inconsistent:");
                        errors.forEach(e -> lines.add("  " + e));
                        return new InputException(lines);
                    });
            if (catalog.all().isEmpty()) {
                throw new InputException("no jurisdiction is installed: none on the module path, in the bundled folder ("
                        + System.getProperty(BUNDLED, "not set") + ") or in a plug-in folder (--plugins DIR)");
            }
            facade = Consortia.of(catalog).withClock(clock);
        }
        return facade;
    }

    /** Where a jurisdiction came from: {@code bundled (x.jar)}, {@code plug-in /path/x.jar}, {@code module path}. */
    String source(Jurisdiction j) {
        return catalog().provider(j.id()).map(sources::get).map(JurisdictionLoader.Found::source).orElse("?");
    }

    /** Where a jurisdiction came from, in the page's language(s). */
    String source(Jurisdiction j, Page page) {
        return catalog().provider(j.id()).map(sources::get).map(f -> Describe.source(f, page)).orElse("?");
    }

    /**
     * The plug-in folders: those given with {@code --plugins}; else those in {@code
     * CONSORTIA_PLUGINS}; else the user's default folder, when it exists.
     */
    List<Path> pluginFolders() {
        if (plugins != null && !plugins.isEmpty()) {
            return plugins.stream().map(Path::of).toList();
        }
        String listed = env.get("CONSORTIA_PLUGINS");
        if (listed != null && !listed.isBlank()) {
            return java.util.Arrays.stream(listed.split(java.io.File.pathSeparator)).filter(x -> !x.isBlank()).map(Path::of).toList();
        }
        Path dflt = defaultPluginFolder();
        return dflt != null && Files.isDirectory(dflt) ? List.of(dflt) : List.of();
    }

    /** {@code $XDG_CONFIG_HOME/consortia/plugins}, else {@code ~/.config/consortia/plugins}. */
    Path defaultPluginFolder() {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "consortia", "plugins");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return home == null ? null : Path.of(home, ".config", "consortia", "plugins");
    }

    /** The jurisdictions named with -j (in any case), or all. */
    List<Jurisdiction> select(List<String> ids) {
        JurisdictionCatalog c = catalog();
        if (ids == null || ids.isEmpty()) {
            return c.all();
        }
        List<Jurisdiction> out = new ArrayList<>();
        for (String id : ids) {
            Jurisdiction j = jurisdiction(id).orElseThrow(() -> new InputException(
                    "-j " + id + ": unknown jurisdiction; installed: " + String.join(", ", c.ids())));
            if (!out.contains(j)) {
                out.add(j);
            }
        }
        return out;
    }

    /** The jurisdiction with this id, written in any case (ids are lower case: suzhou, SUZHOU, Suzhou). */
    Optional<Jurisdiction> jurisdiction(String id) {
        return catalog().get(id.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * {@code --set NAME=VALUE} options checked against the installed parameters, the names in any
     * case ({@code SUZHOU.S1.MINIMUM=7} is {@code suzhou.S1.minimum=7}); a bad one stops the command
     * with exit 2, naming the parameter.
     */
    Overrides overrides(List<String> specs) {
        if (specs == null || specs.isEmpty()) {
            return Overrides.none();
        }
        List<String> named = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            String name = eq <= 0 ? null : spec.substring(0, eq).strip();
            Optional<String> known = name == null || catalog().parameter(name).isPresent() ? Optional.empty()
                    : jurisdiction(name.contains(".") ? name.substring(0, name.indexOf('.')) : name).stream()
                            .flatMap(j -> j.parameters().stream()).map(Parameter::name).filter(n -> n.equalsIgnoreCase(name)).findFirst();
            named.add(known.map(n -> n + spec.substring(eq)).orElse(spec));
        }
        return catalog().overrides(named).getOrElseThrow(problems -> new InputException(problems));
    }
}
