package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.cli.input.Inputs;
import io.consortia.cli.render.AssessMarkdown;
import io.consortia.cli.render.AssessText;
import io.consortia.cli.render.Json;
import io.consortia.cli.render.Language;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code consortia assess PROFILE...}: verdict and findings per jurisdiction (contract §3). */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess consortium profiles (YAML or JSON) against the installed jurisdictions.",
                "The reference date is --as-of, else the profile's appliedOn, else today (China time)."})
final class AssessCommand implements Callable<Integer> {

    enum Format { text, json, md }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "Profile files (.yaml, .yml or .json).")
    List<String> profiles;

    @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID", description = "Assess only in this jurisdiction (repeatable; default: all).")
    List<String> jurisdictions;

    @Mixin
    AssessmentArgs args;

    @Option(names = "--format", defaultValue = "text", description = "text, json (JSON Lines) or md (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", defaultValue = "BOTH", description = "Language of messages: ZH, EN or BOTH (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--all", description = "List passing findings too (text and md).")
    boolean all;

    @Override
    public Integer call() {
        List<Jurisdiction> selected = top.select(jurisdictions);
        Inputs inputs = new Inputs(top.err);
        AssessmentArgs.Resolved resolved = args.resolve(top, inputs);
        List<Inputs.LoadedProfile> loaded = inputs.profiles(profiles);

        // Assess everything before writing anything: bad input never leaves half an answer.
        StringBuilder output = new StringBuilder();
        for (Inputs.LoadedProfile p : loaded) {
            LocalDate reference = resolved.referenceDate(p.profile());
            String source = resolved.referenceSource(p.profile());
            AssessmentOptions options = resolved.options(p.profile());
            List<Assessment> results = new ArrayList<>();
            for (Jurisdiction j : selected) {
                results.add(j.assess(p.profile(), options));
            }
            switch (format) {
                case json -> {
                    ObjectNode line = Json.object();
                    line.put("profile", p.path());
                    line.put("name", p.profile().name());
                    line.put("asOf", reference.toString());
                    ArrayNode arr = line.putArray("assessments");
                    results.forEach(a -> arr.add(Json.assessment(a, lang)));
                    output.append(Json.line(line)).append('\n');
                }
                case md -> output.append(AssessMarkdown.render(p.path(), p.profile(), reference, source, results, selected, lang, all));
                case text -> output.append(AssessText.render(p.path(), p.profile(), reference, source, results, selected, lang, all));
            }
        }
        top.out.print(output);
        return 0;
    }
}
