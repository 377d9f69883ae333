package io.consortia.jurisdiction.yongchuan;

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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code # expect: yongchuan …} line of every {@code examples/yongchuan-*.yaml} holds: the
 * profile, read as the CLI reads it, gets that verdict with exactly those failing and unknown
 * rules under the default readings, as of its {@code appliedOn}.
 */
class YongchuanExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Pattern EXPECT = Pattern.compile(
            "# expect: yongchuan (ELIGIBLE|ELIGIBLE_WITH_DEVIATIONS|UNDETERMINED|INELIGIBLE) failing=(\\S*) unknown=(\\S*)");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> ours = files.filter(f -> f.getFileName().toString().matches("yongchuan-.*\\.yaml")).sorted().toList();
            assertThat(ours).as("examples/yongchuan-*.yaml").hasSizeGreaterThanOrEqualTo(2);
            return ours.stream();
        }
    }

    private record Expectation(Verdict verdict, List<String> failing, List<String> unknown) {}

    private static Expectation expectation(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).as("%s starts with its expectations", file).startsWith("# expect: ");
        for (String line : lines) {
            if (!line.startsWith("# expect: ")) {
                break;
            }
            Matcher m = EXPECT.matcher(line);
            if (m.matches()) {
                return new Expectation(Verdict.valueOf(m.group(1)), ids(m.group(2)), ids(m.group(3)));
            }
        }
        throw new AssertionError(file + " has no '# expect: yongchuan …' line among its first lines");
    }

    private static List<String> ids(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    private static Profile read(Path file) throws IOException {
        Object tree = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Object.class);
        ReadResult<Profile> read = ProfileReader.read(tree);
        assertThat(read.warnings()).as("%s warnings", file).isEmpty();
        assertThat(read.result().isValid()).as("%s reads without errors: %s", file, read.result()).isTrue();
        return read.result().get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMeetsItsExpectLine(Path file) throws IOException {
        Expectation expected = expectation(file);
        Profile p = read(file);
        Optional<java.time.LocalDate> appliedOn = p.appliedOn();
        assertThat(appliedOn).as("%s gives appliedOn, the as-of date of its expectation", file).isPresent();
        Assessment a = Installed.jurisdiction("yongchuan").assess(p, AssessmentOptions.on(appliedOn.get()));
        assertThat(a.verdict()).as("%s verdict; findings %s", file, a.findings()).isEqualTo(expected.verdict());
        assertThat(Installed.ids(a, Outcome.FAIL)).as("%s failing", file).containsExactlyElementsOf(expected.failing());
        assertThat(Installed.ids(a, Outcome.UNKNOWN)).as("%s unknown", file).containsExactlyElementsOf(expected.unknown());
    }
}
