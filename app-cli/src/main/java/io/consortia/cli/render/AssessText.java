package io.consortia.cli.render;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * The text a researcher reads first: the verdict per jurisdiction, then, per jurisdiction, the
 * failing and unknown rules with their clause, requirement and the facts that decided them.
 */
public final class AssessText {

    private AssessText() {}

    public static String render(String path, Profile profile, LocalDate reference, String referenceSource,
                                List<Assessment> results, List<Jurisdiction> jurisdictions, Page page, boolean all) {
        StringBuilder out = new StringBuilder();
        out.append(path).append(" · ").append(profile.name()).append('\n');
        String lead = profile.lead().name();
        int members = profile.members().size();
        for (String line : page.lines(Text.of(
                "参考日期 " + reference + "（" + source(referenceSource).zh() + "）· 成员 " + members + " 家，牵头单位 " + lead,
                "reference date " + reference + " (" + source(referenceSource).en() + ") · " + members
                        + (members == 1 ? " member" : " members") + ", lead " + lead))) {
            out.append(line).append('\n');
        }
        out.append('\n');

        Table summary = new Table("  ");
        for (int i = 0; i < results.size(); i++) {
            Assessment a = results.get(i);
            Jurisdiction j = jurisdictions.get(i);
            summary.row(j.id(), Notes.name(j.identity().name(), page), page.verdict(a.verdict()), page.of(a.verdict().label()), Notes.counts(a, page));
        }
        out.append(summary.render(page));

        for (int i = 0; i < results.size(); i++) {
            Assessment a = results.get(i);
            Jurisdiction j = jurisdictions.get(i);
            out.append('\n').append("── ").append(j.id()).append(' ').append(Notes.name(j.identity().name(), page)).append(": ")
                    .append(page.verdict(a.verdict())).append('\n');
            for (String note : Notes.of(a, j, page)) {
                out.append("   ").append(note).append('\n');
            }
            a.officialName().ifPresent(name -> page.lines(officialName(name)).forEach(l -> out.append("   ").append(l).append('\n')));
            Table t = new Table("   ");
            for (Finding f : a.findings()) {
                if (!all && f.outcome() == Outcome.PASS) {
                    continue;
                }
                boolean first = true;
                for (String line : page.lines(f.rule().requirement())) {
                    t.row(first ? f.outcome().name() : "", first ? f.rule().id().catalogId() : "",
                            first ? f.strength().name() : "", first ? f.rule().clause() : "", line);
                    first = false;
                }
                for (String line : page.lines(f.because())) {
                    t.row("", "", "", "", "  ↳ " + line);
                }
            }
            if (t.isEmpty()) {
                out.append("   ").append(page.of("每条规则都满足", "every rule passes")).append('\n');
            } else {
                out.append(t.render(page));
            }
        }
        out.append('\n');
        return out.toString();
    }

    /** Where the reference date came from: --as-of, appliedOn (the profile's field), or today. */
    public static Text source(String referenceSource) {
        return switch (referenceSource) {
            case "today" -> Text.of("今天", "today");
            case "appliedOn" -> Text.of("appliedOn", "appliedOn");
            default -> Text.of(referenceSource, referenceSource);
        };
    }

    /**
     * The official name the policy's naming pattern makes from the profile's field, labelled as
     * what it is: a suggestion built from the field, not a name anyone has given.
     */
    public static Text officialName(String name) {
        return Text.of("建议名称（按政策的命名格式由档案的产业领域生成，仅供参考）：「" + name + "」",
                "suggested name (the policy's naming pattern applied to the profile's field; a suggestion only): 「" + name + "」");
    }
}
