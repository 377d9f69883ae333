package io.consortia.kernel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.text.Language;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Structural checks of the diagram sources; the CLI tests parse them with Graphviz and Mermaid. */
class ProcedureDiagramTest {

    static final Pattern MERMAID_LINE = Pattern.compile(
            "flowchart TB|    start\\(\\(\" \"\\)\\) --> PROPOSED|    subgraph [A-Z_]+\\[\"[^\"\\n]+\"]|        direction LR|    end"
                    + "|        s_[a-z0-9_]+\\[\"[^\"\\n]+\"]|        s_[a-z0-9_]+ ~~~ s_[a-z0-9_]+"
                    + "|    [A-Z_]+(\\(\\[\"[^\"\\n]+\"]\\)|\\[\"[^\"\\n]+\"])"
                    + "|    [A-Z_]+ -->\\|\"[^\"|\\n]+\"\\| [A-Z_]+");

    @Test
    void theMermaidSourceIsATopToBottomFlowchartWithAStateBoxPerPhaseAndEveryStateChange() {
        LifecyclePolicy p = TestPolicies.full();
        String m = ProcedureDiagram.mermaid(p, Language.EN);
        List<String> lines = m.lines().toList();
        assertThat(lines.get(0)).isEqualTo("flowchart TB");
        assertThat(lines).allSatisfy(l -> assertThat(l).matches(MERMAID_LINE));
        for (Transition t : p.transitions()) {
            assertThat(m).containsPattern("    " + t.from() + " -->\\|\"[^\"]*" + Pattern.quote(t.event()) + "[^\"]*\"\\| " + t.to());
        }
        assertThat(m).contains("    subgraph PUBLIC_NOTICE[\"PUBLIC_NOTICE in public notice\"]")
                .contains("s_notice[\"notice<br/>deadline: 5 working days<br/>四(三)\"]")
                .contains("    REJECTED([\"REJECTED rejected\"])")
                .contains("EVALUATED [UNQUALIFIED ×2] (六(二))");
        assertThat(lines.stream().filter(l -> l.startsWith("    subgraph ")).count()).isEqualTo(lines.stream().filter(l -> l.equals("    end")).count());
    }

    @Test
    void oneEdgeJoinsAPairOfStatesWithEveryEventOnIt() {
        String m = ProcedureDiagram.mermaid(TestPolicies.full(), Language.EN);
        assertThat(m.lines().filter(l -> l.startsWith("    ESTABLISHED -->") && l.endsWith("| DISSOLVED")).toList()).singleElement()
                .asString().contains("RENAMED (六(五))<br/>DISSOLUTION_REQUESTED");
    }

    @Test
    void theDotSourceIsATopToBottomDigraphWithATablePerPhaseEveryStateChangeAndBalancedQuotes() {
        LifecyclePolicy p = TestPolicies.full();
        String dot = ProcedureDiagram.dot(p, Language.ZH);
        assertThat(dot).startsWith("digraph \"test\" {\n  rankdir=TB;").endsWith("}\n");
        for (Transition t : p.transitions()) {
            assertThat(dot).containsPattern("  " + t.from() + " -> " + t.to() + " \\[label=\"[^\\n]*" + Pattern.quote(t.event()));
        }
        assertThat(dot).contains("  PUBLIC_NOTICE [shape=plain, label=<<table").contains("<b>PUBLIC_NOTICE 公示中</b>")
                .contains("<td>公示<br/>时限：5个工作日<br/>四(三)</td>")
                .contains("REVOKED [label=\"REVOKED 已撤销（取消资格或终止）\", peripheries=2];");
        assertThat(ProcedureDiagram.wrap("牵头企业未按共建协议履约：取消牵头资格，禁止牵头或作为核心层", Language.ZH))
                .containsExactly("牵头企业未按共建协议履约：取消牵头资格，", "禁止牵头或作为核心层");
        assertThat(dot.lines()).allSatisfy(l -> assertThat(l.replace("\\\"", "").chars().filter(c -> c == '"').count() % 2).isZero());
    }

    @Test
    void labelsLoseTheCharactersMermaidTreatsSpecially() {
        assertThat(ProcedureDiagram.mermaidText("a: b; c # {d} \"e\" |f| <g>")).doesNotContain(";", "#", "{", "\"", "|", "<", ">");
        assertThat(ProcedureDiagram.dotText("say \"hi\" \\ there")).isEqualTo("say \\\"hi\\\" \\\\ there");
    }
}
