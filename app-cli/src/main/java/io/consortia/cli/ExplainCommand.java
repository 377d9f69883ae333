package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.io.json.Json;
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
@Command(name = "explain", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Explain a rule: strength, clause, the original sentence, its paragraph, the readings that affect it.",
                "RULE_ID is jurisdiction.catalog-id (suzhou.S5) or, since catalog ids are unique, the catalog id alone (S5)."})
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
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append(" · ").append(r.strength().name()).append(' ').append(r.strength().label().zh())
                .append(r.strengthSwitch().map(sw -> " (" + sw.underAlternative().name() + " under --reading " + sw.reading().id() + "="
                        + sw.reading().alternativeOption() + ")").orElse(""))
                .append(" · ").append(j.identity().name().zh()).append(' ').append(j.identity().name().en()).append('\n');
        out.append("clause ").append(r.clause()).append(" of ").append(Describe.document(e.document())).append("\n\n");
        out.append("requires\n  ").append(r.requirement().zh()).append("\n  ").append(r.requirement().en()).append("\n\n");
        out.append("original text\n  ").append(r.quote()).append("\n\n");
        out.append("in context\n");
        List<String> seen = new ArrayList<>();
        for (String part : r.quoteParts()) {
            String p = e.document().paragraphOf(part).orElse(part);
            if (!seen.contains(p)) {
                seen.add(p);
                out.append("  ").append(p).append('\n');
            }
        }
        out.append('\n');
        if (params.isEmpty()) {
            out.append("parameters  none (the rule has no threshold)\n");
        } else {
            for (Parameter p : params) {
                out.append("parameter ").append(p.name()).append(" = ").append(io.consortia.cli.render.Formats.value(p.unit(), p.value()));
                set.get(p.name()).ifPresent(v -> out.append("  → ").append(io.consortia.cli.render.Formats.value(p.unit(), v))
                        .append(" (--set, this run only)"));
                out.append("   ").append(p.label().zh()).append(" / ").append(p.label().en()).append('\n')
                        .append("  ").append(p.clause()).append(" 「").append(p.quote()).append("」\n");
            }
        }
        if (r.readings().isEmpty()) {
            out.append("readings  none affect this rule\n");
        } else {
            for (Reading x : r.readings()) {
                out.append("reading ").append(x.id()).append("  ").append(x.question().zh()).append(" / ").append(x.question().en()).append('\n')
                        .append("  ").append(x.defaultOption()).append(" (default): ").append(x.defaultMeaning().zh()).append(" / ").append(x.defaultMeaning().en()).append('\n')
                        .append("  ").append(x.alternativeOption()).append(": ").append(x.alternativeMeaning().zh()).append(" / ").append(x.alternativeMeaning().en())
                        .append("   (--reading ").append(x.id()).append('=').append(x.alternativeOption()).append(")\n");
            }
        }
        if (r.crossConsortium()) {
            out.append("cross-consortium (⊕): evaluated only with --registry FILE\n");
        }
        top.out.print(out);
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
                            || r.id().catalogId().equalsIgnoreCase(text);
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
