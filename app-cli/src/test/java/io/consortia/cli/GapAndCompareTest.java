package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code consortia gap} and {@code consortia compare}. */
class GapAndCompareTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void gapListsMustChangeBeforeMustStateBeforeDeviations() throws IOException {
        Cli.Result r = Cli.run("gap", "examples/suzhou-ineligible.yaml", "-j", "suzhou", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.get("verdict").asText()).isEqualTo("INELIGIBLE");
        assertThat(n.get("changes")).extracting(c -> c.get("rule").asText() + ":" + c.get("need").asText())
                .containsExactly("suzhou.S5:MUST_CHANGE", "suzhou.S6:MUST_CHANGE", "suzhou.S7:MUST_CHANGE", "suzhou.S8:MUST_STATE");
    }

    @Test
    void gapOfAnEligibleProfileIsEmpty() {
        Cli.Result r = Cli.run("gap", "examples/suzhou-eligible.yaml", "-j", "suzhou");
        assertThat(r.out()).contains("ELIGIBLE").contains("nothing to change");
    }

    @Test
    void gapNamesADeviationAsChangeOrJustify() {
        Cli.Result r = Cli.run("gap", "examples/suzhou-deviations.yaml", "-j", "suzhou", "--lang", "EN");
        assertThat(r.out()).contains("1 rule stands between it and ELIGIBLE").contains("change or justify the deviation")
                .contains("S1").doesNotContain("S11");
    }

    @Test
    void gapNeedsAJurisdiction() {
        Cli.Result r = Cli.run("gap", "examples/suzhou-eligible.yaml");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--jurisdiction=ID'");
    }

    @Test
    void compareShowsEveryParameterForEveryJurisdiction() throws IOException {
        JsonNode n = JSON.readTree(Cli.run("compare", "--format", "json").out());
        int jurisdictions = n.get("jurisdictions").size();
        assertThat(jurisdictions).isGreaterThanOrEqualTo(1);
        for (JsonNode p : n.get("parameters")) {
            assertThat(p.get("values").size()).as(p.get("key").asText()).isEqualTo(jurisdictions);
        }
        assertThat(n.toString()).contains("\"key\":\"fundingCap\"").contains("\"suzhou\":\"2000000\"");
    }

    @Test
    void compareIncludesTheLifecycleOfEachPolicy() throws IOException {
        JsonNode n = JSON.readTree(Cli.run("compare", "--format", "json").out());
        java.util.Map<String, JsonNode> rows = new java.util.HashMap<>();
        n.get("parameters").forEach(p -> rows.put(p.get("key").asText(), p.get("values")));
        assertThat(rows.get("validity").get("qingdao").asText()).isEqualTo("3 years (五(六))");
        assertThat(rows.get("notice").get("jiyuan").asText()).startsWith("≥ 5 working days");
        assertThat(rows.get("reports").get("yongchuan").asText()).isEqualTo("due 01-31 of the following year (四(四))");
        assertThat(rows.get("evaluation").get("suzhou").asText()).contains("2× UNQUALIFIED → REVOKED");
        assertThat(rows.get("endings").get("neimenggu").asText()).isEqualTo("LEAD_CHANGED/RENAMED → DISSOLVED (六(三))");
        assertThat(rows.get("sanction").get("qingdao").asText()).isEqualTo("3 years (七(三))");
    }

    @Test
    void compareRendersMarkdownCsvAndHtml() {
        assertThat(Cli.run("compare", "-j", "suzhou", "--format", "md").out()).startsWith("| parameter | suzhou |");
        String csv = Cli.run("compare", "-j", "suzhou", "--format", "csv", "--lang", "EN").out();
        assertThat(csv).startsWith("key,parameter,suzhou\r\n").contains("target,target,10+ by 2025\r\n");
        String html = Cli.run("compare", "-j", "suzhou", "--format", "html").out();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<th>苏州市 Suzhou</th>").endsWith("</html>\n");
    }
}
