package io.consortia.cli.render;

import io.consortia.io.json.Json;
import io.consortia.io.json.Language;
import com.fasterxml.jackson.databind.JsonNode;
import io.consortia.kernel.outcome.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * A survey as one self-contained HTML page that works offline: the verdict shares by jurisdiction,
 * the binding constraints as a rule × jurisdiction heat map, the scenario's transitions and the
 * reading sensitivity, drawn by Apache ECharts (inlined from the WebJar, which the build unpacks into this module: nothing
 * is fetched when the page is opened); each chart with its table and a CSV download; a footer with
 * what reproduces the figures. A view of {@link SurveyJson}'s document, which the page also
 * carries: every figure cell names the JSON pointer of its figure ({@code data-figure}), and every
 * chart records the pointers and values it drew ({@code data-drawn}), so that a test can check
 * each against {@code survey --format json}.
 */
public final class SurveyReport {

    private static final String WEBJAR = "META-INF/maven/org.webjars/echarts/pom.properties";
    private static final String[] VERDICT_LABELS = {"Eligible", "Eligible with deviations", "Undetermined", "Ineligible"};

    private SurveyReport() {}

    /** The version of the bundled ECharts, from its WebJar. */
    public static String echartsVersion() {
        Properties p = new Properties();
        try (InputStream in = stream(WEBJAR)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static InputStream stream(String name) {
        InputStream in = SurveyReport.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException("ECharts (from the WebJar org.webjars:echarts, unpacked by the build) is missing from the module: " + name);
        }
        return in;
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        InputStream in = SurveyReport.class.getResourceAsStream("/io/consortia/cli/report/" + name);
        if (in == null) {
            throw new IllegalStateException("the report's " + name + " is missing from the module");
        }
        return text(in);
    }

    /** The page. */
    public static String render(JsonNode doc, Language lang) {
        String version = echartsVersion();
        String echarts = text(stream("META-INF/resources/webjars/echarts/" + version + "/echarts.min.js"));
        boolean scenario = !doc.get("scenario").isNull();
        StringBuilder out = new StringBuilder(echarts.length() + 200_000);
        String title = "Survey of " + SurveyText.grouped(doc.get("profiles").asLong()) + " consortium profiles";
        out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"").append(esc(doc.get("tool").asText())).append("\">\n")
                .append("<title>").append(esc(title)).append(" · consortia</title>\n<style>\n").append(resource("report.css")).append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<p class=\"kicker\">创新联合体政策调查 · consortia survey</p>\n<h1>").append(esc(title)).append("</h1>\n");
        out.append("<p class=\"lede\">").append(esc(SurveyText.population(doc.get("population")))).append(". ")
                .append(scenario ? "Each profile is assessed under the policies as published (the baseline) and under a scenario: "
                        + esc(SurveyText.setting(doc.get("scenario"), doc.get("baseline"))) + "."
                        : "Each profile is assessed under the policies as published.")
                .append("</p>\n");
        cards(out, doc, scenario);
        out.append("<ul id=\"report-errors\" class=\"errors\" hidden></ul>\n</header>\n<main>\n");

        section(out, "verdicts", "1", "Verdicts by jurisdiction",
                "The share of profiles with each verdict" + (scenario ? ", under the baseline and under the scenario." : "."));
        out.append("<div class=\"chart\" id=\"chart-verdicts\" data-chart=\"verdicts\"></div>\n");
        verdictTable(out, doc, scenario);

        section(out, "binding", "2", "Binding constraints",
                "A rule is the binding constraint of a profile when it is the only rule standing between the profile and"
                        + " ELIGIBLE. Each column is a jurisdiction, its rules in the policy's order; the colour is the share of"
                        + " all profiles for which that rule alone binds.");
        out.append("<div class=\"chart\" id=\"chart-binding\" data-chart=\"binding\"></div>\n");
        ruleTable(out, doc, lang);

        section(out, "transitions", "3", "What the scenario changes",
                scenario ? "For each jurisdiction, how many profiles go from each verdict under the baseline (rows) to each verdict under the scenario"
                        + " (columns). Grey cells keep their verdict; coloured cells change, in the colour of the verdict they get."
                        : "No scenario was given: add --set NAME=VALUE or --reading ID=OPTION to compare one with the baseline.");
        if (scenario) {
            out.append("<div class=\"small-multiples\">\n");
            for (int j = 0; j < doc.get("jurisdictions").size(); j++) {
                JsonNode jd = doc.get("jurisdictions").get(j);
                out.append("<figure><figcaption>").append(esc(name(jd))).append(" <span class=\"axes\">baseline ↓ · scenario →</span></figcaption><div class=\"chart matrix\" id=\"chart-transitions-")
                        .append(j).append("\" data-chart=\"transitions\" data-jurisdiction=\"").append(j).append("\"></div></figure>\n");
            }
            out.append("</div>\n");
            transitionTable(out, doc);
        }

