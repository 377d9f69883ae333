package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code jurisdictions} and {@code explain}. */
class InfoCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jurisdictionsListsDocumentDateStatusRouteAndTarget() {
        Cli.Result r = Cli.run("jurisdictions");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("suzhou").contains("《苏州市创新联合体建设实施方案》").contains("undated")
                .contains("IN_FORCE").contains("approval, mixed").contains("at least 10 by 2025");
    }

    @Test
    void jurisdictionsAsJson() throws IOException {
        JsonNode list = JSON.readTree(Cli.run("jurisdictions", "--format", "json").out());
        JsonNode suzhou = null;
        for (JsonNode j : list) {
            if (j.get("id").asText().equals("suzhou")) {
                suzhou = j;
            }
        }
        assertThat(suzhou).isNotNull();
        assertThat(suzhou.get("document").get("status").get(0).asText()).isEqualTo("IN_FORCE");
        assertThat(suzhou.get("route").get("formation").asText()).isEqualTo("APPROVAL");
        assertThat(suzhou.get("measures").toString()).contains("\"capYuan\":2000000");
    }

    @Test
    void explainShowsTheOriginalSentenceAndItsParagraph() {
        Cli.Result r = Cli.run("explain", "suzhou.S1");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("suzhou.S1 · PRESUMPTIVE")
                .contains("clause 三(一)2")
                .contains("成员单位需来源广泛、协同互补,一般不少于8个。")
                .contains("2.龙头企业牵头。由符合条件的龙头企业牵头")
                .contains("reading R1");
    }

    @Test
    void explainAcceptsABareCatalogId() {
        assertThat(Cli.run("explain", "S12").out()).contains("suzhou.S12").contains("cross-consortium");
    }

    @Test
    void explainUnknownRuleIsBadInput() {
        Cli.Result r = Cli.run("explain", "suzhou.S99");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("suzhou.S99: unknown rule id; known: suzhou.S1");
    }

    @Test
    void noArgumentsPrintsUsage() {
        Cli.Result r = Cli.run();
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: consortia").contains("assess").contains("explain");
    }
}
