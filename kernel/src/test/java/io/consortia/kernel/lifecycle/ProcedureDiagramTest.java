package io.consortia.kernel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.text.Language;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Structural checks of the diagram sources; the CLI tests parse them with Graphviz and Mermaid. */
class ProcedureDiagramTest {

    private static final Pattern MERMAID_LINE = Pattern.compile(
            "stateDiagram-v2|    direction LR|    state \"[^\"\\n]+\" as [A-Z_]+|    (\\[\\*]|[A-Z_]+) --> ([A-Z_]+|\\[\\*])( : [^:;#\\n]+)?"
                    + "|    [A-Z_]+ : [^:;#\\n]+");

    @Test
    void theMermaidSourceIsAStateDiagramWithEveryTransition() {
        LifecyclePolicy p = TestPolicies.full();
        String m = ProcedureDiagram.mermaid(p, Language.EN);
        List<String> lines = m.lines().toList();
        assertThat(lines.get(0)).isEqualTo("stateDiagram-v2");
        assertThat(lines).allSatisfy(l -> assertThat(l).matches(MERMAID_LINE));
        for (Transition t : p.transitions()) {
            assertThat(m).contains("    " + t.from() + " --> " + t.to() + " : " + t.event());
        }
        assertThat(m).contains("    [*] --> PROPOSED").contains("    REJECTED --> [*]").contains("PUBLIC_NOTICE : notice - the public / 5 working days (四(三))");
    }

    @Test
    void theDotSourceIsADigraphWithEveryTransitionAndBalancedQuotes() {
        LifecyclePolicy p = TestPolicies.full();
        String dot = ProcedureDiagram.dot(p, Language.ZH);
        assertThat(dot).startsWith("digraph \"test\" {").endsWith("}\n");
        for (Transition t : p.transitions()) {
            assertThat(dot).contains("  " + t.from() + " -> " + t.to() + " [label=\"" + t.event());
        }
        assertThat(dot.lines()).allSatisfy(l -> assertThat(l.replace("\\\"", "").chars().filter(c -> c == '"').count() % 2).isZero());
        assertThat(dot).contains("公示 - 社会公众 / 5个工作日 (四(三))");
    }

    @Test
    void labelsLoseTheCharactersMermaidTreatsSpecially() {
        assertThat(ProcedureDiagram.mermaidText("a: b; c # {d} \"e\"")).doesNotContain(":", ";", "#", "{", "\"");
        assertThat(ProcedureDiagram.dotText("say \"hi\" \\ there")).isEqualTo("say \\\"hi\\\" \\\\ there");
    }
}
