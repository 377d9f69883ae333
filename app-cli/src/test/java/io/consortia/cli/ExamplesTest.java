package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example profile states its expected verdicts as test cases in examples/cases
 * (docs/formats/test-cases.md); {@code consortia test examples/cases}, the real command, must
 * find every one of them.
 */
class ExamplesTest {

    private static final Path CASES = Path.of("examples", "cases");

    private static List<Path> profiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyExampleProfileIsTheSubjectOfACase() throws IOException {
        List<Path> profiles = profiles();
        assertThat(profiles).isNotEmpty();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path f : files.toList()) {
                all.append(Files.readString(f));
            }
        }
        for (Path p : profiles) {
            assertThat(all.toString()).as("a case names %s", p).contains("profile: ../" + p.getFileName());
        }
    }

    @TestFactory
    Stream<DynamicTest> examplesGetTheVerdictsTheirCasesExpect() throws IOException {
        Cli.Result r = Cli.run("test", CASES.toString(), "--format", "json");
        assertThat(r.err()).doesNotContain("warning");
        JsonNode run = new ObjectMapper().readTree(r.out());
        assertThat(run.get("summary").get("failed").asInt()).as(r.out()).isZero();
        assertThat(r.status()).isZero();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : run.get("results")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText() + " in " + c.get("jurisdiction").asText(),
                    () -> assertThat(c.get("passed").asBoolean()).as("%s", c.get("diff")).isTrue()));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(profiles().size());
        return tests.stream();
    }
}
