package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consortia assess}: formats, options and the contract's JSON keys. */
class AssessCommandTest {

    private static final String ELIGIBLE = "examples/suzhou-eligible.yaml";
    private static final String DEVIATIONS = "examples/suzhou-deviations.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anEmptyYamlValueIsAbsentNotBlankText() throws IOException {
        Path p = dir.resolve("empty-values.yaml");
        String text = Files.readString(Path.of(ELIGIBLE)).replace("field: 电子信息", "field:            # not known yet")
                .replace("  constructionPlan: true", "  constructionPlan:");
        Files.writeString(p, text);
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--format", "json", p.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode a = JSON.readTree(r.out()).get("assessments").get(0);
        assertThat(a.get("verdict").asText()).isEqualTo("UNDETERMINED");
        assertThat(a.toString()).contains("\"rule\":\"suzhou.S15\",\"strength\":\"PRESUMPTIVE\",\"outcome\":\"UNKNOWN\"")
                .contains("\"rule\":\"suzhou.S11\",\"strength\":\"PREFERENCE\",\"outcome\":\"UNKNOWN\"");
    }

    @Test
    void withAnOverrideTheVerdictChangesAndSaysSoInEveryFormat() throws IOException {
        Cli.Result json = Cli.run("assess", "-j", "suzhou", "--format", "json", "--set", "suzhou.S1.minimum=7", DEVIATIONS);
        JsonNode a = JSON.readTree(json.out()).get("assessments").get(0);
        assertThat(a.get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(a.get("overrides").get(0).get("name").asText()).isEqualTo("suzhou.S1.minimum");
        assertThat(a.get("overrides").get(0).get("declared").asInt()).isEqualTo(8);
        assertThat(a.get("overrides").get(0).get("value").asInt()).isEqualTo(7);
        assertThat(Cli.run("assess", "-j", "suzhou", "--set", "suzhou.S1.minimum=7", "--lang", "EN", DEVIATIONS).out())
                .contains("ELIGIBLE").contains("suzhou.S1.minimum=7 (declared 8)");
        assertThat(Cli.run("assess", "-j", "suzhou", "--format", "md", "--set", "suzhou.S1.minimum=7", "--lang", "EN", DEVIATIONS).out())
                .contains("suzhou.S1.minimum=7 (declared 8)");
        Cli.Result bad = Cli.run("assess", "-j", "suzhou", "--set", "suzhou.S1.minimum=-2", DEVIATIONS);
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("suzhou.S1.minimum").doesNotContain("Exception");
        assertThat(Cli.run("assess", "-j", "suzhou", "--set", "suzhou.S1.share=0.5", DEVIATIONS).err()).contains("no such parameter");
        assertThat(Cli.run("assess", "-j", "neimenggu", "--set", "neimenggu.N8.share=1.5", DEVIATIONS).err())
                .contains("neimenggu.N8.share").contains("between 0 and 1");
    }

    @Test
    void jsonFindingsCarryTheirEvidence() throws IOException {
        JsonNode a = JSON.readTree(Cli.run("assess", "-j", "suzhou", "--format", "json", DEVIATIONS).out()).get("assessments").get(0);
        JsonNode s1 = a.get("findings").get(0);
        assertThat(s1.get("rule").asText()).isEqualTo("suzhou.S1");
        JsonNode e = s1.get("evidence");
        assertThat(e.get("type").asText()).isEqualTo("count");
        assertThat(e.get("population")).hasSize(7);
        assertThat(e.get("required").asInt()).isEqualTo(8);
        assertThat(e.get("parameter").asText()).isEqualTo("suzhou.S1.minimum");
        assertThat(e.get("leadIncluded").asBoolean()).isTrue();
    }

    @Test
    void textShowsTheVerdictThenTheFailingRulesWithClauseAndReason() {
        Cli.Result r = Cli.run("assess", "-j", "suzhou", DEVIATIONS);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("suzhou  苏州市 Suzhou  ELIGIBLE_WITH_DEVIATIONS")
                .contains("FAIL  S1   PRESUMPTIVE  三(一)2")
                .contains("成员单位（含牵头单位）共 7 个，要求不少于 8 个")
                .contains("7 member units (lead included); at least 8 required")
                .doesNotContain("S3 ");
    }

    @Test
    void textColumnsAlignByDisplayWidth() {
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--lang", "EN", DEVIATIONS);
        // The clause column holds Chinese text: the requirement column starts at the same display column on every row.
        var rows = r.out().lines().filter(l -> l.startsWith("   FAIL")).toList();
        assertThat(rows).hasSize(2);
        int col0 = io.consortia.cli.render.Columns.width(rows.get(0).substring(0, rows.get(0).indexOf("As a rule")));
        int col1 = io.consortia.cli.render.Columns.width(rows.get(1).substring(0, rows.get(1).indexOf("The field")));
        assertThat(col0).isEqualTo(col1);
    }

    @Test
    void jsonLinesCarryTheContractKeys() throws IOException {
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--format", "json", ELIGIBLE, DEVIATIONS);
        assertThat(r.status()).isZero();
        var lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("profile").asText()).isEqualTo(ELIGIBLE);
        JsonNode a = first.get("assessments").get(0);
        assertThat(a.get("jurisdiction").asText()).isEqualTo("suzhou");
        assertThat(a.get("verdict").asText()).isEqualTo("ELIGIBLE");
        JsonNode f = a.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("suzhou.S1");
        assertThat(f.get("strength").asText()).isEqualTo("PRESUMPTIVE");
        assertThat(f.get("outcome").asText()).isEqualTo("PASS");
        assertThat(f.get("citation").asText()).isEqualTo("三(一)2");
        assertThat(f.get("message").asText()).isNotBlank();
        assertThat(a.get("readings").get("R1").asText()).isEqualTo("yes");
        assertThat(a.get("officialName").asText()).isEqualTo("苏州市电子信息创新联合体");
        assertThat(JSON.readTree(lines.get(1)).get("assessments").get(0).get("verdict").asText()).isEqualTo("ELIGIBLE_WITH_DEVIATIONS");
    }

    @Test
    void readingSwitchChangesTheVerdictAndIsReported() throws IOException {
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--format", "json", "--reading", "R1=no", ELIGIBLE);
        JsonNode a = JSON.readTree(r.out()).get("assessments").get(0);
        assertThat(a.get("verdict").asText()).isEqualTo("ELIGIBLE_WITH_DEVIATIONS");
        assertThat(a.get("readings").get("R1").asText()).isEqualTo("no");
    }

    @Test
    void asOfOverridesAppliedOn() throws IOException {
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--format", "json", "--as-of", "2026-01-02", ELIGIBLE);
        assertThat(JSON.readTree(r.out()).get("asOf").asText()).isEqualTo("2026-01-02");
    }

    @Test
    void registryFeedsTheCrossConsortiumRule() throws IOException {
        Path reg = dir.resolve("registry.yaml");
        Files.writeString(reg, """
                consortia:
                  - {name: 内蒙古自治区稀土新材料产业链创新联合体, jurisdiction: neimenggu, leadCreditCode: 91150200MA0N000005, state: ESTABLISHED}
                sanctions:
                  - {creditCode: 91320500MA1W4X6L2Q, jurisdiction: suzhou, from: 2024-05-01, years: 3, reason: LEAD_DEFAULTED}
                """);
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--format", "json", "--registry", reg.toString(), ELIGIBLE);
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode a = JSON.readTree(r.out()).get("assessments").get(0);
        assertThat(a.get("verdict").asText()).isEqualTo("INELIGIBLE");
        assertThat(a.get("registryUsed").asBoolean()).isTrue();
        assertThat(a.toString()).contains("\"rule\":\"suzhou.S12\",\"strength\":\"MANDATORY\",\"outcome\":\"FAIL\"");
    }

    @Test
    void markdownIsATableReport() {
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--format", "md", "--lang", "EN", DEVIATIONS);
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("## 苏州市高端纺织新材料创新联合体")
                .contains("| jurisdiction | verdict | failing | unknown |")
                .contains("| suzhou.S1 | FAIL | PRESUMPTIVE | 三(一)2 |");
    }

    @Test
    void jsonProfilesAreEquivalentToYaml() throws IOException {
        Path json = dir.resolve("p.json");
        Files.writeString(json, """
                {"name": "苏州市测试创新联合体", "appliedOn": "2025-06-01", "lead": "m1",
                 "members": [{"id": "m1", "name": "苏州某某股份有限公司", "kind": "ENTERPRISE", "registeredIn": "320505"}]}
                """);
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--format", "json", json.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("assessments").get(0).get("verdict").asText()).isEqualTo("INELIGIBLE");
    }
}
