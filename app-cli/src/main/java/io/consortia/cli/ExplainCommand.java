package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.cli.render.Formats;
import io.consortia.cli.render.Notes;
import io.consortia.cli.render.Page;
import io.consortia.io.json.Json;
import io.consortia.io.json.Language;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code consortia explain RULE_ID}: a rule with its source. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        addMethodSubcommands = false, // none: picocli need not scan every method (start-up)
        description = {"Explain a rule: its strength, clause, original sentence and paragraph, and the readings that affect it.",
                "RULE_ID is jurisdiction.catalog-id (suzhou.S5) or, since catalog ids are unique, the catalog id alone (S5); any case."})
final class ExplainCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(paramLabel = "RULE_ID")
    String ruleId;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Show the rule's parameters with an override (repeatable).")
    List<String> overrides;

    @Override
    public Integer call() {
        Found found = find(ruleId.strip());
        Rule r = found.rule;
        Jurisdiction j = found.jurisdiction;
        Edition e = found.edition;
        Overrides set = AssessmentArgs.overrides(top, overrides);
        List<Parameter> params = new ArrayList<>();
        for (Param<?> h : r.parameters()) {
            e.parameter(h).ifPresent(params::add);
        }
        if (format == Format.json) {
            top.out.println(Json.pretty(Json.rule(j, e, r, set)));
            return 0;
        }
        Page page = top.page();
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append(" · ").append(r.strength().name()).append(page.lang() == Language.EN ? "" : " " + r.strength().label().zh())
                .append(r.strengthSwitch().map(sw -> " (" + page.of("按 --reading " + sw.reading().id() + "=" + sw.reading().alternativeOption()
                                + " 为 " + sw.underAlternative().name(),
                        sw.underAlternative().name() + " under --reading " + sw.reading().id() + "=" + sw.reading().alternativeOption()) + ")").orElse(""))
                .append(" · ").append(Notes.name(j.identity().name(), page)).append('\n');
        out.append(page.of("条款 " + r.clause() + "，" + Describe.document(e.document(), page),
                "clause " + r.clause() + " of " + Describe.document(e.document(), page))).append("\n\n");
        out.append(page.of("要求", "requires")).append('\n');
        page.lines(r.requirement()).forEach(l -> out.append("  ").append(l).append('\n'));
        out.append('\n');
        out.append(page.of("原文", "original text")).append("\n  「").append(r.quote()).append("」\n\n");
        out.append(page.of("上下文", "in context")).append('\n');
        List<String> seen = new ArrayList<>();
        for (String part : r.quoteParts()) {
            String p = e.document().paragraphOf(part).orElse(part);
            if (!seen.contains(p)) {
                seen.add(p);
                out.append("  「").append(p).append("」\n");
            }
        }
        out.append('\n');
        if (params.isEmpty()) {
            out.append(page.of("参数  无（该规则没有阈值）", "parameters  none (the rule has no threshold)")).append('\n');
        } else {
            for (Parameter p : params) {
                out.append(page.of("参数", "parameter")).append(' ').append(p.name()).append(" = ")
                        .append(Formats.value(p.unit(), p.value(), page.lang()));
                set.get(p.name()).ifPresent(v -> out.append("  → ").append(Formats.value(p.unit(), v, page.lang()))
                        .append(page.of("（--set，仅本次运行）", " (--set, this run only)")));
                out.append("   ").append(page.of(p.label())).append('\n')
                        .append("  ").append(p.clause()).append(" 「").append(p.quote()).append("」\n");
            }
        }
        if (r.readings().isEmpty()) {
            out.append(page.of("解读  没有影响该规则的解读", "readings  none affect this rule")).append('\n');
        } else {
            for (Reading x : r.readings()) {
                out.append(page.of("解读", "reading")).append(' ').append(x.id()).append("  ").append(page.of(x.question())).append('\n')
                        .append("  ").append(x.defaultOption()).append(page.of("（默认）", " (default)")).append(": ")
                        .append(page.of(x.defaultMeaning())).append('\n')
                        .append("  ").append(x.alternativeOption()).append(": ").append(page.of(x.alternativeMeaning()))
                        .append("   (--reading ").append(x.id()).append('=').append(x.alternativeOption()).append(")\n");
            }
        }
        if (r.crossConsortium()) {
            out.append(page.of("跨联合体规则（⊕）：只在给出 --registry FILE 时评估", "cross-consortium (⊕): evaluated only with --registry FILE")).append('\n');
        }
        top.out.print(page.fit(out.toString()));
        return 0;
    }

    private record Found(Jurisdiction jurisdiction, Edition edition, Rule rule) {}

    private Found find(String text) {
        List<Found> matches = new ArrayList<>();
        var parsed = RuleId.parse(text);
        for (Jurisdiction j : top.catalog().all()) {
            for (int i = j.editions().size() - 1; i >= 0; i--) {
                Edition e = j.editions().get(i);
                for (Rule r : e.rules()) {
                    boolean hit = parsed.map(id -> id.equals(r.id())).orElse(false)
                            || r.id().toString().equalsIgnoreCase(text) || r.id().catalogId().equalsIgnoreCase(text);
                    if (hit && matches.stream().noneMatch(f -> f.rule.id().equals(r.id()))) {
                        matches.add(new Found(j, e, r));
                    }
                }
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new InputException(text + ": ambiguous; name the jurisdiction: "
                    + String.join(", ", matches.stream().map(f -> f.rule.id().toString()).toList()));
        }
        List<String> ids = new ArrayList<>();
        String prefix = text.contains(".") ? text.substring(0, text.indexOf('.')).toLowerCase(Locale.ROOT) : "";
        for (Jurisdiction j : top.catalog().all()) {
            if (prefix.isEmpty() || j.id().equals(prefix)) {
                j.latest().rules().forEach(r -> ids.add(r.id().toString()));
            }
        }
        if (ids.isEmpty()) {
            throw new InputException(text + ": unknown rule id; jurisdictions: " + String.join(", ", top.catalog().ids()));
        }
        throw new InputException(text + ": unknown rule id; known: " + String.join(", ", ids));
    }
}
