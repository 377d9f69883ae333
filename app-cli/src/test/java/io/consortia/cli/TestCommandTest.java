package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consortia test}: cases pass or fail with what differs, coverage, and bad case files named line by line (exit 2). */
class TestCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static final String INLINE = """
              asOf: 2025-06-01
              profile:
                name: 小联合体
                lead: m1
                members: [{id: m1, name: 甲公司, kind: ENTERPRISE, registeredIn: "320505"}]
            """;

    @Test
    void passingCasesExitZeroAndReportCoverage() throws Exception {
        Path cases = write("ok.yaml", "- name: one member is not enough\n" + INLINE + """
                  expect:
                    suzhou: {verdict: INELIGIBLE}
                    yongchuan: {verdict: INELIGIBLE, failing: [Y2, Y1]}
                """);
        Cli.Result r = Cli.run("test", cases.toString(), "--lang", "EN");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("PASS  " + cases + ":1: one member is not enough [suzhou INELIGIBLE]")
                .contains("1 case, 2 expectations: 2 passed, 0 failed")
                .contains("Rule coverage").containsPattern("no case names jiyuan, neimenggu, qingdao: none of their rules is exercised")
                .containsPattern("suzhou +15 rules: .* seen passing, .* failing, .* unknown; never exercised: .*S12");
    }

    @Test
    void aFailingCaseExitsOneAndSaysWhatDiffers() throws Exception {
        Path cases = write("fail.yaml", "- name: expected too much\n" + INLINE + """
                  readings: {R1: no}
                  expect:
                    suzhou: {verdict: ELIGIBLE, failing: [], unknown: []}
                """);
        Cli.Result r = Cli.run("test", cases.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL  " + cases + ":1: expected too much [suzhou ELIGIBLE]",
                "verdict: expected ELIGIBLE, got INELIGIBLE", "failing: expected none, got S1,", "not expected: S1");
        Cli.Result json = Cli.run("test", cases.toString(), "--format", "json");
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertThat(n.get("summary").get("failed").asInt()).isEqualTo(1);
        assertThat(n.get("results").get(0).get("actual").get("verdict").asText()).isEqualTo("INELIGIBLE");
        assertThat(n.get("coverage").get("suzhou").get(0).get("rule").asText()).isEqualTo("suzhou.S1");
        assertThat(n.get("coverage").get("suzhou").get(0).get("FAIL").asInt()).isEqualTo(1);
    }

    @Test
    void aBadCaseFileIsNamedProblemByProblemAndNothingRuns() throws Exception {
        write("good.yaml", "- name: fine\n" + INLINE + "  expect: {suzhou: {verdict: INELIGIBLE}}\n");
        write("bad.yaml", """
                - name: bad
                  profile: nowhere.yaml
                  readings: {R77: no}
                  expect:
                    atlantis: {verdict: ELIGIBLE}
                    suzhou: {verdict: SORT_OF, failing: [S99]}
                - profile: {name: x, lead: m9, members: [{id: m1, name: 甲, kind: COMPANY, registeredIn: "320505"}]}
                """);
        Cli.Result r = Cli.run("test", dir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("bad.yaml:2: [0].profile: no such file:", "bad.yaml:3: [0].readings.R77: unknown reading R77",
                "bad.yaml:5: [0].expect.atlantis: unknown jurisdiction \"atlantis\"",
                "bad.yaml:6: [0].expect.suzhou.verdict: unknown value \"SORT_OF\"", "[0].expect.suzhou.failing[0]: suzhou has no rule \"S99\"",
                "bad.yaml:7: [1].name: required field is missing", "[1].profile.members[0].kind: unknown value \"COMPANY\"");
    }

    @Test
    void aCaseWithoutADateIsRefused() throws Exception {
        Path cases = write("nodate.yaml", """
                - name: no date
                  profile: {name: x, lead: m1, members: [{id: m1, name: 甲, kind: ENTERPRISE, registeredIn: "320505"}]}
                  expect: {suzhou: {verdict: INELIGIBLE}}
                """);
        Cli.Result r = Cli.run("test", cases.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nodate.yaml:1: [0]: give asOf");
    }

    @Test
    void aFolderWithoutCasesAndAFileThatIsNotAListAreBadInput() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(Cli.run("test", empty.toString()).err()).contains("no case files");
        Path mapping = write("mapping.yaml", "name: not a list\n");
        Cli.Result r = Cli.run("test", mapping.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("mapping.yaml:1: a case file is a list of cases");
    }
}
