package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example profile states its expected verdicts in lines like
 * {@code # expect: suzhou INELIGIBLE failing=S5,S6 unknown=S8}, optionally under switched readings
 * ({@code ... readings=R1=no,R4=updown}); the real command must agree.
 */
class ExamplesTest {

    /**
     * {@code # expect: ID VERDICT failing=… unknown=…} and then, optionally, {@code readings=R1=no,R4=updown},
     * {@code registry=FILE} and {@code set=NAME=VALUE,…}: the options the verdict holds under.
     */
    private static final Pattern EXPECT = Pattern.compile(
            "^# expect: ([a-z-]+) (ELIGIBLE|ELIGIBLE_WITH_DEVIATIONS|UNDETERMINED|INELIGIBLE) failing=(\\S*) unknown=(\\S*)((?: (?:readings|registry|set)=\\S+)*)\\s*$");

    record Expectation(Path file, String jurisdiction, String verdict, List<String> failing, List<String> unknown,
                       List<String> readings, List<String> registry, List<String> overrides) {}

    private static List<String> option(String options, String key) {
        for (String part : options.strip().split(" ")) {
            if (part.startsWith(key + "=")) {
                return split(part.substring(key.length() + 1));
            }
        }
        return List.of();
    }

    static List<Expectation> expectations() throws IOException {
        List<Expectation> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    Matcher m = EXPECT.matcher(line);
                    if (m.matches()) {
                        String options = m.group(5) == null ? "" : m.group(5);
                        out.add(new Expectation(f, m.group(1), m.group(2), split(m.group(3)), split(m.group(4)),
                                option(options, "readings"), option(options, "registry"), option(options, "set")));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    @Test
    void everyExampleProfileStatesWhatItShows() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<Path> profiles = files.filter(p -> p.toString().endsWith(".yaml")).toList();
            assertThat(profiles).isNotEmpty();
            List<Path> covered = expectations().stream().map(Expectation::file).distinct().toList();
            assertThat(covered).containsExactlyInAnyOrderElementsOf(profiles);
        }
    }

    @TestFactory
    Stream<DynamicTest> examplesGetTheVerdictsTheyExpect() throws IOException {
        ObjectMapper json = new ObjectMapper();
        return expectations().stream().map(e -> DynamicTest.dynamicTest(e.file().getFileName() + " in " + e.jurisdiction()
                + (e.readings().isEmpty() ? "" : " with " + e.readings()) + (e.registry().isEmpty() ? "" : " and " + e.registry())
                + (e.overrides().isEmpty() ? "" : " set " + e.overrides()), () -> {
            List<String> args = new ArrayList<>(List.of("assess", "-j", e.jurisdiction(), "--format", "json"));
            e.readings().forEach(x -> args.addAll(List.of("--reading", x)));
            e.registry().forEach(x -> args.addAll(List.of("--registry", x)));
            e.overrides().forEach(x -> args.addAll(List.of("--set", x)));
            args.add(e.file().toString());
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.status()).as(r.err()).isZero();
            JsonNode a = json.readTree(r.out()).get("assessments").get(0);
            assertThat(a.get("verdict").asText()).isEqualTo(e.verdict());
            assertThat(ids(a, "FAIL")).as("failing").containsExactlyElementsOf(e.failing());
            assertThat(ids(a, "UNKNOWN")).as("unknown").containsExactlyElementsOf(e.unknown());
        }));
    }

    private static List<String> ids(JsonNode assessment, String outcome) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : assessment.get("findings")) {
            if (f.get("outcome").asText().equals(outcome)) {
                String rule = f.get("rule").asText();
                out.add(rule.substring(rule.indexOf('.') + 1));
            }
        }
        return out;
    }
}
