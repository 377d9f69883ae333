package io.consortia.cli.render;

import io.consortia.io.json.Language;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Profile;
import java.time.LocalDate;
import java.util.List;

/** An assessment as Markdown, for pasting into a report. */
public final class AssessMarkdown {

    private AssessMarkdown() {}

    public static String render(String path, Profile profile, LocalDate reference, String referenceSource,
                                List<Assessment> results, List<Jurisdiction> jurisdictions, Language lang, boolean all) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(cell(profile.name())).append("\n\n");
        out.append("Profile `").append(path).append("` · reference date ").append(reference)
                .append(" (").append(referenceSource).append(") · ").append(profile.members().size()).append(" members\n\n");
        out.append("| jurisdiction | verdict | failing | unknown |\n|---|---|---|---|\n");
        for (int i = 0; i < results.size(); i++) {
            Assessment a = results.get(i);
            Jurisdiction j = jurisdictions.get(i);
            out.append("| ").append(cell(j.identity().name().zh() + " " + j.identity().name().en()))
                    .append(" | **").append(a.verdict().name()).append("** ").append(cell(lang.of(a.verdict().label())))
                    .append(" | ").append(Notes.ids(Notes.failing(a))).append(" | ").append(Notes.ids(Notes.unknown(a))).append(" |\n");
        }
        for (int i = 0; i < results.size(); i++) {
            Assessment a = results.get(i);
            Jurisdiction j = jurisdictions.get(i);
            out.append("\n### ").append(cell(j.identity().name().zh() + " " + j.identity().name().en()))
                    .append(": ").append(a.verdict().name()).append("\n\n");
            for (String note : Notes.of(a, j, lang)) {
                out.append(cell(note)).append("  \n");
            }
            out.append('\n');
            List<Finding> shown = a.findings().stream().filter(f -> all || f.outcome() != Outcome.PASS).toList();
            if (shown.isEmpty()) {
                out.append("Every rule passes.\n");
                continue;
            }
            out.append("| rule | outcome | strength | clause | requirement | facts |\n|---|---|---|---|---|---|\n");
            for (Finding f : shown) {
                out.append("| ").append(f.rule().id()).append(" | ").append(f.outcome()).append(" | ")
                        .append(f.strength()).append(" | ").append(cell(f.rule().clause())).append(" | ")
                        .append(cell(lang.of(f.rule().requirement()))).append(" | ").append(cell(lang.of(f.because()))).append(" |\n");
            }
        }
        out.append('\n');
        return out.toString();
    }

    /** Escapes a table cell. */
    static String cell(String s) {
        return Markdown.cell(s);
    }
}
