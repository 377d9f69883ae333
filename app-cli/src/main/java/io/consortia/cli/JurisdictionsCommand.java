package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.consortia.io.json.Json;
import io.consortia.cli.render.Table;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code consortia jurisdictions}: the installed jurisdiction modules and their documents. */
@Command(name = "jurisdictions", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"List the installed jurisdictions with their document, date, status, route and target, and where each came from",
                "(bundled with consortia, a plug-in jar, the module path)."})
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
        if (facts) {
            Table t = new Table("").row("fact", "of", "type", "name", "values");
            for (Jurisdiction j : all) {
                for (io.consortia.kernel.profile.OwnFact<?> f : j.facts()) {
                    String values = f.type().choices().isEmpty() ? "-" : String.join(", ",
                            f.type().choices().stream().map(c -> c.key() + " " + c.label().zh()).toList());
                    t.row(f.key(), f.level() == io.consortia.kernel.profile.FactLevel.MEMBER ? "members[i].facts" : "facts",
                            f.type().key(), f.label().zh() + " " + f.label().en(), values);
                }
            }
            top.out.print(t.render());
            return 0;
        }
        Table t = new Table("").row("id", "name", "document", "number", "date", "status", "route", "target", "rules", "source");
        for (Jurisdiction j : all) {
            Edition e = j.latest();
            t.row(j.id(), j.identity().name().zh() + " " + j.identity().name().en(),
                    "《" + e.document().title().zh() + "》",
                    e.document().number().orElse("-"),
                    Describe.date(e.document()),
                    Describe.status(e.document()),
                    e.outline().route().formation().name().toLowerCase(java.util.Locale.ROOT) + ", "
                            + e.outline().route().initiative().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    Describe.target(e),
                    String.valueOf(e.rules().size()),
                    top.source(j));
        }
        top.out.print(t.render());
        return 0;
    }
}