        section(out, "readings", "4", "How much the readings matter",
                doc.get("sensitivity").asBoolean()
                        ? "The share of profiles whose baseline verdict changes when one ambiguous clause is read the other way,"
                                + " coloured by the verdict they then get."
                        : "Reading sensitivity was not computed (--no-sensitivity).");
        if (doc.get("sensitivity").asBoolean()) {
            out.append("<div class=\"chart\" id=\"chart-readings\" data-chart=\"readings\"></div>\n");
            readingTable(out, doc, lang);
        }
        out.append("</main>\n");
        footer(out, doc, version);
        out.append("<script type=\"application/json\" id=\"survey-data\">").append(Json.line(doc).replace("<", "\\u003c")).append("</script>\n");
        out.append("<script>\n").append(echarts.replace("</script", "<\\/script")).append("\n</script>\n");
        out.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String name(JsonNode j) {
        return j.get("name").get("zh").asText() + " " + j.get("name").get("en").asText();
    }

    private static void section(StringBuilder out, String id, String number, String heading, String intro) {
        out.append("<section id=\"").append(id).append("\">\n<h2><span class=\"n\">").append(number).append("</span>")
                .append(esc(heading)).append("</h2>\n<p class=\"intro\">").append(esc(intro)).append("</p>\n");
    }

