package io.consortia.jurisdiction.qingdao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.registry.RegistryReader;
import io.consortia.kernel.testkit.Installed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stand-in for app-cli's ExamplesTest while app-cli does not compile on this branch: the
 * {@code # expect: qingdao …} lines of {@code examples/qingdao-*.yaml}, with their readings (and
 * a registry, {@code registry=examples/registry.yaml}), must hold for the profile read as the CLI
 * reads it and assessed as of its {@code appliedOn}.
 */
class QingdaoExamplesTest {

    private static final String ID = "qingdao";
    private static final Path ROOT = Path.of("..");
    private static final Pattern EXPECT = Pattern.compile("^# expect: ([a-z-]+) (\\S+) failing=(\\S*) unknown=(\\S*)((?: (?:readings|registry)=\\S+)*)\\s*$");

    record Expectation(Path file, String line, String verdict, List<String> failing, List<String> unknown,
                       List<String> readings, String registry) {
        @Override
        public String toString() {
            return file.getFileName() + ": " + line;
        }
    }

    static List<Expectation> expectations() throws IOException {
        List<Expectation> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(ID + "-.+\\.yaml")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    Matcher m = EXPECT.matcher(line);
                    if (m.matches() && m.group(1).equals(ID)) {
                        List<String> readings = new ArrayList<>();
                        String registry = null;
                        for (String option : m.group(5).strip().split(" ")) {
                            if (option.startsWith("readings=")) {
                                readings.addAll(split(option.substring("readings=".length())));
                            } else if (option.startsWith("registry=")) {
                                registry = option.substring("registry=".length());
                            }
                        }
                        out.add(new Expectation(f, line, m.group(2), split(m.group(3)), split(m.group(4)), readings, registry));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(","));
    }

    static Object tree(Path file) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Object.class);
    }

    static Profile profile(Path file) throws IOException {
        ReadResult<Profile> r = ProfileReader.read(tree(file));
        assertThat(r.warnings()).as("%s warnings", file).isEmpty();
        assertThat(r.result().isValid()).as("%s: %s", file, r.result()).isTrue();
        return r.result().get();
    }

    static Registry registry(Path file) throws IOException {
        ReadResult<Registry> r = RegistryReader.read(tree(file));
        assertThat(r.warnings()).as("%s warnings", file).isEmpty();
        assertThat(r.result().isValid()).as("%s: %s", file, r.result()).isTrue();
        return r.result().get();
    }

    static Assessment assess(Expectation e) throws IOException {
        Jurisdiction j = Installed.jurisdiction(ID);
        Profile p = profile(e.file());
        ReadingSet readings = ReadingSet.defaults();
        for (String choice : e.readings()) {
            String[] kv = choice.split("=", 2);
            Reading r = j.readings().stream().filter(x -> x.id().equals(kv[0])).findFirst()
                    .orElseThrow(() -> new AssertionError(e + ": " + ID + " has no reading " + kv[0]));
            assertThat(r.accepts(kv[1])).as("%s: option %s", e, kv[1]).isTrue();
            readings = readings.with(r, r.isAlternative(kv[1]));
        }
        AssessmentOptions options = AssessmentOptions.on(p.appliedOn().orElseThrow()).withReadings(readings);
        if (e.registry() != null) {
            options = options.withRegistry(registry(ROOT.resolve(e.registry())));
        }
        return j.assess(p, options);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void exampleGetsTheVerdictItExpects(Expectation e) throws IOException {
        Assessment a = assess(e);
        assertThat(a.verdict().name()).as("%s; findings %s", e, a.findings()).isEqualTo(e.verdict());
        assertThat(Installed.ids(a, Outcome.FAIL)).as("failing").containsExactlyElementsOf(e.failing());
        assertThat(Installed.ids(a, Outcome.UNKNOWN)).as("unknown").containsExactlyElementsOf(e.unknown());
    }

    /** What the comments of qingdao-barred-core-member.yaml say beyond its expect lines. */
    @Test
    void theBarredCoreMemberExampleEndsItsBarAsR9SaysAndAllowsItsBarredNonCoreMember() throws IOException {
        Jurisdiction j = Installed.jurisdiction(ID);
        Profile p = profile(ROOT.resolve("examples/qingdao-barred-core-member.yaml"));
        Registry registry = registry(ROOT.resolve("examples/registry.yaml"));
        ReadingSet civil = ReadingSet.defaults().with(Reading.R9, true);
        java.util.function.BiFunction<java.time.LocalDate, ReadingSet, Assessment> on =
                (date, readings) -> j.assess(p, AssessmentOptions.on(date).withRegistry(registry).withReadings(readings));
        assertThat(Installed.ids(on.apply(java.time.LocalDate.of(2027, 2, 28), ReadingSet.defaults()), Outcome.FAIL)).containsExactly("Q10");
        assertThat(Installed.ids(on.apply(java.time.LocalDate.of(2027, 3, 1), ReadingSet.defaults()), Outcome.FAIL)).isEmpty();
        assertThat(Installed.ids(on.apply(java.time.LocalDate.of(2027, 3, 1), civil), Outcome.FAIL)).containsExactly("Q10");
        Profile m2NotCore = io.consortia.kernel.testkit.Fixtures.trait(p, "m2", io.consortia.kernel.profile.Trait.CORE, false);
        Assessment allowed = j.assess(m2NotCore, AssessmentOptions.on(p.appliedOn().orElseThrow()).withRegistry(registry));
        assertThat(allowed.finding("Q10").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
        Profile m2Unstated = io.consortia.kernel.testkit.Fixtures.trait(p, "m2", io.consortia.kernel.profile.Trait.CORE, null);
        assertThat(j.assess(m2Unstated, AssessmentOptions.on(p.appliedOn().orElseThrow()).withRegistry(registry))
                .finding("Q10").orElseThrow().outcome()).isEqualTo(Outcome.UNKNOWN);
    }
}
