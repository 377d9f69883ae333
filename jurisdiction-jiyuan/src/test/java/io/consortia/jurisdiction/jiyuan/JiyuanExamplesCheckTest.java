package io.consortia.jurisdiction.jiyuan;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interim check, while app-cli (whose {@code ExamplesTest} runs every expect line through the
 * real command) does not compile on the rules-as-data branch: every {@code # expect: jiyuan …} line
 * of {@code examples/jiyuan-*.yaml} holds for the profile read as the CLI reads it, as of its
 * {@code appliedOn}, under the readings the line names. Drop it once ExamplesTest runs again.
 */
class JiyuanExamplesCheckTest {

    private static final Pattern EXPECT = Pattern.compile(
            "^# expect: jiyuan (\\S+) failing=(\\S*) unknown=(\\S*)(?: readings=(\\S+))?\\s*$");

    record Expectation(Path file, String verdict, List<String> failing, List<String> unknown, List<String> readings) {
        @Override
        public String toString() {
            return file.getFileName() + (readings.isEmpty() ? "" : " " + readings);
        }
    }

    static Stream<Expectation> expectations() throws IOException {
        List<Expectation> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("jiyuan-.*\\.yaml")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    Matcher x = EXPECT.matcher(line);
                    if (x.matches()) {
                        out.add(new Expectation(f, x.group(1), split(x.group(2)), split(x.group(3)),
                                x.group(4) == null ? List.of() : split(x.group(4))));
                    }
                }
            }
        }
        assertThat(out).as("expect lines in examples/jiyuan-*.yaml").isNotEmpty();
        return out.stream();
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void exampleMeetsItsExpectLine(Expectation e) throws IOException {
        ReadResult<Profile> read = ProfileReader.read(new ObjectMapper(new YAMLFactory()).readValue(e.file().toFile(), Object.class));
        assertThat(read.warnings()).as("warnings").isEmpty();
        assertThat(read.result().isValid()).as("reads without errors: %s", read.result()).isTrue();
        Profile p = read.result().get();
        Jurisdiction j = Installed.jurisdiction("jiyuan");
        ReadingSet readings = ReadingSet.defaults();
        for (String choice : e.readings()) {
            String[] kv = choice.split("=");
            Reading r = j.readings().stream().filter(x -> x.id().equals(kv[0])).findFirst().orElseThrow();
            assertThat(r.accepts(kv[1])).as(choice).isTrue();
            readings = readings.with(r, r.isAlternative(kv[1]));
        }
        Assessment a = j.assess(p, AssessmentOptions.on(p.appliedOn().orElseThrow()).withReadings(readings));
        assertThat(a.verdict().name()).as("verdict; findings %s", a.findings()).isEqualTo(e.verdict());
        assertThat(Installed.ids(a, Outcome.FAIL)).as("failing").containsExactlyElementsOf(e.failing());
        assertThat(Installed.ids(a, Outcome.UNKNOWN)).as("unknown").containsExactlyElementsOf(e.unknown());
    }
}
