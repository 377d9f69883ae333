package io.consortia.cli;

import io.consortia.cli.render.Comparison;
import io.consortia.io.json.Json;
import io.consortia.io.json.Language;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code consortia compare}: the jurisdictions side by side, parameter by parameter. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        addMethodSubcommands = false, // none: picocli need not scan every method (start-up)
        description = {"Compare the jurisdictions side by side, question by question.",
                "Thresholds come from the parameters (member counts, shares, R&D tests, platform levels, notice, validity, reports, caps), "
                        + "each with its strength and clause; then document, route, rules and support."})
final class CompareCommand implements Callable<Integer> {

    enum Format { text, md, csv, json, html }

    @ParentCommand
    ConsortiaCommand top;

    @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID", description = "Compare only these (repeatable; default: all).")
    List<String> jurisdictions;

    @Option(names = "--format", defaultValue = "text", description = "text, md, csv, json or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Show the comparison with a parameter overridden (repeatable).")
    List<String> overrides;

    @Option(names = "--bom", description = "Start CSV with a UTF-8 byte-order mark, so that Excel reads the Chinese right.")
    boolean bom;

    @Override
    public Integer call() {
        Comparison c = Comparison.of(top.select(jurisdictions), AssessmentArgs.overrides(top, overrides));
        Language lang = top.lang;
        switch (format) {
            case text -> top.out.print(top.page().fit(c.text(top.page())));
            case md -> top.out.print(c.markdown(lang));
            case csv -> top.out.print(c.csv(lang, bom));
            case json -> top.out.println(Json.pretty(c.json()));
            case html -> top.out.print(c.html(lang));
        }
        return 0;
    }
}
