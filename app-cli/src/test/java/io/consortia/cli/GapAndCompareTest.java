package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consortia.cli.cases.Case;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code consortia gap} and {@code consortia compare}. */
class GapAndCompareTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode gap(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("gap"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json"));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static List<String> types(JsonNode changes) {
        List<String> out = new ArrayList<>();
        changes.forEach(c -> out.add(c.get("type").asText() + ":" + String.join(",", rules(c))));
        return out;
    }

    private static List<String> rules(JsonNode c) {
        List<String> out = new ArrayList<>();
        c.get("rules").forEach(x -> out.add(x.asText()));
        return out;
    }

    @Test
    void gapSaysWhatToChangeLeastFirstAndChecksItReachesEligible() throws IOException {
        JsonNode n = gap("examples/suzhou-ineligible.yaml", "-j", "suzhou");
        assertThat(n.get("verdict").asText()).isEqualTo("INELIGIBLE");
        assertThat(types(n.get("changes"))).containsExactly("SetFact:S7", "AddPlatform:S6", "ReplaceLead:S5");
        assertThat(types(n.get("questions"))).containsExactly("SetFact:S8");
        assertThat(n.get("questions").get(0).get("fact").asText()).isEqualTo("attested.organisingAbility");
        assertThat(n.get("reached").asText()).isEqualTo("ELIGIBLE");
        assertThat(n.get("closes").asBoolean()).isTrue();
        assertThat(n.get("leadBlocks").asBoolean()).isTrue();
        int previous = 0;
        for (JsonNode c : n.get("changes")) {
            assertThat(c.get("cost").asInt()).isGreaterThanOrEqualTo(previous);
            previous = c.get("cost").asInt();
        }
    }

    @Test
    void gapOfAnEligibleProfileIsEmpty() {
        Cli.Result r = Cli.run("gap", "examples/suzhou-eligible.yaml", "-j", "suzhou");
        assertThat(r.out()).contains("ELIGIBLE").contains("nothing to change");
    }

    @Test
    void aMissingMemberIsProposedAsOneToAddThatMeetsWhatEveryMemberMust() throws IOException {
        JsonNode n = gap("examples/suzhou-deviations.yaml", "-j", "suzhou");
        assertThat(n.get("verdict").asText()).isEqualTo("ELIGIBLE_WITH_DEVIATIONS");
        JsonNode add = n.get("changes").get(0);
        assertThat(add.get("type").asText()).isEqualTo("AddMembers");
        assertThat(add.get("count").asInt()).isEqualTo(1);
        assertThat(add.get("template").toString()).contains("attested.cooperationBasis").contains("ENTERPRISE");
        assertThat(n.get("reached").asText()).isEqualTo("ELIGIBLE");
        Cli.Result text = Cli.run("gap", "examples/suzhou-deviations.yaml", "-j", "suzhou", "--lang", "EN");
        assertThat(text.out()).contains("add at least 1 enterprise").contains("(S1)").contains("the profile is ELIGIBLE");
    }

    /**
     * Every example expected INELIGIBLE somewhere (under its readings, registry and overrides): the
     * plan for that jurisdiction, re-assessed by the planner, reaches a verdict that is eligible,
     * and says it closes the gap exactly when that verdict is ELIGIBLE.
     */
    @TestFactory
    Stream<DynamicTest> gapOfEveryIneligibleExampleReachesTheVerdictItNames() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : ExamplesTest.cases()) {
            for (Case.Expectation e : c.expectations()) {
                if (!e.verdict().name().equals("INELIGIBLE")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(c.name() + " in " + e.jurisdiction(), () -> {
                    List<String> args = new ArrayList<>(List.of(c.profileSource(), "-j", e.jurisdiction()));
                    c.readings().forEach(x -> args.addAll(List.of("--reading", x)));
                    c.registrySource().ifPresent(x -> args.addAll(List.of("--registry", x)));
                    c.set().forEach(x -> args.addAll(List.of("--set", x)));
                    JsonNode g = gap(args.toArray(String[]::new)).get("gaps").get(0);
                    assertThat(g.get("verdict").asText()).isEqualTo("INELIGIBLE");
                    String reached = g.get("reached").asText();
                    assertThat(reached).isIn("ELIGIBLE", "ELIGIBLE_WITH_DEVIATIONS");
                    assertThat(g.get("closes").asBoolean()).isEqualTo(reached.equals("ELIGIBLE"));
                    assertThat(g.get("changes")).as("what to change").isNotEmpty();
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    @Test
    void gapAllRanksTheJurisdictionsByHowLittleStandsInTheWay() throws IOException {
        JsonNode n = gap("examples/suzhou-eligible.yaml", "--all");
        assertThat(n.get("gaps")).hasSize(5);
        assertThat(n.get("gaps").get(0).get("jurisdiction").asText()).isEqualTo("suzhou");
        assertThat(n.get("gaps").get(0).get("cost").asInt()).isZero();
        for (int i = 1; i < 5; i++) {
            assertThat(n.get("gaps").get(i).get("leadBlocks").asBoolean()).as("a Suzhou lead blocks elsewhere").isTrue();
        }
        Cli.Result text = Cli.run("gap", "examples/suzhou-eligible.yaml", "--all", "--lang", "EN");
        assertThat(text.out()).contains("1. suzhou").contains("⚑ the lead's registration is what blocks: ")
                .contains("is registered in 320571, outside Qingdao (3702); every policy wants a lead registered in its own region");
        for (int i = 1; i < 5; i++) {
            assertThat(n.get("gaps").get(i).get("leadRegistrationBlocks").asBoolean()).isTrue();
            assertThat(n.get("gaps").get(i).get("leadNote").get("en").asText()).startsWith("the lead's registration is what blocks");
        }
        assertThat(n.get("gaps").get(0).get("leadNote").isNull()).isTrue();
    }

    @Test
    void gapNeedsAJurisdiction() {
        Cli.Result r = Cli.run("gap", "examples/suzhou-eligible.yaml");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("-j ID");
    }

    private static Map<String, JsonNode> rows(JsonNode n) {
        Map<String, JsonNode> rows = new HashMap<>();
        n.get("parameters").forEach(p -> rows.put(p.get("key").asText(), p));
        return rows;
    }

    @Test
    void compareTakesThresholdsFromTheParametersTypedAndCited() throws IOException {
        JsonNode n = JSON.readTree(Cli.run("compare", "--format", "json").out());
        int jurisdictions = n.get("jurisdictions").size();
        assertThat(jurisdictions).isEqualTo(5);
        for (JsonNode p : n.get("parameters")) {
            assertThat(p.get("values").size()).as(p.get("key").asText()).isEqualTo(jurisdictions);
        }
        Map<String, JsonNode> rows = rows(n);
        JsonNode minimum = rows.get("members.minimum");
        assertThat(minimum.get("values").get("suzhou").asInt()).isEqualTo(8);
        assertThat(minimum.get("values").get("neimenggu").asInt()).isEqualTo(10);
        assertThat(minimum.get("values").get("jiyuan").asInt()).isEqualTo(4);
        assertThat(minimum.get("values").get("yongchuan").asInt()).isEqualTo(5);
        assertThat(minimum.get("values").get("qingdao").isNull()).as("Qingdao sets no total").isTrue();
        assertThat(minimum.get("cells").get("suzhou").get("strength").asText()).isEqualTo("PRESUMPTIVE");
        assertThat(minimum.get("cells").get("suzhou").get("clause").asText()).isEqualTo("三(一)2");
        assertThat(rows.get("lead.rdShare").get("values").get("neimenggu").decimalValue()).isEqualByComparingTo("0.03");
        assertThat(rows.get("lead.rdAmount").get("values").get("neimenggu").decimalValue()).isEqualByComparingTo("100000000");
        assertThat(rows.get("members.aboveSizeShare").get("values").get("jiyuan").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(rows.get("support.cap").get("values").get("suzhou").decimalValue()).isEqualByComparingTo("2000000");
        assertThat(rows.get("binding").get("values").get("jiyuan").asBoolean()).isFalse();
        assertThat(rows.get("lead.platformLevels").get("values").get("suzhou")).extracting(JsonNode::asText)
                .containsExactly("NATIONAL", "PROVINCIAL");
    }

    @Test
    void compareShowsAWhatIf() throws IOException {
        JsonNode n = JSON.readTree(Cli.run("compare", "--format", "json", "--set", "suzhou.S1.minimum=6").out());
        assertThat(rows(n).get("members.minimum").get("values").get("suzhou").asInt()).isEqualTo(6);
        assertThat(n.get("overrides").get("suzhou.S1.minimum").asInt()).isEqualTo(6);
    }

    @Test
    void compareIncludesTheLifecycleOfEachPolicy() throws IOException {
        Map<String, JsonNode> rows = rows(JSON.readTree(Cli.run("compare", "--format", "json").out()));
        // The lifecycle's thresholds are parameters: they come in the concept rows, with their clause.
        assertThat(rows.get("validity.years").get("cells").get("qingdao").get("display").asText()).isEqualTo("3 years (五(六))");
        assertThat(rows.get("notice.workingDays").get("cells").get("jiyuan").get("display").asText()).isEqualTo("5 working days (四(三))");
        assertThat(rows.get("bar.years").get("cells").get("qingdao").get("display").asText()).isEqualTo("3 years (七(三))");
        assertThat(rows.get("evaluation.revokeAfter").get("cells").get("suzhou").get("display").asText()).isEqualTo("2 (六(二))");
        assertThat(rows.get("notice").get("cells").get("qingdao").get("display").asText()).as("a notice with no set length").isEqualTo("yes (五(六))");
        Map<String, JsonNode> whatIf = rows(JSON.readTree(Cli.run("compare", "--format", "json", "--set", "jiyuan.notice.workingDays=7").out()));
        assertThat(whatIf.get("notice").get("cells").get("jiyuan").get("display").asText()).startsWith("7 working days");
    }

    @Test
    void compareRendersMarkdownCsvAndHtml() {
        assertThat(Cli.run("compare", "-j", "suzhou", "--format", "md", "--lang", "EN").out()).startsWith("| parameter | suzhou |");
        String csv = Cli.run("compare", "-j", "suzhou", "--format", "csv", "--lang", "EN").out();
        assertThat(csv).startsWith("key,parameter,suzhou\r\n").contains("target,target,≥ 10 by 2025 (一)\r\n")
                .contains("members.minimum,least number of member units,\"8 (PRESUMPTIVE, S1, 三(一)2)\"\r\n");
        assertThat(Cli.run("compare", "-j", "suzhou", "--format", "csv", "--bom").out()).startsWith("\uFEFFkey,");
        String html = Cli.run("compare", "-j", "suzhou", "--format", "html").out();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<th>苏州市 Suzhou</th>").endsWith("</html>\n");
    }
}
