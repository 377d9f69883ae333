package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.consortia.io.json.Json;
import io.consortia.cli.render.Notes;
import io.consortia.cli.render.Page;
import io.consortia.cli.render.Table;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code consortia jurisdictions}: the installed jurisdiction modules and their documents. */
@Command(name = "jurisdictions", mixinStandardHelpOptions = true,
        addMethodSubcommands = false, // none: picocli need not scan every method (start-up)
        description = {"List the installed jurisdictions and their policy documents.",
                "Each with its document, number, date, status, route and target, and where it came from (bundled with consortia, "
                        + "a plug-in jar, the module path)."})
final class JurisdictionsCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    ConsortiaCommand top;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--facts", description = "List the facts of their own the jurisdictions declare, as profiles write them (under facts).")
    boolean facts;

    @Override
    public Integer call() {
        var all = top.catalog().all();
        if (format == Format.json) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            all.forEach(j -> list.add(Json.jurisdiction(j).put("source", top.source(j))));
            top.out.println(Json.pretty(list));
            return 0;
        }
        Page page = top.page();
        if (facts) {
            Table t = new Table("").header().row(page.of("事实", "fact"), page.of("层级", "of"), page.of("类型", "type"), page.of("名称", "name"),
                    page.of("取值", "values"));
            for (Jurisdiction j : all) {
                for (io.consortia.kernel.profile.OwnFact<?> f : j.facts()) {
                    String values = f.type().choices().isEmpty() ? "-" : String.join(", ",
                            f.type().choices().stream().map(c -> c.key() + " " + page.of(c.label())).toList());
                    t.row(f.key(), f.level() == io.consortia.kernel.profile.FactLevel.MEMBER ? "members[i].facts" : "facts",
                            f.type().key(), Notes.name(f.label(), page), values);
                }
            }
            top.out.print(page.fit(t.render(page)));
            return 0;
        }
        Table t = new Table("").header().row(page.of("代号", "id"), page.of("名称", "name"), page.of("政策文件", "document"), page.of("文号", "number"),
                page.of("日期", "date"), page.of("状态", "status"), page.of("组建方式", "route"), page.of("建设目标", "target"),
                page.of("规则数", "rules"), page.of("来源", "source"));
        for (Jurisdiction j : all) {
            Edition e = j.latest();
            t.row(j.id(), Notes.name(j.identity().name(), page),
                    Notes.title(e.document().title(), page),
                    e.document().number().orElse("-"),
                    Describe.date(e.document(), page),
                    Describe.status(e.document()),
                    Describe.route(e.outline().route(), page),
                    Describe.target(e, page),
                    String.valueOf(e.rules().size()),
                    top.source(j, page));
        }
        top.out.print(page.fit(t.render(page)));
        return 0;
    }
}
