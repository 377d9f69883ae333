package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.consortia.calendar.ChineseStatutoryCalendar;
import io.consortia.io.input.InputException;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.ProfileLine;
import io.consortia.cli.input.Inputs;
import io.consortia.io.input.TreeFile;
import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.WorkingDayCalendar;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.lifecycle.History;
import io.consortia.kernel.lifecycle.HistoryReader;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.lifecycle.Decider;
import io.consortia.kernel.lifecycle.Simulator;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.registry.RegistryReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing (Jazzer, ADR 0010) of the input readers, through the path the command
 * takes: {@link TreeFile} (bytes to tree, within {@link InputLimits}) and {@link Inputs} (the kernel
 * reader, problems as lines), then what the command does with a valid value (assess a profile in
 * every jurisdiction, with a registry; replay a history). A JSON profile is also read as a line of a
 * population ({@link ProfileLine}, what surveys try first), which must agree with the tree: the
 * same profile, and only for input the tree reads without a word. Every input must end as a value or as
 * bad input ({@link InputException}, whose lines name the file); any other exception, an
 * {@link OutOfMemoryError} in the fuzzing JVM's 512 MB heap, or an input taking more than
 * {@link #TIME_BOUND} is a finding (an input that never returns is stopped by the fuzzing fork's
 * timeout in app-cli/pom.xml).
 *
 * <p>The first byte of an input picks the {@link Target}; the rest is the file. Seeds: every
 * example profile and history, in YAML and as JSON ({@link #readersAcceptOrRejectEveryInput}'s
 * method source), and the files in {@code InputReadersFuzzTestInputs/} (hand-made hostile seeds,
 * and every finding once fixed: Jazzer writes a crashing input to app-cli/target/crash-*). {@code mvn verify} runs the seeds as regression tests, then fuzzes
 * for a bounded time (the {@code fuzz} execution in app-cli/pom.xml).
 *
 * <p>To fuzz another reader (the calendar file of {@code --calendar}): append targets for it to
 * {@link Target} (appending keeps the selector bytes of existing seeds), with the file name the
 * CLI would see and a lambda that reads the tree as the command does, and add seeds for it to
 * {@link #seeds()} or the inputs directory.
 */
class InputReadersFuzzTest {

    /** A reader under fuzzing and what the command does with what it reads. */
    @FunctionalInterface
    interface Exercise {
        void run(Inputs inputs, TreeFile tree);
    }

    enum Target {
        PROFILE_YAML("profile.yaml", (in, t) -> assessed(in.read(t, ProfileReader::read), Optional.empty())),
        PROFILE_JSON("profile.json", (in, t) -> assessed(in.read(t, ProfileReader::read), Optional.empty())),
        REGISTRY_YAML("registry.yaml", (in, t) -> assessed(Fixture.PROFILE, Optional.of(in.read(t, RegistryReader::read)))),
        REGISTRY_JSON("registry.json", (in, t) -> assessed(Fixture.PROFILE, Optional.of(in.read(t, RegistryReader::read)))),
        HISTORY_YAML("history.yaml", (in, t) -> replayed(in.read(t, tree -> HistoryReader.read(tree, Fixture.POLICIES)))),
        HISTORY_JSON("history.json", (in, t) -> replayed(in.read(t, tree -> HistoryReader.read(tree, Fixture.POLICIES))));

        final String fileName;
        final Exercise exercise;

        Target(String fileName, Exercise exercise) {
            this.fileName = fileName;
            this.exercise = exercise;
        }

        static Target of(byte selector) {
            return values()[(selector & 0xff) % values().length];
        }
    }

    /** The project's root: the fuzzing fork runs in app-cli/target, where its corpus is kept. */
    static final Path ROOT = Path.of(System.getProperty("consortia.root", "."));

    /** What every input shares: the installed jurisdictions, their lifecycle policies, a profile for registries. */
    static final class Fixture {
        static final JurisdictionCatalog CATALOG = JurisdictionCatalog.of(ServiceLoader.load(JurisdictionProvider.class))
                .getOrElseThrow(errors -> new IllegalStateException(String.join("; ", errors)));
        static final ReadingSet READINGS = ReadingOptions.parse(null, CATALOG.readings());
        static final Map<String, LifecyclePolicy> POLICIES = policies();
        static final WorkingDayCalendar CALENDAR = ChineseStatutoryCalendar.load();
        static final Inputs INPUTS = new Inputs(new PrintWriter(Writer.nullWriter()), InputLimits.DEFAULT, InputStream.nullInputStream());
        static final Profile PROFILE = INPUTS.profile(ROOT.resolve("examples/suzhou-eligible.yaml").toString()).profile();

        private static Map<String, LifecyclePolicy> policies() {
            Map<String, LifecyclePolicy> out = new LinkedHashMap<>();
            for (Jurisdiction j : CATALOG.all()) {
                SimulateCommand.policy(j).ifPresent(p -> out.put(j.id(), p));
            }
            return out;
        }
    }

    private static void assessed(Profile profile, Optional<Registry> registry) {
        LocalDate asOf = profile.appliedOn().orElse(LocalDate.of(2025, 6, 1));
        AssessmentOptions options = new AssessmentOptions(asOf, Fixture.READINGS, registry);
        for (Jurisdiction j : Fixture.CATALOG.all()) {
            assertThat(j.assess(profile, options).findings()).isNotEmpty();
        }
    }

    private static void replayed(History history) {
        io.consortia.kernel.jurisdiction.Edition edition = SimulateCommand.edition(Fixture.CATALOG.get(history.jurisdiction()).orElseThrow())
                .orElseThrow();
        LifecyclePolicy policy = edition.lifecycle().orElseThrow();
        for (CalendarMode mode : CalendarMode.values()) {
            for (io.consortia.kernel.calendar.DayCount count : io.consortia.kernel.calendar.DayCount.values()) {
                // A SimulationError is a value (bad input for the command); only an exception is a finding.
                Simulator.run(new Decider(policy, new io.consortia.kernel.lifecycle.SimulationOptions(Fixture.CALENDAR, mode, count,
                        edition.bind(io.consortia.kernel.parameter.Overrides.none()))), history.events(), Optional.empty(), Optional.empty());
            }
        }
    }

    /** Every example profile and history, as YAML and as JSON, behind its selector byte. */
    static Stream<Arguments> seeds() throws IOException {
        ObjectMapper yaml = new YAMLMapper();
        ObjectMapper json = new ObjectMapper();
        List<Arguments> out = new ArrayList<>();
        for (String folder : List.of("examples", "examples/histories")) {
            boolean histories = folder.endsWith("histories");
            try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    byte[] text = Files.readAllBytes(f);
                    byte[] asJson = json.writeValueAsBytes(yaml.readTree(text));
                    out.add(Arguments.of((Object) seed(histories ? Target.HISTORY_YAML : Target.PROFILE_YAML, text)));
                    out.add(Arguments.of((Object) seed(histories ? Target.HISTORY_JSON : Target.PROFILE_JSON, asJson)));
                }
            }
        }
        return out.stream();
    }

    static byte[] seed(Target target, byte[] content) {
        byte[] out = new byte[content.length + 1];
        out[0] = (byte) target.ordinal();
        System.arraycopy(content, 0, out, 1, content.length);
        return out;
    }

    /** Loads the jurisdictions before the first input, whose time bound is for reading alone. */
    @BeforeAll
    static void loadTheJurisdictions() {
        assertThat(Fixture.CATALOG.all()).isNotEmpty();
        assertThat(Fixture.PROFILE.members()).isNotEmpty();
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "60s")
    void readersAcceptOrRejectEveryInput(byte[] data) {
        if (data == null || data.length == 0) {
            return;
        }
        Target target = Target.of(data[0]);
        byte[] content = Arrays.copyOfRange(data, 1, data.length);
        long start = System.nanoTime();
        try {
            TreeFile tree = TreeFile.parse(content, target.fileName, TreeFile.Format.of(target.fileName), InputLimits.DEFAULT);
            target.exercise.run(Fixture.INPUTS, tree);
        } catch (InputException bad) {
            assertThat(bad.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(target.fileName + ":"));
        }
        if (target == Target.PROFILE_JSON) {
            readAsALineAsTheTreeReadsIt(content);
        }
        // A bound against blow-ups (an input of a few KB taking seconds), not a speed target.
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("time for one input of %d bytes", content.length).isLessThan(TIME_BOUND);
    }

    /**
     * The fast reading of a population's line (what surveys take first) accepts only what the tree
     * reads without a problem or a warning, and reads it into the same profile.
     */
    private static void readAsALineAsTheTreeReadsIt(byte[] content) {
        Optional<Profile> fast = ProfileLine.read(content, 0, content.length, InputLimits.DEFAULT);
        if (fast.isPresent()) {
            List<String> warnings = new ArrayList<>();
            Profile tree = Inputs.read(TreeFile.parseLine(content, 0, content.length, "pop.jsonl", 1, InputLimits.DEFAULT),
                    ProfileReader::read, warnings::add);
            assertThat(warnings).isEmpty();
            assertThat(fast.get()).isEqualTo(tree);
        }
    }

    /** The most one input may take. */
    static final Duration TIME_BOUND = Duration.ofSeconds(10);
}
