package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Language;
import io.consortia.kernel.text.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A policy's procedure as diagram source: the core states as nodes, each listing the steps that
 * run in it with their actors, deadlines and clauses, and the policy's {@link
 * LifecyclePolicy#transitions() transitions} as edges. Mermaid ({@code stateDiagram-v2}) and
 * Graphviz DOT; pure text, rendered elsewhere.
 */
public final class ProcedureDiagram {

    private ProcedureDiagram() {}

    /** Mermaid {@code stateDiagram-v2} source. */
    public static String mermaid(LifecyclePolicy policy, Language language) {
        StringBuilder out = new StringBuilder();
        out.append("stateDiagram-v2\n");
        out.append("    direction LR\n");
        Set<CoreState> states = states(policy);
        for (CoreState s : states) {
            out.append("    state \"").append(mermaidText(s.name() + " " + s.label().in(language))).append("\" as ").append(s.name()).append('\n');
        }
        out.append("    [*] --> ").append(CoreState.PROPOSED.name()).append('\n');
        for (Transition t : policy.transitions()) {
            out.append("    ").append(t.from().name()).append(" --> ").append(t.to().name()).append(" : ")
                    .append(mermaidText(edgeLabel(t, language))).append('\n');
        }
        for (CoreState s : states) {
            if (s.isTerminal()) {
                out.append("    ").append(s.name()).append(" --> [*]\n");
            }
        }
        for (CoreState s : states) {
            for (String line : stepLines(policy, s, language)) {
                out.append("    ").append(s.name()).append(" : ").append(mermaidText(line)).append('\n');
            }
        }
        return out.toString();
    }

    /** Graphviz DOT source. */
    public static String dot(LifecyclePolicy policy, Language language) {
        StringBuilder out = new StringBuilder();
        out.append("digraph \"").append(dotText(policy.jurisdiction())).append("\" {\n");
        out.append("  rankdir=LR;\n");
        out.append("  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n");
        out.append("  edge [fontname=\"sans-serif\", fontsize=10];\n");
        out.append("  start [shape=point, label=\"\"];\n");
        for (CoreState s : states(policy)) {
            List<String> lines = new ArrayList<>();
            lines.add(s.name());
            lines.add(s.label().in(language));
            lines.addAll(stepLines(policy, s, language));
            String label = lines.stream().map(ProcedureDiagram::dotText).collect(Collectors.joining("\\l")) + "\\l";
            out.append("  ").append(s.name()).append(" [label=\"").append(label).append('"')
                    .append(s.isTerminal() ? ", peripheries=2" : "").append("];\n");
        }
        out.append("  start -> ").append(CoreState.PROPOSED.name()).append(";\n");
        for (Transition t : policy.transitions()) {
            out.append("  ").append(t.from().name()).append(" -> ").append(t.to().name()).append(" [label=\"")
                    .append(dotText(edgeLabel(t, language))).append("\"];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    /** The core states the diagram shows: those some transition touches, in declaration order. */
    static Set<CoreState> states(LifecyclePolicy policy) {
        EnumSet<CoreState> out = EnumSet.of(CoreState.PROPOSED);
        for (Transition t : policy.transitions()) {
            out.add(t.from());
            out.add(t.to());
        }
        return out;
    }

    static String edgeLabel(Transition t, Language language) {
        return t.event() + t.when().map(w -> " [" + w.in(language) + "]").orElse("") + " (" + t.clause().ref() + ")";
    }

    /** One line per step that runs in the state: its name, actors, deadline and clause. */
    static List<String> stepLines(LifecyclePolicy policy, CoreState state, Language language) {
        List<String> out = new ArrayList<>();
        for (Step s : policy.procedure().steps()) {
            if (s.state() != state) {
                continue;
            }
            String actors = s.actors().stream().map(a -> a.label().in(language)).collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
            String deadline = s.deadline().map(Text::toString).map(x -> " / " + s.deadline().get().in(language)).orElse("");
            out.add(s.name().in(language) + " - " + actors + deadline + " (" + s.clause().ref() + ")");
        }
        return out;
    }

    /** Mermaid labels end at a line break and treat a few characters specially; keep them plain. */
    static String mermaidText(String s) {
        return s.replace('\n', ' ').replace(':', '：').replace(';', '；').replace('#', '＃').replace('"', '\'')
                .replace('{', '(').replace('}', ')').replace('<', '‹').replace('>', '›');
    }

    static String dotText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }
}