    /** One card per jurisdiction: the share eligible (with or without deviations) and the most binding rule. */
    private static void cards(StringBuilder out, JsonNode doc, boolean scenario) {
        out.append("<div class=\"cards\">\n");
        for (int j = 0; j < doc.get("jurisdictions").size(); j++) {
            JsonNode jd = doc.get("jurisdictions").get(j);
            String base = "/jurisdictions/" + j + "/verdicts/baseline/";
            out.append("<div class=\"card\"><div class=\"card-name\">").append(esc(name(jd))).append("</div>");
            out.append("<div class=\"big\">").append(figure(doc, base + "ELIGIBLE/share")).append("</div><div class=\"sub\">eligible</div>");
            out.append("<div class=\"sub\">").append(figure(doc, base + "ELIGIBLE_WITH_DEVIATIONS/share")).append(" eligible with deviations</div>");
            if (scenario) {
                out.append("<div class=\"sub scenario\">scenario: ").append(figure(doc, "/jurisdictions/" + j + "/verdicts/scenario/ELIGIBLE/share"))
                        .append(" eligible</div>");
            }
            int top = -1;
            for (int r = 0; r < jd.get("rules").size(); r++) {
                if (top < 0 || count(jd.get("rules").get(r).get("binding")) > count(jd.get("rules").get(top).get("binding"))) {
                    top = r;
                }
            }
            if (top >= 0 && count(jd.get("rules").get(top).get("binding")) > 0) {
                JsonNode rule = jd.get("rules").get(top);
                out.append("<div class=\"sub\" title=\"").append(esc(rule.get("requirement").get("zh").asText() + " / "
                        + rule.get("requirement").get("en").asText())).append("\">binds most: ")
                        .append(esc(rule.get("id").asText().replaceFirst("^[a-z]+\\.", ""))).append(" (")
                        .append(figure(doc, "/jurisdictions/" + j + "/rules/" + top + "/binding/share")).append(")</div>");
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    private static long count(JsonNode c) {
        return c.get("count").asLong();
    }

    /** A figure of the document, shown as the text views show it, with its pointer. */
    private static String figure(JsonNode doc, String pointer) {
        JsonNode v = doc.at(pointer);
        String shown = pointer.endsWith("/share") ? SurveyJson.percent(doc.at(pointer.substring(0, pointer.length() - "/share".length())))
                : SurveyText.grouped(v.asLong());
        return "<span data-figure=\"" + pointer + "\">" + shown + "</span>";
    }

    private static void countCells(StringBuilder out, JsonNode doc, String pointer) {
        out.append("<td class=\"num\">").append(figure(doc, pointer + "/count")).append("</td><td class=\"num share\">")
                .append(figure(doc, pointer + "/share")).append("</td>");
    }

    private static void table(StringBuilder out, String caption, String csvName, List<List<String>> csv, String head, boolean open) {
        out.append("<details class=\"data\"").append(open ? " open" : "").append("><summary>").append(esc(caption))
                .append("</summary>\n<p class=\"download\"><a download=\"").append(csvName).append("\" href=\"data:text/csv;charset=utf-8;base64,")
                .append(Base64.getEncoder().encodeToString(Csv.write(csv, true).getBytes(StandardCharsets.UTF_8)))
                .append("\">Download CSV</a></p>\n<div class=\"scroll\"><table>\n<thead>").append(head).append("</thead>\n<tbody>\n");
    }

    private static void endTable(StringBuilder out) {
        out.append("</tbody>\n</table></div>\n</details>\n</section>\n");
    }

    /** A header row: the first cells, then a count-and-share column pair per verdict. */
    private static String verdictHead(String first, String prefix) {
        StringBuilder head = new StringBuilder("<tr>").append(first);
        for (String label : VERDICT_LABELS) {
            head.append("<th colspan=\"2\">").append(prefix).append(label).append("</th>");
        }
        return head.append("</tr>").toString();
    }

    private static void verdictTable(StringBuilder out, JsonNode doc, boolean scenario) {
        List<List<String>> csv = new ArrayList<>();
        csv.add(List.of("jurisdiction", "setting", "verdict", "count", "share"));
        String head = verdictHead("<th>jurisdiction</th><th>setting</th>", "");
        StringBuilder rows = new StringBuilder();
        for (int j = 0; j < doc.get("jurisdictions").size(); j++) {
            JsonNode jd = doc.get("jurisdictions").get(j);
            for (String setting : scenario ? List.of("baseline", "scenario") : List.of("baseline")) {
                rows.append("<tr><th>").append(esc(name(jd))).append("</th><td>").append(setting).append("</td>");
                for (Verdict v : Verdict.values()) {
                    countCells(rows, doc, "/jurisdictions/" + j + "/verdicts/" + setting + "/" + v.name());
                    csv.add(SurveyCsv.row(jd.get("id").asText(), setting, v.name(), "", jd.get("verdicts").get(setting).get(v.name())));
                }
                rows.append("</tr>\n");
            }
        }
        table(out, "Table: verdicts by jurisdiction", "verdicts.csv", tidy(csv), head, true);
        out.append(rows);
        endTable(out);
    }

    /** Drops the empty {@code to} column of SurveyCsv rows built for a table that has none. */
    private static List<List<String>> tidy(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        out.add(rows.get(0));
        for (List<String> r : rows.subList(1, rows.size())) {
            out.add(List.of(r.get(0), r.get(1), r.get(2), r.get(4), r.get(5)));
        }
        return out;
    }

    private static void ruleTable(StringBuilder out, JsonNode doc, Language lang) {
        List<List<String>> csv = new ArrayList<>();
        csv.add(List.of("jurisdiction", "rule", "strength", "fail", "fail share", "unknown", "unknown share", "binding", "binding share"));
        String head = "<tr><th>rule</th><th>strength</th><th>requirement</th><th colspan=\"2\">fails</th><th colspan=\"2\">unknown</th>"
                + "<th colspan=\"2\">binding constraint</th></tr>";
        StringBuilder rows = new StringBuilder();
        for (int j = 0; j < doc.get("jurisdictions").size(); j++) {
            JsonNode jd = doc.get("jurisdictions").get(j);
            rows.append("<tr class=\"group\"><th colspan=\"9\">").append(esc(name(jd))).append("</th></tr>\n");
            for (int r = 0; r < jd.get("rules").size(); r++) {
                JsonNode rule = jd.get("rules").get(r);
                String p = "/jurisdictions/" + j + "/rules/" + r;
                rows.append("<tr><th>").append(esc(rule.get("id").asText())).append("</th><td>").append(esc(rule.get("strength").asText()))
                        .append("</td><td class=\"req\">").append(esc(lang.of(SurveyText.text(rule.get("requirement"))))).append("</td>");
                countCells(rows, doc, p + "/fail");
                countCells(rows, doc, p + "/unknown");
                countCells(rows, doc, p + "/binding");
                rows.append("</tr>\n");
                csv.add(List.of(jd.get("id").asText(), rule.get("id").asText(), rule.get("strength").asText(),
                        rule.get("fail").get("count").asText(), share(rule.get("fail")), rule.get("unknown").get("count").asText(),
                        share(rule.get("unknown")), rule.get("binding").get("count").asText(), share(rule.get("binding"))));
            }
        }
        table(out, "Table: every rule — how often it fails, is unknown, and is the binding constraint", "rules.csv", csv, head, false);
        out.append(rows);
        endTable(out);
    }

    private static String share(JsonNode count) {
        java.math.BigDecimal s = SurveyJson.share(count);
        return s == null ? "" : s.toPlainString();
    }

    private static void transitionTable(StringBuilder out, JsonNode doc) {
        List<List<String>> csv = new ArrayList<>();
        csv.add(List.of("jurisdiction", "baseline", "scenario", "count", "share"));
        String head = verdictHead("<th>jurisdiction</th><th>baseline ↓ · scenario →</th>", "");
        StringBuilder rows = new StringBuilder();
        for (int j = 0; j < doc.get("jurisdictions").size(); j++) {
            JsonNode jd = doc.get("jurisdictions").get(j);
            for (int from = 0; from < 4; from++) {
                rows.append("<tr>").append(from == 0 ? "<th rowspan=\"4\">" + esc(name(jd)) + "</th>" : "").append("<td>")
                        .append(VERDICT_LABELS[from]).append("</td>");
                for (int to = 0; to < 4; to++) {
                    int k = from * 4 + to;
                    countCells(rows, doc, "/jurisdictions/" + j + "/transitions/" + k);
                    JsonNode t = jd.get("transitions").get(k);
                    csv.add(List.of(jd.get("id").asText(), t.get("from").asText(), t.get("to").asText(), t.get("count").asText(), share(t)));
                }
                rows.append("</tr>\n");
            }
        }
        table(out, "Table: baseline verdict → scenario verdict", "transitions.csv", csv, head, false);
        out.append(rows);
        endTable(out);
    }

    private static void readingTable(StringBuilder out, JsonNode doc, Language lang) {
        List<List<String>> csv = new ArrayList<>();
        csv.add(List.of("jurisdiction", "reading", "switched to", "flips", "flips share", "to", "count", "share"));
        String head = verdictHead("<th>jurisdiction</th><th>reading</th><th>question</th><th>switched to</th>"
                + "<th colspan=\"2\">verdict changes</th>", "→ ");
        StringBuilder rows = new StringBuilder();
        for (int j = 0; j < doc.get("jurisdictions").size(); j++) {
            JsonNode jd = doc.get("jurisdictions").get(j);
            for (int r = 0; r < jd.get("readings").size(); r++) {
                JsonNode rd = jd.get("readings").get(r);
                String p = "/jurisdictions/" + j + "/readings/" + r;
                rows.append("<tr><th>").append(esc(name(jd))).append("</th><td>").append(esc(rd.get("id").asText())).append("</td><td class=\"req\">")
                        .append(esc(lang.of(SurveyText.text(rd.get("question"))))).append("</td><td>").append(esc(rd.get("option").asText())).append("</td>");
                countCells(rows, doc, p + "/flips");
                for (Verdict v : Verdict.values()) {
                    countCells(rows, doc, p + "/to/" + v.name());
                    csv.add(List.of(jd.get("id").asText(), rd.get("id").asText(), rd.get("option").asText(), rd.get("flips").get("count").asText(),
                            share(rd.get("flips")), v.name(), rd.get("to").get(v.name()).get("count").asText(), share(rd.get("to").get(v.name()))));
                }
                rows.append("</tr>\n");
            }
        }
        table(out, "Table: reading sensitivity", "readings.csv", csv, head, true);
        out.append(rows);
        endTable(out);
    }

    private static void footer(StringBuilder out, JsonNode doc, String echarts) {
        out.append("<footer>\n<h2>How to reproduce these figures</h2>\n<dl>\n");
        item(out, "command", "<code>" + esc(doc.get("command").asText()) + "</code>");
        item(out, "population", esc(SurveyText.population(doc.get("population"))) + "; " + SurveyText.grouped(doc.get("profiles").asLong())
                + " assessed, " + SurveyText.grouped(doc.get("rejected").asLong()) + " rejected as bad input"
                + (doc.get("failed").asLong() > 0 ? ", " + SurveyText.grouped(doc.get("failed").asLong()) + " failed (internal error)" : ""));
        for (String line : SurveyText.header(doc).subList(1, 4)) {
            int colon = line.indexOf(": ");
            item(out, line.substring(0, colon), esc(line.substring(colon + 2)));
        }
        StringBuilder documents = new StringBuilder("<ul>");
        for (JsonNode j : doc.get("jurisdictions")) {
            JsonNode d = j.get("document");
            documents.append("<li>").append(esc(j.get("id").asText())).append(": ").append(esc(d.get("title").get("zh").asText()))
                    .append(d.get("number").isNull() ? "" : " " + esc(d.get("number").asText()))
                    .append(d.get("issued").isNull() ? " (undated)" : " (" + esc(d.get("issued").asText()) + ")")
                    .append(d.get("binding").asBoolean() ? "" : " — draft for comments, not in force").append("</li>");
        }
        item(out, "documents", documents.append("</ul>").toString());
        item(out, "versions", esc(doc.get("tool").asText()) + ", kernel " + esc(doc.get("kernel").asText()) + ", Apache ECharts "
                + esc(echarts) + "; made on " + esc(doc.get("today").asText()));
        out.append("</dl>\n<p class=\"small\">The figures are those of <code>--format json</code> with the same options (this page carries that"
                + " document). Shares are of the profiles assessed; rejected inputs are not in them.</p>\n</footer>\n");
    }

    private static void item(StringBuilder out, String term, String html) {
        out.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String esc(String s) {
        return Comparison.escape(s);
    }
}
