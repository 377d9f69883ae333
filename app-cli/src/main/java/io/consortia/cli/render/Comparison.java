package io.consortia.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.MeasureCategory;
import io.consortia.kernel.jurisdiction.SupportMeasure;
import io.consortia.kernel.lifecycle.Consequence;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The jurisdictions side by side, parameter by parameter: one row per parameter, one column per
 * jurisdiction. Rendered as text, Markdown, CSV, JSON or HTML.
 */
public final class Comparison {

    /** One parameter and its value in each jurisdiction, by id. */
    public record Row(String key, Text label, Map<String, String> values) {}

    private final List<Jurisdiction> jurisdictions;
    private final List<Row> rows = new ArrayList<>();

    private Comparison(List<Jurisdiction> jurisdictions) {
        this.jurisdictions = List.copyOf(jurisdictions);
    }

    public List<Row> rows() {
        return rows;
    }

    private void add(String key, String zh, String en, Function<Jurisdiction, String> value) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions) {
            values.put(j.id(), value.apply(j));
        }
        rows.add(new Row(key, Text.of(zh, en), values));
    }

    /** The standard comparison of the latest editions. */
    public static Comparison of(List<Jurisdiction> jurisdictions) {
        Comparison c = new Comparison(jurisdictions);
        c.add("name", "名称", "name", j -> j.identity().name().zh() + " " + j.identity().name().en());
        c.add("region", "区划代码", "division prefix", j -> j.identity().region().prefix());
        c.add("document", "政策文件", "document", j -> "《" + j.latest().document().title().zh() + "》");
        c.add("number", "文号", "number", j -> j.latest().document().number().orElse("—"));
        c.add("date", "日期", "date", j -> j.latest().document().issued().map(Object::toString).orElse("undated"));
        c.add("status", "状态", "status", j -> j.latest().document().statusList().stream()
                .map(DocumentStatus::name).collect(Collectors.joining("+")));
        c.add("editions", "版本数", "editions", j -> String.valueOf(j.editions().size()));
        c.add("formation", "组建方式", "formation", j -> j.latest().outline().route().formation().name());
        c.add("initiative", "发起方式", "initiative", j -> j.latest().outline().route().initiative().name());
        c.add("target", "建设目标", "target", j -> j.latest().outline().target()
                .map(t -> t.count() + (t.atLeast() ? "+" : "±") + " by " + t.byYear()).orElse("—"));
        c.add("naming", "命名", "naming", j -> j.latest().outline().naming().map(n -> n.asWritten()).orElse("—"));
        c.add("fields", "产业领域", "fields", j -> j.latest().outline().fields().isEmpty()
                ? "—" : String.join("、", j.latest().outline().fields()));
        c.add("rules", "规则数", "rules", j -> String.valueOf(j.latest().rules().size()));
        for (Strength s : Strength.values()) {
            c.add("rules." + s.name(), s.label().zh() + "规则", s.name() + " rules", j -> j.latest().rules().stream()
                    .filter(r -> r.strength() == s).map(r -> r.id().catalogId()).collect(Collectors.joining(" ")));
        }
        c.add("crossConsortium", "跨联合体规则", "cross-consortium rules", j -> {
            String ids = j.latest().rules().stream().filter(Rule::crossConsortium).map(r -> r.id().catalogId())
                    .collect(Collectors.joining(" "));
            return ids.isEmpty() ? "—" : ids;
        });
        c.add("readings", "可切换解读", "readings", j -> j.readings().isEmpty()
                ? "—" : j.readings().stream().map(Reading::id).collect(Collectors.joining(" ")));
        for (MeasureCategory m : MeasureCategory.values()) {
            if (jurisdictions.stream().anyMatch(j -> j.latest().measures().stream().anyMatch(x -> x.category() == m))) {
                c.add("measures." + m.name(), "支持：" + m.label().zh(), "support: " + m.label().en(), j -> {
                    long n = j.latest().measures().stream().filter(x -> x.category() == m).count();
                    return n == 0 ? "—" : j.latest().measures().stream().filter(x -> x.category() == m)
                            .map(x -> x.clause()).collect(Collectors.joining(" "));
                });
            }
        }
        c.add("fundingCap", "资金上限（元）", "funding cap (CNY)", j -> j.latest().measures().stream()
                .map(SupportMeasure::capYuan).flatMap(java.util.Optional::stream)
                .max(BigDecimal::compareTo).map(BigDecimal::toPlainString).orElse("—"));
        c.lifecycleRows();
        return c;
    }

    /** The parameters of the lifecycle policies, for the jurisdictions that registered one. */
    private void lifecycleRows() {
        Function<Function<LifecyclePolicy, String>, Function<Jurisdiction, String>> ofPolicy =
                f -> j -> j.latest().lifecycle().map(f).orElse("—");
        add("procedureSteps", "程序步骤", "procedure steps", ofPolicy.apply(p -> String.valueOf(p.procedure().steps().size())));
        add("notice", "公示", "public notice", ofPolicy.apply(p -> p.notice()
                .map(n -> n.minWorkingDays().map(d -> "≥ " + d + " working days").orElse("yes") + " (" + n.clause().ref() + ")")
                .orElse("—")));
        add("validity", "有效期", "validity", ofPolicy.apply(p -> p.validity()
                .map(v -> v.years() + " years (" + v.clause().ref() + ")").orElse("—")));
        add("reports", "年度报告", "annual reports", ofPolicy.apply(p -> p.reports().isEmpty() ? "—" : p.reports().stream()
                .map(r -> "due " + String.format(java.util.Locale.ROOT, "%02d-%02d", r.due().getMonthValue(), r.due().getDayOfMonth())
                        + (r.yearsAfter() > 0 ? " of the following year" : "") + " (" + r.clause().ref() + ")")
                .collect(Collectors.joining("; "))));
        add("evaluation", "评价结果", "evaluation consequences", ofPolicy.apply(p -> p.gradeRules().isEmpty() ? "—" : p.gradeRules().stream()
                .map(g -> (g.consecutive() > 1 ? g.consecutive() + "× " : "") + g.grade() + " → " + consequence(g.consequence())
                        + " (" + g.clause().ref() + ")")
                .collect(Collectors.joining("; "))));
        add("endings", "自动终止", "changes that end it", ofPolicy.apply(p -> p.endings().isEmpty() ? "—" : p.endings().stream()
                .map(e -> e.events().stream().map(Enum::name).sorted().collect(Collectors.joining("/")) + " → " + e.to()
                        + " (" + e.clause().ref() + ")")
                .collect(Collectors.joining("; "))));
        add("sanction", "牵头单位失职限制", "bar on a defaulting lead", ofPolicy.apply(p -> p.sanction()
                .map(x -> x.years() + " years (" + x.clause().ref() + ")").orElse("—")));
    }

    private static String consequence(Consequence c) {
        if (c instanceof Consequence.Revoke) {
            return "REVOKED";
        }
        if (c instanceof Consequence.Flag) {
            return "flagged for the authority";
        }
        return "support measure";
    }

    private List<String> ids() {
        return jurisdictions.stream().map(Jurisdiction::id).toList();
    }

    public String text(Language lang) {
        StringBuilder out = new StringBuilder();
        for (Row r : rows) {
            out.append(lang.of(r.label())).append('\n');
            Table t = new Table("  ");
            r.values().forEach((id, v) -> t.row(id, v));
            out.append(t.render());
        }
        return out.toString();
    }

    public String markdown(Language lang) {
        StringBuilder out = new StringBuilder("| parameter | ");
        out.append(String.join(" | ", ids())).append(" |\n|---|");
        out.append("---|".repeat(jurisdictions.size())).append('\n');
        for (Row r : rows) {
            out.append("| ").append(cellMd(lang.of(r.label())));
            r.values().values().forEach(v -> out.append(" | ").append(cellMd(v)));
            out.append(" |\n");
        }
        return out.toString();
    }

    private static String cellMd(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    public String csv(Language lang) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("key", "parameter"));
        header.addAll(ids());
        out.append(header.stream().map(Comparison::cellCsv).collect(Collectors.joining(","))).append("\r\n");
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.key(), lang.of(r.label())));
            cells.addAll(r.values().values());
            out.append(cells.stream().map(Comparison::cellCsv).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    /** RFC 4180 quoting. */
    static String cellCsv(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    public ObjectNode json() {
        ObjectNode n = Json.object();
        ArrayNode ids = n.putArray("jurisdictions");
        ids().forEach(ids::add);
        ArrayNode params = n.putArray("parameters");
        for (Row r : rows) {
            ObjectNode p = params.addObject();
            p.put("key", r.key());
            p.set("label", Json.text(r.label()));
            ObjectNode values = p.putObject("values");
            r.values().forEach(values::put);
        }
        return n;
    }

    public String html(Language lang) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>创新联合体政策比较 · Innovation-consortium policies compared</title>\n")
                .append("<style>body{font-family:sans-serif}table{border-collapse:collapse}th,td{border:1px solid #ccc;")
                .append("padding:4px 8px;vertical-align:top;text-align:left}th{background:#f4f4f4}</style>\n</head>\n<body>\n")
                .append("<h1>创新联合体政策比较 · Innovation-consortium policies compared</h1>\n<table>\n<thead><tr><th>parameter</th>");
        for (Jurisdiction j : jurisdictions) {
            out.append("<th>").append(escape(j.identity().name().zh() + " " + j.identity().name().en())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            out.append("<tr><th>").append(escape(lang.of(r.label()))).append("</th>");
            r.values().values().forEach(v -> out.append("<td>").append(escape(v)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</body>\n</html>\n");
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
