package io.consortia.cli.render;

import io.consortia.io.json.EvidenceJson;
import io.consortia.io.json.Language;
import io.consortia.io.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.MeasureCategory;
import io.consortia.kernel.lifecycle.Consequence;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.parameter.Concepts;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.parameter.Unit;
import io.consortia.kernel.parameter.Values;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The jurisdictions side by side: one row per question, one cell per jurisdiction. The thresholds
 * researchers compare come from the policies' parameters, grouped by concept ({@link Concepts}),
 * each cell with its value (typed in JSON), whether the rule that uses it is hard or in principle,
 * the rule ids and the clause; a policy that is silent has an empty cell ({@code null} in JSON).
 * Rendered as text, Markdown, CSV, JSON or HTML.
 */
public final class Comparison {

    /**
     * One jurisdiction's answer to a row.
     *
     * @param value the typed value: a number, a boolean, a list or text (JSON's {@code value})
     * @param words the value in words, in both languages, when it is not shown as it is
     * @param strength the strength of the rules that use it, when rules do
     * @param rules the catalog ids of those rules
     * @param clause where the document says so
     * @param parameter the parameter, when the value is one
     */
    public record Cell(Object value, Optional<Text> words, Optional<Unit> unit, Optional<String> strength, List<String> rules,
                       Optional<String> clause, Optional<String> parameter) {
        static Cell of(Object value) {
            return new Cell(value, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        }

        /** A value (what JSON carries) shown in words. */
        static Cell words(Object value, Text words) {
            return new Cell(value, Optional.of(words), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        }

        /** A value shown in words, with the clause that says so: JSON carries the English. */
        static Cell cited(Text words, String clause) {
            return new Cell(words.en(), Optional.of(words), Optional.empty(), Optional.empty(), List.of(), Optional.of(clause), Optional.empty());
        }

        /** The value as text, with its citation, in English (JSON's {@code display}). */
        public String display() {
            return display(Language.EN);
        }

        /** The value as text, with its citation, in the language(s) of the text. */
        public String display(Language lang) {
            String v = words.isPresent() ? lang.of(words.get())
                    : unit.isPresent() ? Formats.value(unit.get(), value, lang)
                    : value instanceof Boolean b ? lang.of(b ? Text.of("是", "yes") : Text.of("否", "no"))
                    : value instanceof BigDecimal d ? Values.display(d)
                    : value instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(", ")) : String.valueOf(value);
            List<String> notes = new ArrayList<>();
            strength.ifPresent(notes::add);
            if (!rules.isEmpty()) {
                notes.add(String.join(" ", rules));
            }
            clause.ifPresent(notes::add);
            return notes.isEmpty() ? v : v + " (" + String.join(", ", notes) + ")";
        }
    }

    /** One question and each jurisdiction's answer, by id ({@code null}: the policy is silent). */
    public record Row(String key, Text label, Map<String, Cell> values) {}

    private final List<Jurisdiction> jurisdictions;
    private final Overrides overrides;
    private final List<Row> rows = new ArrayList<>();

    private Comparison(List<Jurisdiction> jurisdictions, Overrides overrides) {
        this.jurisdictions = List.copyOf(jurisdictions);
        this.overrides = overrides;
    }

    public List<Row> rows() {
        return rows;
    }

    private void add(String key, Text label, Function<Jurisdiction, Cell> cell) {
        Map<String, Cell> values = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions) {
            values.put(j.id(), cell.apply(j));
        }
        rows.add(new Row(key, label, values));
    }

    private void add(String key, String zh, String en, Function<Jurisdiction, Object> value) {
        add(key, Text.of(zh, en), j -> {
            Object v = value.apply(j);
            return v == null ? null : Cell.of(v);
        });
    }

