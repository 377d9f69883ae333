package io.consortia.cli.render;

import io.consortia.io.json.Language;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Profile;
import java.time.LocalDate;
import java.util.List;

/**
 * The text a researcher reads first: the verdict per jurisdiction, then, per jurisdiction, the
 * failing and unknown rules with their clause, requirement and the facts that decided them.
 */
public final class AssessText {

    private AssessText() {}

    public static String render(String path, Profile profile, LocalDate reference, String referenceSource,
                                List<Assessment> results, List<Jurisdiction> jurisdictions, Language lang, boolean all) {
        StringBuilder out = new StringBuilder();
        out.append(path).append(" · ").append(profile.name()).append('\n');
        out.append("reference date ").append(reference).append(" (").append(referenceSource).append(")");
        out.append(" · ").append(profile.members().size()).append(" members, lead ").append(profile.lead().name()).append("\n\n");

        Table summary = new Table("  ");
        for (int i = 0; i < results.size(); i++) {
            Assessment a = results.get(i);
            Jurisdiction j = jurisdictions.get(i);
            summary.row(j.id(), j.identity().name().zh(), a.verdict().name(), lang.of(a.verdict().label()), Notes.counts(a));
        }
        out.append(summary.render());

        for (int i = 0; i < results.size(); i++) {
            Assessment a = results.get(i);
            Jurisdiction j = jurisdictions.get(i);
            out.append('\n').append("── ").append(j.id()).append(' ').append(j.identity().name().zh()).append(' ')
                    .append(j.identity().name().en()).append(": ").append(a.verdict().name()).append('\n');
            for (String note : Notes.of(a, j, lang)) {
                out.append("   ").append(note).append('\n');
            }
            a.officialName().ifPresent(name -> out.append("   suggested official name 建议命名（按领域套用命名格式）: ").append(name).append('\n'));
            Table t = new Table("   ");
            for (Finding f : a.findings()) {
                if (!all && f.outcome() == Outcome.PASS) {
                    continue;
                }
                boolean first = true;
                for (String line : lang.lines(f.rule().requirement())) {
                    t.row(first ? f.outcome().name() : "", first ? f.rule().id().catalogId() : "",
                            first ? f.strength().name() : "", first ? f.rule().clause() : "", line);
                    first = false;
                }
                for (String line : lang.lines(f.because())) {
                    t.row("", "", "", "", "  ↳ " + line);
                }
            }
            if (t.isEmpty()) {
                out.append("   every rule passes\n");
            } else {
                out.append(t.render());
            }
        }
        out.append('\n');
        return out.toString();
    }

}
