package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.ParameterValues;
import io.consortia.kernel.text.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A policy's procedure as diagram source a person can follow on one screen: top to bottom, each
 * core state a box holding the steps that run in it, side by side (name, deadline, clause), and between the
 * boxes the policy's state changes, read from its transition table, with their conditions and
 * clauses on the edges (one edge per pair of states). Mermaid ({@code flowchart TB}, a subgraph per
 * state) and Graphviz DOT ({@code rankdir=TB}, a table per state); pure text, rendered elsewhere.
 */
public final class ProcedureDiagram {

    private ProcedureDiagram() {}

    /** Mermaid flowchart source, with the parameters' declared values. */
    public static String mermaid(LifecyclePolicy policy, Language language) {
        return mermaid(policy, DeclaredValues.INSTANCE, language);
    }

    /** Mermaid flowchart source. */
    public static String mermaid(LifecyclePolicy policy, ParameterValues values, Language language) {
        StringBuilder out = new StringBuilder("flowchart TB\n");
        Map<CoreState, List<Step>> steps = steps(policy);
        out.append("    start((\" \")) --> ").append(CoreState.PROPOSED.name()).append('\n');
        for (CoreState s : states(policy, values)) {
            String title = mermaidText(s.name() + " " + s.label().in(language));
            List<Step> in = steps.getOrDefault(s, List.of());
            if (in.isEmpty()) {
                out.append("    ").append(s.name()).append(s.isTerminal() ? "([\"" : "[\"").append(title).append(s.isTerminal() ? "\"])" : "\"]")
                        .append('\n');
                continue;
            }
            out.append("    subgraph ").append(s.name()).append("[\"").append(title).append("\"]\n");
            out.append("        direction LR\n");
            for (Step st : in) {
                out.append("        ").append(id(st)).append("[\"").append(String.join("<br/>", stepLines(st, language).stream()
                        .map(ProcedureDiagram::mermaidText).toList())).append("\"]\n");
            }
            for (int i = 1; i < in.size(); i++) {
                out.append("        ").append(id(in.get(i - 1))).append(" ~~~ ").append(id(in.get(i))).append('\n');
            }
            out.append("    end\n");
        }
        edges(policy, values, language).forEach((pair, labels) -> out.append("    ").append(pair.from().name()).append(" -->|\"")
                .append(labels.stream().map(ProcedureDiagram::mermaidText).collect(Collectors.joining("<br/>"))).append("\"| ")
                .append(pair.to().name()).append('\n'));
        return out.toString();
    }

    /** Graphviz DOT source, with the parameters' declared values. */
    public static String dot(LifecyclePolicy policy, Language language) {
        return dot(policy, DeclaredValues.INSTANCE, language);
    }

    /**
     * Graphviz DOT source: each state a node whose table shows its steps side by side, so that
     * the ranks run top to bottom through the procedure.
     */
    public static String dot(LifecyclePolicy policy, ParameterValues values, Language language) {
        StringBuilder out = new StringBuilder();
        out.append("digraph \"").append(dotText(policy.jurisdiction())).append("\" {\n");
        out.append("  rankdir=TB;\n");
        out.append("  ranksep=0.45;\n");
        out.append("  node [shape=box, style=rounded, fontname=\"Noto Sans CJK SC,sans-serif\", fontsize=10];\n");
        out.append("  edge [fontname=\"Noto Sans CJK SC,sans-serif\", fontsize=9];\n");
        out.append("  start [shape=point, label=\"\"];\n");
        Map<CoreState, List<Step>> steps = steps(policy);
        for (CoreState s : states(policy, values)) {
            String title = s.name() + " " + s.label().in(language);
            List<Step> in = steps.getOrDefault(s, List.of());
            if (in.isEmpty()) {
                out.append("  ").append(s.name()).append(" [label=\"").append(dotText(title)).append('"')
                        .append(s.isTerminal() ? ", peripheries=2" : "").append("];\n");
                continue;
            }
            out.append("  ").append(s.name()).append(" [shape=plain, label=<<table border=\"1\" style=\"rounded\" cellborder=\"1\" cellspacing=\"5\" "
                    + "cellpadding=\"4\"><tr><td border=\"0\" colspan=\"").append(in.size()).append("\"><b>").append(html(title))
                    .append("</b></td></tr><tr>");
            for (Step st : in) {
                out.append("<td>").append(stepLines(st, language).stream().flatMap(l -> wrap(l, language).stream())
                        .map(ProcedureDiagram::html).collect(Collectors.joining("<br/>"))).append("</td>");
            }
            out.append("</tr></table>>];\n");
        }
        out.append("  start -> ").append(CoreState.PROPOSED.name()).append(";\n");
        edges(policy, values, language).forEach((pair, labels) -> out.append("  ").append(pair.from().name()).append(" -> ")
                .append(pair.to().name()).append(" [label=\"").append(labels.stream().map(ProcedureDiagram::dotText)
                        .collect(Collectors.joining("\\n"))).append("\"];\n"));
        out.append("}\n");
        return out.toString();
    }

    /** A long line in pieces of about {@code 14} Chinese or 28 Latin characters, broken after punctuation or at a space. */
    static List<String> wrap(String line, Language language) {
        int width = language == Language.ZH ? 14 : 28;
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            current.append(c);
            boolean breakable = "，、：；。 ".indexOf(c) >= 0;
            if (current.length() >= width && breakable) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A pair of states an edge joins. */
    record Pair(CoreState from, CoreState to) {}

    /** The state changes, one entry per pair of states, each with its events' labels. */
    static Map<Pair, List<String>> edges(LifecyclePolicy policy, ParameterValues values, Language language) {
        Map<Pair, List<String>> out = new LinkedHashMap<>();
        for (Transition t : policy.transitions(values)) {
            out.computeIfAbsent(new Pair(t.from(), t.to()), p -> new ArrayList<>()).add(edgeLabel(t, language));
        }
        return out;
    }

    /** The core states the diagram shows: those some transition touches, in procedure order. */
    static Set<CoreState> states(LifecyclePolicy policy, ParameterValues values) {
        EnumSet<CoreState> out = EnumSet.of(CoreState.PROPOSED);
        for (Transition t : policy.transitions(values)) {
            out.add(t.from());
            out.add(t.to());
        }
        return out;
    }

    private static Map<CoreState, List<Step>> steps(LifecyclePolicy policy) {
        Map<CoreState, List<Step>> out = new LinkedHashMap<>();
        for (Step s : policy.procedure().steps()) {
            out.computeIfAbsent(s.state(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    private static String id(Step s) {
        return "s_" + s.id().replace('-', '_');
    }

    static String edgeLabel(Transition t, Language language) {
        return t.event() + t.when().map(w -> " [" + w.in(language) + "]").orElse("") + " (" + t.clause().ref() + ")";
    }

    /**
     * A step's lines: its name, its deadline, its clause (who acts and which events record it are
     * in {@code procedure}'s text, to keep the diagram on one screen).
     */
    static List<String> stepLines(Step s, Language language) {
        List<String> out = new ArrayList<>();
        out.add(s.name().in(language));
        s.deadline().ifPresent(d -> out.add((language == Language.ZH ? "时限：" : "deadline: ") + d.in(language)));
        out.add(s.clause().ref());
        return out;
    }

    /** Mermaid labels are quoted; keep them free of quotes and of what Mermaid reads as markup. */
    static String mermaidText(String s) {
        return s.replace('\n', ' ').replace('"', '\'').replace(';', '；').replace('#', '＃').replace('|', '｜')
                .replace('{', '(').replace('}', ')').replace('<', '‹').replace('>', '›');
    }

    static String dotText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }
}
