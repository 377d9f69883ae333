package io.consortia.cli.render;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Profile;
import java.time.LocalDate;
import java.util.List;

/** An assessment as Markdown, for pasting into a report: everything from input escaped ({@link Markdown}). */
public final class AssessMarkdown {

    private AssessMarkdown() {}

    public static String render(String path, Profile profile, LocalDate reference, String referenceSource,
                                List<Assessment> results, List<Jurisdiction> jurisdictions, Page page, boolean all) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(cell(profile.name())).append("\n\n");
        out.append(page.of("档案", "Profile")).append(' ').append(cell(path)).append(" · ").append(page.of("参考日期", "reference date")).append(' ')
                .append(reference).append(" (").append(cell(page.of(AssessText.source(referenceSource))))
                .append(") · ").append(page.of("成员 " + profile.members().size() + " 家", profile.members().size() + " members")).append("\n\n");
        out.append("| ").append(page.of("地区", "jurisdiction")).append(" | ").append(page.of("结论", "verdict")).append(" | ")
                .append(page.of("不满足", "failing")).append(" | ").append(page.of("待定", "unknown")).append(" |\n|---|---|---|---|\n");
        for (int i = 0; i < results.size(); i++) {
            Assessment a = results.get(i);
            Jurisdiction j = jurisdictions.get(i);
            out.append("| ").append(cell(Notes.name(j.identity().name(), page)))
                    .append(" | **").append(a.verdict().name()).append("** ").append(cell(page.of(a.verdict().label())))
                    .append(" | ").append(Notes.ids(Notes.failing(a))).append(" | ").append(Notes.ids(Notes.unknown(a))).append(" |\n");
        }
        for (int i = 0; i < results.size(); i++) {
            Assessment a = results.get(i);
            Jurisdiction j = jurisdictions.get(i);
            out.append("\n### ").append(cell(Notes.name(j.identity().name(), page)))
                    .append(": ").append(a.verdict().name()).append("\n\n");
            for (String note : Notes.of(a, j, page)) {
                out.append(cell(note)).append("  \n");
            }
            a.officialName().ifPresent(name -> out.append(cell(page.of(AssessText.officialName(name)))).append("  \n"));
            out.append('\n');
            List<Finding> shown = a.findings().stream().filter(f -> all || f.outcome() != Outcome.PASS).toList();
            if (shown.isEmpty()) {
                out.append(page.of("每条规则都满足。", "Every rule passes.")).append('\n');
                continue;
            }
            out.append("| ").append(String.join(" | ", page.of("规则", "rule"), page.of("结果", "outcome"), page.of("效力", "strength"),
                    page.of("条款", "clause"), page.of("要求", "requirement"), page.of("事实", "facts"))).append(" |\n|---|---|---|---|---|---|\n");
            for (Finding f : shown) {
                out.append("| ").append(cell(f.rule().id().toString())).append(" | ").append(f.outcome()).append(" | ")
                        .append(f.strength()).append(" | ").append(cell(f.rule().clause())).append(" | ")
                        .append(cell(page.of(f.rule().requirement()))).append(" | ").append(cell(page.of(f.because()))).append(" |\n");
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
