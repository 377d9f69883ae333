package io.consortia.cli.render;

import io.consortia.io.json.Language;
import com.fasterxml.jackson.databind.JsonNode;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A survey as a person reads it in a terminal (or, with {@code md}, pastes into a report): what was
 * surveyed, then per jurisdiction the verdict shares (baseline and scenario), the profiles whose
 * verdict the scenario changes, every rule's fail / unknown / binding counts, and how much each
 * reading moves the verdicts. A view of {@link SurveyJson}'s document: every figure comes from it.
 */
public final class SurveyText {

    private SurveyText() {}

    /** Text ({@code markdown} false) or Markdown. */
    public static String render(JsonNode doc, Language lang, boolean markdown) {
        StringBuilder out = new StringBuilder();
        View v = markdown ? new Md(out) : new Plain(out);
        v.title("Survey of " + grouped(doc.get("profiles").asLong()) + " profiles");
        for (String line : header(doc)) {
            v.line(line);
        }
        boolean scenario = !doc.get("scenario").isNull();
        for (JsonNode j : doc.get("jurisdictions")) {
            v.heading(j.get("id").asText() + " " + j.get("name").get("zh").asText() + " " + j.get("name").get("en").asText()
                    + " — " + lang.of(text(j.get("document").get("title")))
                    + (j.get("document").get("number").isNull() ? "" : " " + j.get("document").get("number").asText()));
            if (!j.get("document").get("binding").asBoolean()) {
                v.line("⚠ the document is a draft for comments, not in force");
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(scenario ? new String[] {"verdict", "baseline", "", "scenario", ""} : new String[] {"verdict", "profiles", "share"});
            for (Verdict verdict : Verdict.values()) {
                JsonNode b = j.get("verdicts").get("baseline").get(verdict.name());
                if (scenario) {
                    JsonNode s = j.get("verdicts").get("scenario").get(verdict.name());
                    rows.add(new String[] {verdict.name(), count(b), SurveyJson.percent(b), count(s), SurveyJson.percent(s)});
                } else {
                    rows.add(new String[] {verdict.name(), count(b), SurveyJson.percent(b)});
                }
            }
            v.table(rows, 1);
            if (scenario) {
                List<String[]> changed = new ArrayList<>();
                changed.add(new String[] {"baseline → scenario", "profiles", "share"});
                for (JsonNode t : j.get("transitions")) {
                    if (!t.get("from").asText().equals(t.get("to").asText()) && t.get("count").asLong() > 0) {
                        changed.add(new String[] {t.get("from").asText() + " → " + t.get("to").asText(), count(t), SurveyJson.percent(t)});
                    }
                }
                v.caption("Verdicts the scenario changes");
                if (changed.size() == 1) {
                    v.line("none: every profile keeps its verdict");
                } else {
                    v.table(changed, 1);
                }
            }
            v.caption("Rules: how often each fails, is unknown, and is the binding constraint (the only rule between a profile and ELIGIBLE)");
            List<String[]> rules = new ArrayList<>();
            rules.add(new String[] {"rule", "strength", "fail", "", "unknown", "", "binding", "", "requirement"});
            for (JsonNode r : j.get("rules")) {
                rules.add(new String[] {r.get("id").asText(), r.get("strength").asText(), count(r.get("fail")), SurveyJson.percent(r.get("fail")),
                        count(r.get("unknown")), SurveyJson.percent(r.get("unknown")), count(r.get("binding")),
                        SurveyJson.percent(r.get("binding")), lang.of(text(r.get("requirement")))});
            }
            v.table(rules, 2);
            if (doc.get("sensitivity").asBoolean()) {
                v.caption("Readings: profiles whose baseline verdict changes when the reading alone is switched");
                if (j.get("readings").isEmpty()) {
                    v.line("no reading affects this jurisdiction");
                } else {
                    List<String[]> readings = new ArrayList<>();
                    readings.add(new String[] {"reading", "switched to", "profiles", "share", "their verdict then", "question"});
                    for (JsonNode r : j.get("readings")) {
                        String id = r.get("id").asText();
                        String switched = r.get("option").asText();
                        List<String> to = new ArrayList<>();
                        r.get("to").fields().forEachRemaining(e -> {
                            if (e.getValue().get("count").asLong() > 0) {
                                to.add(e.getKey() + " " + SurveyJson.percent(e.getValue()));
                            }
                        });
                        readings.add(new String[] {id, switched, count(r.get("flips")), SurveyJson.percent(r.get("flips")),
                                String.join(", ", to), lang.of(text(r.get("question")))});
                    }
                    v.table(readings, 2);
                }
            }
        }
        return out.toString();
    }

    /** What was surveyed, under what, and what reproduces it. */
    static List<String> header(JsonNode doc) {
        List<String> lines = new ArrayList<>();
        lines.add("population: " + population(doc.get("population")) + "; " + grouped(doc.get("profiles").asLong()) + " assessed, "
                + grouped(doc.get("rejected").asLong()) + " rejected (bad input)"
                + (doc.get("failed").asLong() > 0 ? ", " + grouped(doc.get("failed").asLong()) + " failed (internal error)" : ""));
        lines.add("reference date: " + (doc.get("asOf").isNull()
                ? "each profile's appliedOn (else " + doc.get("today").asText() + ")" : doc.get("asOf").asText() + " (--as-of)")
                + (doc.get("registry").isNull() ? "" : "; registry " + doc.get("registry").asText()));
        lines.add("baseline: " + setting(doc.get("baseline"), null));
        lines.add("scenario: " + (doc.get("scenario").isNull() ? "none (give --set or --reading for a what-if)"
                : setting(doc.get("scenario"), doc.get("baseline"))));
        lines.add("reproduce: " + doc.get("command").asText());
        return lines;
    }

    static String population(JsonNode p) {
        if (p.get("source").asText().equals("synthetic")) {
            return "synthetic, " + grouped(p.get("size").asLong()) + " profiles, seed " + p.get("seed").asText()
                    + ", " + p.get("members").get(0).asText() + "–" + p.get("members").get(1).asText() + " members, applied on "
                    + p.get("appliedOn").asText();
        }
        List<String> inputs = new ArrayList<>();
        p.get("inputs").forEach(i -> inputs.add(i.asText()));
        return String.join(", ", inputs);
    }

    /**
     * A setting in words: the published policy with its default readings, or what differs from
     * it; for the scenario ({@code against} the baseline), what differs from the baseline.
     */
    static String setting(JsonNode s, JsonNode against) {
        List<String> parts = new ArrayList<>();
        s.get("overrides").fields().forEachRemaining(e -> {
            JsonNode before = against == null ? null : against.get("overrides").get(e.getKey());
            if (before == null || !before.equals(e.getValue())) {
                parts.add(e.getKey() + "=" + value(e.getValue()));
            }
        });
        s.get("readings").fields().forEachRemaining(e -> {
            if (against != null) {
                if (!against.get("readings").get(e.getKey()).equals(e.getValue())) {
                    parts.add(e.getKey() + "=" + e.getValue().asText());
                }
            }
        });
        if (against == null) {
            List<String> readings = new ArrayList<>();
            s.get("readings").fields().forEachRemaining(e -> readings.add(e.getKey() + "=" + e.getValue().asText()));
            return (parts.isEmpty() ? "the policies as published" : String.join(", ", parts)) + "; readings " + String.join(" ", readings);
        }
        return parts.isEmpty() ? "the same as the baseline" : String.join(", ", parts);
    }

    private static String value(JsonNode v) {
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(i.asText()));
            return String.join(",", items);
        }
        return v.asText();
    }

    static Text text(JsonNode t) {
        return Text.of(t.get("zh").asText(), t.get("en").asText());
    }

    static String count(JsonNode c) {
        return grouped(c.get("count").asLong());
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** How the two forms lay out headings, lines and tables. */
    private interface View {
        void title(String s);

        void heading(String s);

        void caption(String s);

        void line(String s);

        /** A table whose first row is the header; columns from {@code firstNumeric} on, but the last, align right. */
        void table(List<String[]> rows, int firstNumeric);
    }

    private static final class Plain implements View {
        private final StringBuilder out;

        Plain(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void title(String s) {
            out.append(s).append('\n');
        }

        @Override
        public void heading(String s) {
            out.append("\n── ").append(s).append('\n');
        }

        @Override
        public void caption(String s) {
            out.append("   ").append(s).append('\n');
        }

        @Override
        public void line(String s) {
            out.append("   ").append(s).append('\n');
        }

        @Override
        public void table(List<String[]> rows, int firstNumeric) {
            int columns = rows.get(0).length;
            int[] width = new int[columns];
            for (String[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    width[i] = Math.max(width[i], DisplayWidth.of(r[i]));
                }
            }
            for (String[] r : rows) {
                StringBuilder line = new StringBuilder("     ");
                for (int i = 0; i < r.length; i++) {
                    boolean last = i == r.length - 1;
                    boolean right = i >= firstNumeric && !last && !r[i].isEmpty() && (Character.isDigit(r[i].charAt(0)) || r[i].equals("–"));
                    String cell = right ? " ".repeat(width[i] - DisplayWidth.of(r[i])) + r[i] : last ? r[i] : DisplayWidth.pad(r[i], width[i]);
                    line.append(cell).append(last ? "" : "  ");
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }
    }

    private static final class Md implements View {
        private final StringBuilder out;

        Md(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void title(String s) {
            out.append("# ").append(Markdown.cell(s)).append("\n\n");
        }

        @Override
        public void heading(String s) {
            out.append("\n## ").append(Markdown.cell(s)).append("\n\n");
        }

        @Override
        public void caption(String s) {
            out.append("\n**").append(Markdown.cell(s)).append("**\n\n");
        }

        @Override
        public void line(String s) {
            out.append("- ").append(Markdown.cell(s)).append('\n');
        }

        @Override
        public void table(List<String[]> rows, int firstNumeric) {
            String[] head = rows.get(0);
            StringBuilder sep = new StringBuilder("|");
            out.append('|');
            for (int i = 0; i < head.length; i++) {
                out.append(' ').append(Markdown.cell(head[i])).append(" |");
                sep.append(i >= firstNumeric && i < head.length - 1 ? " ---: |" : " --- |");
            }
            out.append('\n').append(sep).append('\n');
            for (String[] r : rows.subList(1, rows.size())) {
                out.append('|');
                for (String c : r) {
                    out.append(' ').append(Markdown.cell(c)).append(" |");
                }
                out.append('\n');
            }
        }
    }
}
