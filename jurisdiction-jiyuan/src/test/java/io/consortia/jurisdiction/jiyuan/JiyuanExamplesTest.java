package io.consortia.jurisdiction.jiyuan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.testkit.Installed;
import java.io.IOException;
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
 * The examples/jiyuan-*.yaml profiles, read as the CLI reads them, meet the expectations written on
 * their first lines ({@code # expect: jiyuan VERDICT failing=… unknown=…}).
 */
class JiyuanExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Pattern EXPECT = Pattern.compile("# expect: (\\S+) (\\S+) failing=(\\S*) unknown=(\\S*)");

    record Expectation(String jurisdiction, Verdict verdict, List<String> failing, List<String> unknown) {}

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.getFileName().toString().matches("jiyuan-.*\\.yaml")).sorted().toList().stream();
        }
    }

    /** The expectation lines at the top of the file, before anything else. */
    static List<Expectation> expectations(Path file) throws IOException {
        List<Expectation> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = EXPECT.matcher(line);
            if (!m.matches()) {
                break;
            }
            out.add(new Expectation(m.group(1), Verdict.valueOf(m.group(2)), ids(m.group(3)), ids(m.group(4))));
        }
        return out;
    }

    private static List<String> ids(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    static Profile read(Path file) throws IOException {
        Object tree = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Object.class);
        ReadResult<Profile> result = ProfileReader.read(tree);
        assertThat(result.result().isValid()).as("%s reads without errors: %s", file,
                result.result().isInvalid() ? result.result().getError() : "").isTrue();
        assertThat(result.warnings().toJavaList()).as("%s warnings", file).isEmpty();
        return result.result().get();
    }

    private static Assessment assess(Profile p, ReadingSet readings) {
        return Installed.assess("jiyuan", p, p.appliedOn().orElseThrow(), readings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMeetsTheExpectationOnItsFirstLine(Path file) throws IOException {
        List<Expectation> expected = expectations(file);
        assertThat(expected).as("expectations of %s", file).isNotEmpty()
                .anySatisfy(e -> assertThat(e.jurisdiction()).isEqualTo("jiyuan"));
        Profile p = read(file);
        for (Expectation e : expected) {
            if (!e.jurisdiction().equals("jiyuan")) {
                continue;
            }
            Assessment a = assess(p, ReadingSet.defaults());
            assertThat(a.verdict()).as("%s verdict; findings %s", file, a.findings()).isEqualTo(e.verdict());
            assertThat(Installed.ids(a, Outcome.FAIL)).as("%s failing", file).containsExactlyElementsOf(e.failing());
            assertThat(Installed.ids(a, Outcome.UNKNOWN)).as("%s unknown", file).containsExactlyElementsOf(e.unknown());
        }
    }

    @Test
    void examplesIncludeAnEligibleAndAnIneligibleProfile() throws IOException {
        List<Verdict> verdicts = new ArrayList<>();
        for (Path f : examples().toList()) {
            expectations(f).stream().filter(e -> e.jurisdiction().equals("jiyuan")).forEach(e -> verdicts.add(e.verdict()));
        }
        assertThat(verdicts).hasSizeGreaterThanOrEqualTo(2).contains(Verdict.ELIGIBLE, Verdict.INELIGIBLE);
    }

    @Test
    void nonferrousExampleIsEligibleUnderEveryReading() throws IOException {
        Profile p = read(EXAMPLES.resolve("jiyuan-nonferrous-eligible.yaml"));
        for (boolean r1 : new boolean[] {false, true}) {
            for (boolean r4 : new boolean[] {false, true}) {
                ReadingSet readings = ReadingSet.defaults().with(Reading.R1, r1).with(JiyuanReadings.R4, r4);
                assertThat(assess(p, readings).verdict()).as("readings %s", readings).isEqualTo(Verdict.ELIGIBLE);
            }
        }
    }

    @Test
    void smallLowAltitudeExampleBecomesIneligibleUnderEitherAlternativeReading() throws IOException {
        Profile p = read(EXAMPLES.resolve("jiyuan-low-altitude-small.yaml"));
        assertThat(assess(p, ReadingSet.defaults()).verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        Assessment leadExcluded = assess(p, ReadingSet.defaults().with(Reading.R1, true));
        assertThat(leadExcluded.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(Installed.ids(leadExcluded, Outcome.FAIL)).containsExactly("J5", "J6");
        Assessment updown = assess(p, ReadingSet.defaults().with(JiyuanReadings.R4, true));
        assertThat(updown.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(Installed.ids(updown, Outcome.FAIL)).containsExactly("J5", "J7");
    }
}
