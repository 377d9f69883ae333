package io.consortia.jurisdiction.qingdao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.testkit.Fixtures;
import io.consortia.kernel.testkit.Installed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples {@code examples/qingdao-*.yaml} read as the CLI reads them, and assessed as of their
 * {@code appliedOn} under default readings without a registry: their {@code # expect: qingdao …}
 * lines, derived by hand from the catalog, must hold.
 */
class QingdaoExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Pattern EXPECT = Pattern.compile(
            "# expect: (\\S+) (ELIGIBLE|ELIGIBLE_WITH_DEVIATIONS|UNDETERMINED|INELIGIBLE) failing=(\\S*) unknown=(\\S*)");

    record Expectation(String jurisdiction, Verdict verdict, List<String> failing, List<String> unknown) {}

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.getFileName().toString().matches("qingdao-.+\\.yaml")).sorted().toList().stream();
        }
    }

    static Profile read(Path file) throws IOException {
        Object tree = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Object.class);
        ReadResult<Profile> r = ProfileReader.read(tree);
        assertThat(r.result().isValid()).as("%s reads without errors: %s", file, r.result()).isTrue();
        assertThat(r.warnings()).as("%s warnings", file).isEmpty();
        return r.result().get();
    }

    /** The {@code # expect:} lines at the top of the file, before anything else. */
    static List<Expectation> expectations(Path file) throws IOException {
        List<Expectation> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = EXPECT.matcher(line);
            if (!m.matches()) {
                break;
            }
            out.add(new Expectation(m.group(1), Verdict.valueOf(m.group(2)), split(m.group(3)), split(m.group(4))));
        }
        return out;
    }

    private static List<String> split(String ids) {
        return ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
    }

    private static Assessment assess(Profile p, ReadingSet readings) {
        return Installed.assess("qingdao", p, p.appliedOn().orElseThrow(), readings);
    }

    @Test
    void thereAreAtLeastTwoQingdaoExamplesEachStartingWithAQingdaoExpectation() throws IOException {
        List<Path> files = examples().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
        for (Path f : files) {
            assertThat(expectations(f)).as("%s", f).anySatisfy(e -> assertThat(e.jurisdiction()).isEqualTo("qingdao"));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Path f : files) {
            expectations(f).stream().filter(e -> e.jurisdiction().equals("qingdao")).forEach(e -> verdicts.add(e.verdict()));
        }
        assertThat(verdicts).containsAnyOf(Verdict.ELIGIBLE, Verdict.ELIGIBLE_WITH_DEVIATIONS).contains(Verdict.INELIGIBLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMeetsItsQingdaoExpectation(Path file) throws IOException {
        Profile p = read(file);
        Expectation e = expectations(file).stream().filter(x -> x.jurisdiction().equals("qingdao")).findFirst().orElseThrow();
        Assessment a = assess(p, ReadingSet.defaults());
        assertThat(a.verdict()).as("verdict; findings %s", a.findings()).isEqualTo(e.verdict());
        assertThat(Installed.ids(a, Outcome.FAIL)).as("failing").containsExactlyElementsOf(e.failing());
        assertThat(Installed.ids(a, Outcome.UNKNOWN)).as("unknown").containsExactlyElementsOf(e.unknown());
    }

    @Test
    void leadInChainExampleIsEligibleWhenR5CountsTheLead() throws IOException {
        Profile p = read(EXAMPLES.resolve("qingdao-lead-in-chain.yaml"));
        assertThat(assess(p, ReadingSet.defaults()).verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(assess(p, ReadingSet.defaults().with(QingdaoReadings.R5, true)).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void branchLeadExampleIsOnlyADeviationAwayOnceTheLeadIsIndependentAndM4IsPlaced() {
        // As the example's comments say: with an independent lead Q1 passes, and with m4's chain
        // position stated Q2 passes; Q3 remains a deviation and Q7 (advisory) stays unknown.
        Profile p = readUnchecked(EXAMPLES.resolve("qingdao-branch-lead.yaml"));
        Profile fixed = Fixtures.chain(Fixtures.trait(p, "m1", Trait.INDEPENDENT_LEGAL_PERSON, true), "m4", ChainPosition.DOWNSTREAM);
        Assessment a = assess(fixed, ReadingSet.defaults());
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(Installed.ids(a, Outcome.FAIL)).containsExactly("Q3");
        assertThat(Installed.ids(a, Outcome.UNKNOWN)).containsExactly("Q7");
    }

    private static Profile readUnchecked(Path file) {
        try {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
