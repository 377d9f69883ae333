package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.consortia.cli.render.Notes;
import io.consortia.cli.render.Page;
import io.consortia.io.json.Json;
import io.consortia.io.json.Language;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.parameter.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia parameters}: every named value the rules and procedures use, with its unit,
 * clause and the sentence it comes from. These are the names {@code --set} takes.
 */
@Command(name = "parameters", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"List the parameters of the installed policies: value, unit, clause and original sentence.",
                "Any of them can be changed for one run with --set NAME=VALUE on assess, gap, compare, explain, survey and simulate."})
final class ParametersCommand implements Callable<Integer> {

    enum Format { text, md, csv, json }

    @ParentCommand
    ConsortiaCommand top;

    @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID", description = "Only this jurisdiction (repeatable; default: all).")
    List<String> jurisdictions;

    @Option(names = "--format", defaultValue = "text", description = "text, md, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--bom", description = "Start CSV with a UTF-8 byte-order mark, so that Excel reads the Chinese right.")
    boolean bom;

    @Override
    public Integer call() {
        Language lang = top.lang;
        Page page = top.page();
        List<Parameter> all = new ArrayList<>();
        for (Jurisdiction j : top.select(jurisdictions)) {
            all.addAll(j.parameters());
        }
        switch (format) {
            case json -> {
                ArrayNode a = Json.MAPPER.createArrayNode();
                all.forEach(p -> a.add(Json.parameter(p)));
                top.out.println(Json.pretty(a));
            }
            case csv -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("name", "jurisdiction", "value", "unit", "clause", "label", "concept", "quote"));
                for (Parameter p : all) {
                    rows.add(List.of(p.name(), p.jurisdiction(), p.display(), p.unit().key(), p.clause(), lang.of(p.label()),
                            p.concept().orElse(""), p.quote()));
                }
                top.out.print(io.consortia.cli.render.Csv.write(rows, bom));
            }
            case md -> {
                StringBuilder out = new StringBuilder("| ").append(String.join(" | ", page.of("参数", "parameter"), page.of("取值", "value"),
                        page.of("单位", "unit"), page.of("条款", "clause"), page.of("含义", "meaning"), page.of("原文", "original text")))
                        .append(" |\n|---|---|---|---|---|---|\n");
                for (Parameter p : all) {
                    out.append("| ").append(md(p.name())).append(" | ").append(md(value(p, lang))).append(" | ").append(md(lang.of(p.unit().label())))
                            .append(" | ").append(md(p.clause())).append(" | ").append(md(lang.of(p.label()))).append(" | 「")
                            .append(md(p.quote())).append("」 |\n");
                }
                top.out.print(out);
            }
            case text -> {
                StringBuilder out = new StringBuilder();
                String current = null;
                for (Parameter p : all) {
                    if (!p.jurisdiction().equals(current)) {
                        current = p.jurisdiction();
                        Jurisdiction j = top.catalog().get(current).orElseThrow();
                        out.append(out.length() == 0 ? "" : "\n").append(j.id()).append(' ').append(Notes.name(j.identity().name(), page)).append('\n');
                    }
                    out.append("  ").append(p.name()).append(" = ").append(value(p, lang)).append("  (").append(lang.of(p.unit().label()))
                            .append(", ").append(p.clause()).append(")\n");
                    out.append("      ").append(String.join(" / ", lang.lines(p.label()))).append('\n');
                    out.append("      「").append(p.quote()).append("」\n");
                }
                top.out.print(page.fit(out.toString()));
            }
        }
        return 0;
    }

    /** The value with its unit as a person reads it, in the language(s) of the text. */
    static String value(Parameter p, Language lang) {
        return io.consortia.cli.render.Formats.value(p.unit(), p.value(), lang);
    }

    private static String md(String s) {
        return io.consortia.cli.render.Markdown.cell(s);
    }
}
