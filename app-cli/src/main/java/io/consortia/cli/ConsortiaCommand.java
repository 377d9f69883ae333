package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.io.input.InputLimits;
import io.consortia.cli.input.Inputs;
import io.consortia.facade.Consortia;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command; holds what every subcommand shares. */
@Command(name = "consortia",
        mixinStandardHelpOptions = true,
        version = "consortia 0.1.0",
        description = {"Innovation-consortium (创新联合体) policy rules: assess profiles, explain rules, compare regions."},
        subcommands = {JurisdictionsCommand.class, ParametersCommand.class, AssessCommand.class, GapCommand.class, CompareCommand.class,
                ExplainCommand.class, ReplayCommand.class, ServeCommand.class, SimulateCommand.class, ProcedureCommand.class, InitCommand.class, SchemaCommand.class, HelpCommand.class})
public final class ConsortiaCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsortiaCommand.class);

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces for internal errors.")
    boolean debug;

    @Option(names = "--max-input-bytes", paramLabel = "SIZE", scope = ScopeType.INHERIT, converter = Size.class,
            description = "The largest input file (or standard input) read, e.g. 16M, 512K, 1048576 (default: 16M; at most 1G).")
    long maxInputBytes = InputLimits.DEFAULT_MAX_BYTES;

    final InputStream in;
    final PrintWriter out;
    final PrintWriter err;
    final Clock clock;
    private Consortia facade;

    ConsortiaCommand(InputStream in, PrintWriter out, PrintWriter err, Clock clock) {
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
            return new Inputs(err, InputLimits.ofMaxBytes(maxInputBytes).advising("raise it with --max-input-bytes"), in);
        } catch (IllegalArgumentException e) {
            throw new InputException("--max-input-bytes " + maxInputBytes + ": " + e.getMessage());
        }
    }

    @Override
    public void run() {
        out.println(new picocli.CommandLine(this).getUsageMessage());
    }

    /** Today in China: the default reference date when neither --as-of nor appliedOn is given. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every installed jurisdiction, found once through ServiceLoader. A duplicate id or a broken
     * module stops the command with exit 2 rather than carrying on.
     */
    JurisdictionCatalog catalog() {
        return facade().catalog();
    }

    /**
     * The embedding facade over every installed jurisdiction, found once through ServiceLoader and
     * handed over. A duplicate id, a broken module or none at all stops the command with exit 2.
     */
    Consortia facade() {
        if (facade == null) {
            List<JurisdictionProvider> providers = new ArrayList<>();
            ServiceLoader.load(JurisdictionProvider.class).forEach(providers::add);
            LOG.debug("found {} jurisdiction providers", providers.size());
            if (providers.isEmpty()) {
                throw new InputException("no jurisdiction module is installed (none found through ServiceLoader)");
            }
            facade = Consortia.of(providers).getOrElseThrow(errors -> {
                List<String> lines = new ArrayList<>();
                lines.add("the installed jurisdiction modules are inconsistent:");
                errors.forEach(e -> lines.add("  " + e));
                return new InputException(lines);
            }).withClock(clock);
        }
        return facade;
    }

    /** The jurisdictions named with -j, or all. */
    List<Jurisdiction> select(List<String> ids) {
        JurisdictionCatalog c = catalog();
        if (ids == null || ids.isEmpty()) {
            return c.all();
        }
        List<Jurisdiction> out = new ArrayList<>();
        for (String id : ids) {
            Jurisdiction j = c.get(id).orElseThrow(() -> new InputException(
                    "-j " + id + ": unknown jurisdiction; installed: " + String.join(", ", c.ids())));
            if (!out.contains(j)) {
                out.add(j);
            }
        }
        return out;
    }
}
