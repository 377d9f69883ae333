package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consortia.cli.cases.Case;
import io.consortia.cli.cases.CaseReader;
import io.consortia.io.input.InputLimits;
import io.consortia.cli.input.Inputs;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
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

    /** The cases of examples/cases, read as {@code consortia test} reads them, against the installed jurisdictions. */
    static List<Case> cases() {
        List<JurisdictionProvider> providers = new ArrayList<>();
        ServiceLoader.load(JurisdictionProvider.class).forEach(providers::add);
        JurisdictionCatalog catalog = JurisdictionCatalog.of(providers).get();
        CaseReader reader = new CaseReader(catalog, new Inputs(new PrintWriter(Writer.nullWriter()), InputLimits.DEFAULT,
                InputStream.nullInputStream(), catalog::facts));
        List<Case> out = new ArrayList<>();
        reader.files(List.of(CASES.toString())).forEach(f -> out.addAll(reader.read(f)));
        assertThat(reader.problems()).isEmpty();
        return out;
    }

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
