package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets exit 2, one clear message per problem naming the file and the
 * place, no stack trace, and nothing on stdout.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            name: 苏州市测试创新联合体
            appliedOn: 2025-06-01
            lead: m1
            members:
              - {id: m1, name: 苏州某某股份有限公司, kind: ENTERPRISE, registeredIn: "320505"}
              - {id: m2, name: 苏州大学, kind: UNIVERSITY, registeredIn: "320508"}
            """;

    static Stream<Arguments> badProfiles() {
        return Stream.of(
                Arguments.of("empty file", "p.yaml", "", "p.yaml: the document is empty"),
                Arguments.of("only a comment", "p.yaml", "# nothing here\n", "p.yaml: the document is empty"),
                Arguments.of("malformed YAML", "p.yaml", "name: [unclosed\nlead: m1\n", "p.yaml:2:5: malformed YAML: while parsing a flow sequence; expected ',' or ']'"),
                Arguments.of("malformed JSON", "p.json", "{\"name\": \"x\",, }", "p.json:1:14: malformed JSON: Unexpected character"),
                Arguments.of("a list, not a mapping", "p.yaml", "- a\n- b\n", "p.yaml:1: expected a mapping, found a list"),
                Arguments.of("wrong type", "p.yaml", GOOD.replace("kind: ENTERPRISE,", "kind: ENTERPRISE, listed: \"yes\","),
                        "p.yaml:5: members[0].listed: expected true or false, found the text \"yes\""),
                Arguments.of("members not a list", "p.yaml", "name: x\nlead: m1\nmembers: m1\n", "p.yaml:3: members: expected a list, found the text \"m1\""),
                Arguments.of("unknown enum value", "p.yaml", GOOD.replace("kind: UNIVERSITY", "kind: COLLEGE"),
                        "p.yaml:6: members[1].kind: unknown value \"COLLEGE\"; expected one of ENTERPRISE, UNIVERSITY"),
                Arguments.of("missing required field", "p.yaml", GOOD.replace("name: 苏州市测试创新联合体\n", ""), "p.yaml:1: name: required field is missing"),
                Arguments.of("missing member kind", "p.yaml", GOOD.replace(" kind: UNIVERSITY,", ""), "p.yaml:6: members[1].kind: required field is missing"),
                Arguments.of("duplicate member ids", "p.yaml", GOOD.replace("{id: m2", "{id: m1"),
                        "p.yaml:6: members[1].id: duplicate member id \"m1\" (first used at members[0].id)"),
                Arguments.of("lead not a member", "p.yaml", GOOD.replace("lead: m1", "lead: m9"), "p.yaml:3: lead: the lead \"m9\" is not the id of any member"),
                Arguments.of("invalid credit code", "p.yaml", GOOD.replace("kind: ENTERPRISE,", "kind: ENTERPRISE, creditCode: 91320500MA1W4X6L2A,"),
                        "p.yaml:5: members[0].creditCode: check character of \"91320500MA1W4X6L2A\" is 'A' but GB 32100-2015 gives 'Q'"),
                Arguments.of("bad division code", "p.yaml", GOOD.replace("\"320508\"", "\"990508\""),
                        "p.yaml:6: members[1].registeredIn: \"990508\" does not start with a GB/T 2260 province code"),
                Arguments.of("short division code", "p.yaml", GOOD.replace("\"320508\"", "\"3205\""),
                        "p.yaml:6: members[1].registeredIn: a division code is 6 digits (GB/T 2260); got \"3205\""),
                Arguments.of("negative number", "p.yaml", GOOD.replace("kind: ENTERPRISE,", "kind: ENTERPRISE, ongoingRdProjects: -1,"),
                        "p.yaml:5: members[0].ongoingRdProjects: must not be negative, found -1"),
                Arguments.of("negative money", "p.yaml", GOOD.replace("kind: ENTERPRISE,", "kind: ENTERPRISE, finances: [{year: 2024, revenue: -5, rdExpense: 1}],"),
                        "p.yaml:5: members[0].finances[0].revenue: must not be negative, found -5"),
                Arguments.of("bad date", "p.yaml", GOOD.replace("2025-06-01", "2025-13-01"), "p.yaml:2: appliedOn: expected a date like 2025-06-01, found \"2025-13-01\""),
                Arguments.of("duplicate key", "p.yaml", GOOD.replace("lead: m1\n", "lead: m1\nlead: m2\n"), "p.yaml:4: lead: duplicate key \"lead\" (first at line 3)"),
                Arguments.of("no members", "p.yaml", "name: x\nlead: m1\nmembers: []\n", "p.yaml:3: members: a consortium needs at least one member"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void badProfileIsRejectedWithItsPlace(String name, String file, String content, String expected) throws IOException {
        assertRejected(dir, file, content, expected, "assess", "-j", "suzhou");
    }

    /**
     * Writes a file into {@code dir}, runs the command on it and checks the rejection: status 2,
     * nothing on stdout, the expected message (which starts with the file's name) with the file's
     * full path, no stack trace.
     */
    static Cli.Result assertRejected(Path dir, String file, String content, String expected, String... command) throws IOException {
        Path p = dir.resolve(file);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run(Stream.concat(Stream.of(command), Stream.of(p.toString())).toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        int colon = expected.indexOf(':');
        assertThat(r.err()).contains("error: " + dir.resolve(expected.substring(0, colon)) + expected.substring(colon));
        assertNoStackTrace(r);
        return r;
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() throws IOException {
        Path p = dir.resolve("p.yaml");
        Files.writeString(p, GOOD.replace("kind: UNIVERSITY", "kind: COLLEGE").replace("\"320505\"", "\"12\"").replace("lead: m1", "lead: m9"));
        Cli.Result r = Cli.run("assess", p.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().filter(l -> l.startsWith("error: ")).count()).isEqualTo(3);
        assertNoStackTrace(r);
    }

    @Test
    void missingFileIsNamed() {
        Cli.Result r = Cli.run("assess", dir.resolve("nope.yaml").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(dir.resolve("nope.yaml") + ": no such file");
        assertNoStackTrace(r);
    }

    @Test
    void directoryIsNotAProfile() {
        Cli.Result r = Cli.run("assess", dir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(dir + ": is a directory");
    }

    @Test
    void nonUtf8FileIsRejected() throws IOException {
        Path p = dir.resolve("gbk.yaml");
        Files.write(p, "name: 苏州\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        Cli.Result r = Cli.run("assess", p.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("gbk.yaml: is not UTF-8 text");
    }

    @Test
    void oneBadFileInABatchIsReportedAndTheOthersAreAssessed() throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, GOOD);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, GOOD.replace("lead: m1", "lead: m9"));
        Cli.Result r = Cli.run("assess", "--format", "json", good.toString(), bad.toString(), good.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"profile\":\"" + good + "\""));
        assertThat(r.err()).contains("bad.yaml:3: lead:")
                .contains("consortia: assessed 2 of 3 profiles; 1 rejected (bad input)");
        assertNoStackTrace(r);
    }

    @Test
    void unknownJurisdictionIsBadUsage() throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, GOOD);
        Cli.Result r = Cli.run("assess", "-j", "shanghai", good.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("-j shanghai: unknown jurisdiction; installed: ").contains("suzhou");
        assertNoStackTrace(r);
    }

    @Test
    void unknownReadingAndOptionAreBadUsage() throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, GOOD);
        Cli.Result unknown = Cli.run("assess", "--reading", "R99=no", good.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--reading R99=no: unknown reading R99; known: R1=yes|no");
        Cli.Result badOption = Cli.run("assess", "--reading", "R1=maybe", good.toString());
        assertThat(badOption.status()).isEqualTo(2);
        assertThat(badOption.err()).contains("--reading R1=maybe: R1 takes yes");
    }

    @Test
    void badDateOptionAndUnknownOptionAreBadUsage() throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, GOOD);
        Cli.Result date = Cli.run("assess", "--as-of", "yesterday", good.toString());
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err()).contains("'yesterday' is not a date like 2025-06-01");
        Cli.Result option = Cli.run("assess", "--frobnicate", good.toString());
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown option: '--frobnicate'");
        Cli.Result format = Cli.run("assess", "--format", "xml", good.toString());
        assertThat(format.status()).isEqualTo(2);
        assertNoStackTrace(format);
    }

    @Test
    void badRegistryIsNamed() throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, GOOD);
        Path reg = dir.resolve("reg.yaml");
        Files.writeString(reg, "sanctions:\n  - {creditCode: 91320500MA1W4X6L2Q, jurisdiction: suzhou, from: 2024-05-01, years: -3, reason: LEAD_DEFAULTED}\n");
        Cli.Result r = Cli.run("assess", "--registry", reg.toString(), good.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("reg.yaml:2: sanctions[0].years: must be between 1 and 100, found -3");
    }

    @Test
    void unknownFieldIsAWarningNotAnError() throws IOException {
        Path p = dir.resolve("p.yaml");
        Files.writeString(p, GOOD + "notes: hello\n");
        Cli.Result r = Cli.run("assess", "-j", "suzhou", p.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("warning: " + p + ":7: notes: unknown field, ignored");
    }

    static void assertNoStackTrace(Cli.Result r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at io.consortia");
    }
}