    /** The standard comparison of the latest editions, with overrides in place (a what-if). */
    public static Comparison of(List<Jurisdiction> jurisdictions, Overrides overrides) {
        Comparison c = new Comparison(jurisdictions, overrides);
        c.add("name", Text.of("名称", "name"), j -> new Cell(j.identity().name().zh() + " " + j.identity().name().en(),
                Optional.of(Text.of(j.identity().name().zh(), j.identity().name().en())), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty()));
        c.add("region", "区划代码", "division prefix", j -> j.identity().region().prefix());
        c.add("document", Text.of("政策文件", "document"), j -> new Cell("《" + j.latest().document().title().zh() + "》",
                Optional.of(Text.of("《" + j.latest().document().title().zh() + "》", j.latest().document().title().en())), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
        c.add("number", "文号", "number", j -> j.latest().document().number().orElse(null));
        c.add("date", "日期", "date", j -> j.latest().document().issued().map(Object::toString).orElse(null));
        c.add("status", "状态", "status", j -> j.latest().document().statusList().stream().map(DocumentStatus::name).toList());
        c.add("binding", "是否生效", "binding", j -> j.latest().document().binding());
        c.add("editions", "版本数", "editions", j -> j.editions().size());
        c.add("formation", "组建方式", "formation", j -> j.latest().outline().route().formation().name());
        c.add("initiative", "发起方式", "initiative", j -> j.latest().outline().route().initiative().name());
        c.add("target", Text.of("建设目标", "target"), j -> j.latest().outline().target()
                .map(t -> Cell.cited(Text.of(t.describeZh(), (t.atLeast() ? "≥ " : "≈ ") + t.count() + " by " + t.byYear()), t.clause())).orElse(null));
        c.add("naming", Text.of("命名", "naming"), j -> j.latest().outline().naming().map(n -> new Cell(n.asWritten(),
                Optional.of(Text.of("「" + n.asWritten() + "」", "「" + n.asWritten() + "」")), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty())).orElse(null));
        c.parameterRows();
        c.add("rules", "规则数", "rules", j -> j.latest().rules().size());
        for (Strength s : Strength.values()) {
            c.add("rules." + s.name(), s.label().zh() + "规则", s.name() + " rules", j -> j.latest().rules().stream()
                    .filter(r -> r.strength() == s).map(r -> r.id().catalogId()).toList());
        }
        c.add("crossConsortium", "跨联合体规则", "cross-consortium rules", j -> j.latest().rules().stream()
                .filter(Rule::crossConsortium).map(r -> r.id().catalogId()).toList());
        c.add("readings", "可切换解读", "readings", j -> j.readings().stream().map(Reading::id).toList());
        for (MeasureCategory m : MeasureCategory.values()) {
            if (jurisdictions.stream().anyMatch(j -> j.latest().measures().stream().anyMatch(x -> x.category() == m))) {
                c.add("measures." + m.name(), "支持：" + m.label().zh(), "support: " + m.label().en(), j -> {
                    List<String> clauses = j.latest().measures().stream().filter(x -> x.category() == m).map(x -> x.clause()).toList();
                    return clauses.isEmpty() ? null : clauses;
                });
            }
        }
        c.lifecycleRows();
        return c;
    }

    /** The thresholds, concept by concept, from the parameters. */
    private void parameterRows() {
        Set<String> concepts = new LinkedHashSet<>(Concepts.LABELS.keySet());
        for (Jurisdiction j : jurisdictions) {
            j.parameters().forEach(p -> p.concept().ifPresent(concepts::add));
        }
        for (String concept : concepts) {
            if (jurisdictions.stream().noneMatch(j -> j.parameters().stream().anyMatch(p -> p.concept().equals(Optional.of(concept))))) {
                continue;
            }
            Text label = Concepts.LABELS.getOrDefault(concept, Text.of(concept, concept));
            add(concept, label, j -> cell(j, concept));
        }
    }

    private Cell cell(Jurisdiction j, String concept) {
        Edition e = j.latest();
        List<Parameter> ps = e.parameters().stream().filter(p -> p.concept().equals(Optional.of(concept))).toList();
        if (ps.isEmpty()) {
            return null;
        }
        List<Object> values = new ArrayList<>();
        Set<String> strengths = new LinkedHashSet<>();
        Set<String> ruleIds = new LinkedHashSet<>();
        Set<String> clauses = new LinkedHashSet<>();
        for (Parameter p : ps) {
            values.add(overrides.get(p.name()).orElse(p.value()));
            clauses.add(p.clause());
            for (Rule r : e.rules()) {
                for (Param<?> h : r.parameters()) {
                    if (e.parameter(h).filter(x -> x.name().equals(p.name())).isPresent()) {
                        ruleIds.add(r.id().catalogId());
                        strengths.add(r.strength().name() + r.strengthSwitch().map(s -> "/" + s.underAlternative().name() + " (" + s.reading().id() + ")").orElse(""));
                    }
                }
            }
        }
        Object value = values.size() == 1 ? values.get(0) : values;
        Optional<Unit> unit = ps.size() == 1 ? Optional.of(ps.get(0).unit()) : Optional.empty();
        return new Cell(value, Optional.empty(), unit, strengths.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", strengths)), List.copyOf(ruleIds),
                Optional.of(String.join("; ", clauses)), Optional.of(ps.stream().map(Parameter::name).collect(Collectors.joining(", "))));
    }

    /**
     * The lifecycle, for the jurisdictions that registered one. Its thresholds (notice length,
     * validity, report due dates, evaluations in a row, bar years) are parameters and show in the
     * concept rows above; these rows say what has no number.
     */
    private void lifecycleRows() {
        Function<Function<LifecyclePolicy, Object>, Function<Jurisdiction, Object>> ofPolicy =
                f -> j -> j.latest().lifecycle().map(f).orElse(null);
        add("procedureSteps", "程序步骤", "procedure steps", ofPolicy.apply(p -> p.procedure().steps().size()));
        add("notice", Text.of("公示", "public notice"), j -> j.latest().lifecycle().flatMap(LifecyclePolicy::notice)
                .map(n -> Cell.cited(n.minimum(j.latest().bind(overrides)).map(d -> Text.of("至少" + d + "个工作日", d + " working days"))
                        .orElse(Text.of("是", "yes")), n.clause().ref())).orElse(null));
        add("reports", Text.of("年度报告", "annual reports"), j -> j.latest().lifecycle().map(p -> p.reports().isEmpty() ? null
                : words(p.reports().stream().map(r -> Text.of(
                        (r.followingYear() ? "次年" : "当年") + Values.display(r.due().value()) + "前（" + r.clause().ref() + "）",
                        "due " + Values.display(r.due().value()) + (r.followingYear() ? " of the following year" : "") + " (" + r.clause().ref() + ")"))
                        .toList())).orElse(null));
        add("evaluation", Text.of("评价结果", "evaluation consequences"), j -> j.latest().lifecycle().map(p -> p.gradeRules().isEmpty() ? null
                : words(p.gradeRules().stream().map(g -> {
                    int n = g.times(j.latest().bind(overrides));
                    Text effect = consequence(g.consequence());
                    return Text.of((n > 1 ? "连续" + n + "次" : "") + g.grade() + " → " + effect.zh() + "（" + g.clause().ref() + "）",
                            (n > 1 ? n + "× " : "") + g.grade() + " → " + effect.en() + " (" + g.clause().ref() + ")");
                }).toList())).orElse(null));
        add("endings", "自动终止", "changes that end it", ofPolicy.apply(p -> p.endings().isEmpty() ? null : p.endings().stream()
                .map(e -> e.events().stream().map(Enum::name).sorted().collect(Collectors.joining("/")) + " → " + e.to()
                        + " (" + e.clause().ref() + ")")
                .toList()));
    }

    /** Items in words: JSON carries the list of their English, the text shows them joined in the language(s) asked for. */
    private static Cell words(List<Text> items) {
        return Cell.words(items.stream().map(Text::en).toList(),
                Text.of(items.stream().map(Text::zh).collect(Collectors.joining("；")), items.stream().map(Text::en).collect(Collectors.joining(", "))));
    }

    private static Text consequence(Consequence c) {
        if (c instanceof Consequence.Revoke) {
            return Text.of("REVOKED（撤销）", "REVOKED");
        }
        if (c instanceof Consequence.Flag) {
            return Text.of("提请主管部门决定", "flagged for the authority");
        }
        return Text.of("支持措施", "support measure");
    }

    private List<String> ids() {
        return jurisdictions.stream().map(Jurisdiction::id).toList();
    }

    private static String show(Cell c, Language lang) {
        return c == null ? "—" : c.display(lang);
    }

    /** Per question, a line with its label, then each jurisdiction's answer. */
    public String text(Page page) {
        StringBuilder out = new StringBuilder();
        for (Row r : rows) {
            out.append(page.of(r.label())).append('\n');
            Table t = new Table("  ");
            r.values().forEach((id, v) -> t.row(id, show(v, page.lang())));
            out.append(t.render(page));
        }
        return out.toString();
    }

    public String markdown(Language lang) {
        StringBuilder out = new StringBuilder("| ").append(Markdown.cell(lang.of(Text.of("参数", "parameter")))).append(" | ");
        out.append(String.join(" | ", ids().stream().map(Markdown::cell).toList())).append(" |\n|---|");
        out.append("---|".repeat(jurisdictions.size())).append('\n');
        for (Row r : rows) {
            out.append("| ").append(Markdown.cell(lang.of(r.label())));
            r.values().values().forEach(v -> out.append(" | ").append(Markdown.cell(show(v, lang))));
            out.append(" |\n");
        }
        return out.toString();
    }

    /** A row per question: its key and label, then each jurisdiction's answer (labels and answers in the language(s) asked for). */
    public String csv(Language lang, boolean bom) {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("key", "parameter"));
        header.addAll(ids());
        table.add(header);
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.key(), lang.of(r.label())));
            r.values().values().forEach(v -> cells.add(v == null ? "" : v.display(lang)));
            table.add(cells);
        }
        return Csv.write(table, bom);
    }

    public ObjectNode json() {
        ObjectNode n = Json.object();
        ArrayNode ids = n.putArray("jurisdictions");
        ids().forEach(ids::add);
        if (!overrides.isEmpty()) {
            ObjectNode o = n.putObject("overrides");
            overrides.values().forEach((k, v) -> o.set(k, EvidenceJson.value(v)));
        }
        ArrayNode params = n.putArray("parameters");
        for (Row r : rows) {
            ObjectNode p = params.addObject();
            p.put("key", r.key());
            p.set("label", Json.text(r.label()));
            ObjectNode values = p.putObject("values");
            ObjectNode cited = p.putObject("cells");
            r.values().forEach((id, c) -> {
                values.set(id, c == null ? null : typed(c.value()));
                if (c == null) {
                    cited.putNull(id);
                } else {
                    ObjectNode cell = cited.putObject(id);
                    cell.set("value", typed(c.value()));
                    cell.put("display", c.display());
                    cell.put("strength", c.strength().orElse(null));
                    ArrayNode rules = cell.putArray("rules");
                    c.rules().forEach(rules::add);
                    cell.put("clause", c.clause().orElse(null));
                    cell.put("parameter", c.parameter().orElse(null));
                }
            });
        }
        return n;
    }

    private static JsonNode typed(Object v) {
        if (v instanceof Boolean b) {
            return Json.MAPPER.getNodeFactory().booleanNode(b);
        }
        return EvidenceJson.value(v);
    }

    /** A page of its own: one table, everything from the jurisdictions escaped. */
    public String html(Language lang) {
        String title = escape(lang.of(Text.of("创新联合体政策比较", "Innovation-consortium policies compared")));
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Language.EN ? "en" : "zh").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(title).append("</title>\n")
                .append("<style>body{font-family:sans-serif}table{border-collapse:collapse}th,td{border:1px solid #ccc;")
                .append("padding:4px 8px;vertical-align:top;text-align:left}th{background:#f4f4f4}</style>\n</head>\n<body>\n")
                .append("<h1>").append(title).append("</h1>\n<table>\n<thead><tr><th>")
                .append(escape(lang.of(Text.of("参数", "parameter")))).append("</th>");
        for (Jurisdiction j : jurisdictions) {
            Text name = j.identity().name();
            out.append("<th>").append(escape(lang == Language.BOTH ? name.zh() + " " + name.en() : lang.of(name))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            out.append("<tr><th>").append(escape(lang.of(r.label()))).append("</th>");
            r.values().values().forEach(v -> out.append("<td>").append(escape(show(v, lang))).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Text as HTML text or an attribute value: {@code & < > " '} as entities. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
