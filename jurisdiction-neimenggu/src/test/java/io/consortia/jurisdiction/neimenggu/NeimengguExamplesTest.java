package io.consortia.jurisdiction.neimenggu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.testkit.Installed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples {@code examples/neimenggu-*.yaml} say what they expect in their first lines
 * ({@code # expect: neimenggu VERDICT failing=… unknown=…}); read as the CLI reads them and
 * assessed on their appliedOn date under default readings, they get exactly that.
 */
class NeimengguExamplesTest {

    /** The project root's examples, from this module's folder (surefire's working directory). */
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static final Pattern EXPECT = Pattern.compile(
            "# expect: (\\S+) (ELIGIBLE|ELIGIBLE_WITH_DEVIATIONS|UNDETERMINED|INELIGIBLE) failing=(\\S*) unknown=(\\S*)");

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.getFileName().toString().matches("neimenggu-.*\\.yaml")).sorted().toList();
        }
    }

    private record Expectation(Verdict verdict, List<String> failing, List<String> unknown) {}

    /** The expectation for this jurisdiction, from the leading {@code # expect:} lines. */
    private static Expectation expectation(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("# expect:")) {
                break;
            }
            Matcher m = EXPECT.matcher(line.strip());
            assertThat(m.matches()).as("%s: malformed line %s", file, line).isTrue();
            if (m.group(1).equals("neimenggu")) {
                return new Expectation(Verdict.valueOf(m.group(2)), ids(m.group(3)), ids(m.group(4)));
            }
        }
        throw new AssertionError(file + " has no '# expect: neimenggu …' line at its top");
    }

    private static List<String> ids(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    private static Profile read(Path file) throws IOException {
        Object tree = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Object.class);
        ReadResult<Profile> read = ProfileReader.read(tree);
        assertThat(read.result().isValid()).as("%s reads without errors: %s", file, read.result()).isTrue();
        assertThat(read.warnings()).as("%s reads without warnings", file).isEmpty();
        return read.result().get();
    }

    @Test
    void thereAreAnEligibleAndAnIneligibleExample() throws IOException {
        List<Verdict> verdicts = examples().stream().map(f -> {
            try {
                return expectation(f).verdict();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(verdicts).hasSizeGreaterThanOrEqualTo(2)
                .contains(Verdict.INELIGIBLE)
                .containsAnyOf(Verdict.ELIGIBLE, Verdict.ELIGIBLE_WITH_DEVIATIONS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGetsTheVerdictItsFirstLinesExpect(Path file) throws IOException {
        Expectation expected = expectation(file);
        Profile p = read(file);
        assertThat(p.appliedOn()).as("%s gives appliedOn", file).isPresent();
        Assessment a = Installed.jurisdiction("neimenggu").assess(p, AssessmentOptions.on(p.appliedOn().get()));
        assertThat(a.verdict()).as("%s verdict; findings %s", file, a.findings()).isEqualTo(expected.verdict());
        assertThat(Installed.ids(a, Outcome.FAIL)).as("%s failing", file).containsExactlyElementsOf(expected.failing());
        assertThat(Installed.ids(a, Outcome.UNKNOWN)).as("%s unknown", file).containsExactlyElementsOf(expected.unknown());
    }
}
