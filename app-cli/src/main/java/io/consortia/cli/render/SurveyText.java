package io.consortia.cli.render;

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

    /** Text ({@code markdown} false) or Markdown, labels in the page's language(s). */
    public static String render(JsonNode doc, Page page, boolean markdown) {
        StringBuilder out = new StringBuilder();
        View v = markdown ? new Md(out) : new Plain(out, page);
        long profiles = doc.get("profiles").asLong();
        v.title(page.of(grouped(profiles) + " 个档案的调查", "Survey of " + grouped(profiles) + " profiles"));
        for (String line : header(doc, page)) {
            v.line(line);
        }
        boolean scenario = !doc.get("scenario").isNull();
        for (JsonNode j : doc.get("jurisdictions")) {
            Text name = text(j.get("name"));
            v.heading(j.get("id").asText() + " " + Notes.name(name, page)
                    + " — " + page.of(text(j.get("document").get("title")))
                    + (j.get("document").get("number").isNull() ? "" : " " + j.get("document").get("number").asText()));
            if (!j.get("document").get("binding").asBoolean()) {
                v.line("⚠ " + page.of("该文件是征求意见稿，尚未施行", "the document is a draft for comments, not in force"));
            }
            String verdictHead = page.of("结论", "verdict");
            String share = page.of("占比", "share");
            List<String[]> rows = new ArrayList<>();
            rows.add(scenario ? new String[] {verdictHead, page.of("基线", "baseline"), "", page.of("情景", "scenario"), ""}
                    : new String[] {verdictHead, page.of("档案数", "profiles"), share});
            for (Verdict verdict : Verdict.values()) {
                JsonNode b = j.get("verdicts").get("baseline").get(verdict.name());
                String shown = markdown ? verdict.name() : page.verdict(verdict);
                if (scenario) {
                    JsonNode sc = j.get("verdicts").get("scenario").get(verdict.name());
                    rows.add(new String[] {shown, count(b), SurveyJson.percent(b), count(sc), SurveyJson.percent(sc)});
                } else {
                    rows.add(new String[] {shown, count(b), SurveyJson.percent(b)});
                }
            }
            v.table(rows, 1);
            if (scenario) {
                List<String[]> changed = new ArrayList<>();
                changed.add(new String[] {page.of("基线 → 情景", "baseline → scenario"), page.of("档案数", "profiles"), share});
                for (JsonNode t : j.get("transitions")) {
                    if (!t.get("from").asText().equals(t.get("to").asText()) && t.get("count").asLong() > 0) {
                        changed.add(new String[] {t.get("from").asText() + " → " + t.get("to").asText(), count(t), SurveyJson.percent(t)});
                    }
                }
                v.caption(page.of("情景改变的结论", "Verdicts the scenario changes"));
                if (changed.size() == 1) {
                    v.line(page.of("无：每个档案的结论都不变", "none: every profile keeps its verdict"));
                } else {
                    v.table(changed, 1);
                }
            }
            v.caption(page.of("规则：各规则未满足、待定、以及成为唯一障碍（档案与 ELIGIBLE 之间仅差这一条）的次数；ENCOURAGED 和 PREFERENCE 规则未满足只是倡导性的，从不算作不符合",
                    "Rules: how often each is not met, unknown, and the binding constraint (the only rule between a profile and ELIGIBLE); "
                            + "an ENCOURAGED or PREFERENCE rule not met is advisory, never a failure"));
            List<String[]> rules = new ArrayList<>();
            rules.add(new String[] {page.of("规则", "rule"), page.of("效力", "strength"), page.of("未满足", "not met"), "", page.of("待定", "unknown"), "",
                    page.of("唯一障碍", "binding"), "", page.of("要求", "requirement")});
            for (JsonNode r : j.get("rules")) {
                rules.add(new String[] {r.get("id").asText(), r.get("strength").asText(), count(r.get("fail")), SurveyJson.percent(r.get("fail")),
                        count(r.get("unknown")), SurveyJson.percent(r.get("unknown")), count(r.get("binding")),
                        SurveyJson.percent(r.get("binding")), page.of(text(r.get("requirement")))});
            }
            v.table(rules, 2);
            if (doc.get("sensitivity").asBoolean()) {
                v.caption(page.of("解读：单独切换某项解读时，基线结论改变的档案", "Readings: profiles whose baseline verdict changes when the reading alone is switched"));
                if (j.get("readings").isEmpty()) {
                    v.line(page.of("没有影响该地区的解读", "no reading affects this jurisdiction"));
                } else {
                    List<String[]> readings = new ArrayList<>();
                    readings.add(new String[] {page.of("解读", "reading"), page.of("切换为", "switched to"), page.of("档案数", "profiles"), share,
                            page.of("切换后的结论", "their verdict then"), page.of("问题", "question")});
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
                                String.join(", ", to), page.of(text(r.get("question")))});
                    }
                    v.table(readings, 2);
                }
            }
        }
        return markdown ? out.toString() : page.fit(out.toString());
    }

    /** What was surveyed, under what, and what reproduces it, in the page's language(s). */
    static List<String> header(JsonNode doc, Page page) {
        List<String> lines = new ArrayList<>();
        String assessed = grouped(doc.get("profiles").asLong());
        String rejected = grouped(doc.get("rejected").asLong());
        long failed = doc.get("failed").asLong();
        lines.add(page.of("总体：" + population(doc.get("population"), page) + "；评估 " + assessed + " 个，拒绝 " + rejected + " 个（输入有误）"
                        + (failed > 0 ? "，" + grouped(failed) + " 个失败（内部错误）" : ""),
                "population: " + population(doc.get("population"), page) + "; " + assessed + " assessed, " + rejected + " rejected (bad input)"
                        + (failed > 0 ? ", " + grouped(failed) + " failed (internal error)" : "")));
        String registry = doc.get("registry").isNull() ? "" : doc.get("registry").asText();
        lines.add(page.of("参考日期：" + (doc.get("asOf").isNull() ? "各档案的 appliedOn（否则为 " + doc.get("today").asText() + "）"
                                : doc.get("asOf").asText() + "（--as-of）") + (registry.isEmpty() ? "" : "；名录 " + registry),
                "reference date: " + (doc.get("asOf").isNull() ? "each profile's appliedOn (else " + doc.get("today").asText() + ")"
                        : doc.get("asOf").asText() + " (--as-of)") + (registry.isEmpty() ? "" : "; registry " + registry)));
        lines.add(page.of("基线：", "baseline: ") + setting(doc.get("baseline"), null, page));
        lines.add(page.of("情景：", "scenario: ") + (doc.get("scenario").isNull()
                ? page.of("无（用 --set 或 --reading 给出假设情景）", "none (give --set or --reading for a what-if)")
                : setting(doc.get("scenario"), doc.get("baseline"), page)));
        lines.add(page.of("复现：", "reproduce: ") + doc.get("command").asText());
        return lines;
    }

    /** What was surveyed, under what, and what reproduces it, in English (the HTML report's). */
    static List<String> header(JsonNode doc) {
        return header(doc, Page.plain(io.consortia.io.json.Language.EN));
    }

    /** The population in English (the HTML report's). */
    static String population(JsonNode p) {
        return population(p, Page.plain(io.consortia.io.json.Language.EN));
    }

    static String population(JsonNode p, Page page) {
        if (p.get("source").asText().equals("synthetic")) {
            String size = grouped(p.get("size").asLong());
            String members = p.get("members").get(0).asText() + "–" + p.get("members").get(1).asText();
            return page.of("合成，" + size + " 个档案，种子 " + p.get("seed").asText() + "，" + members + " 家成员，申请日 " + p.get("appliedOn").asText(),
                    "synthetic, " + size + " profiles, seed " + p.get("seed").asText() + ", " + members + " members, applied on "
                            + p.get("appliedOn").asText());
        }
        List<String> inputs = new ArrayList<>();
        p.get("inputs").forEach(i -> inputs.add(i.asText()));
        return String.join(", ", inputs);
    }

    /** A setting in English (the HTML report's). */
    static String setting(JsonNode s, JsonNode against) {
        return setting(s, against, Page.plain(io.consortia.io.json.Language.EN));
    }

    /**
     * A setting in words: the published policy with its default readings, or what differs from
     * it; for the scenario ({@code against} the baseline), what differs from the baseline.
     */
    static String setting(JsonNode s, JsonNode against, Page page) {
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
            return (parts.isEmpty() ? page.of("按政策原文", "the policies as published") : String.join(", ", parts)) + page.of("；解读 ", "; readings ")
                    + String.join(" ", readings);
        }
        return parts.isEmpty() ? page.of("与基线相同", "the same as the baseline") : String.join(", ", parts);
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
        private final Page page;

        Plain(StringBuilder out, Page page) {
            this.out = out;
            this.page = page;
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
            Table t = new Table("     ").header().numbersRightFrom(firstNumeric);
            rows.forEach(t::row);
            out.append(t.render(page));
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
