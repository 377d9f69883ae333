package io.consortia.cli.render;

import io.consortia.io.json.Language;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.parameter.AppliedOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What an assessment was made under, as short lines for the text and Markdown outputs. */
public final class Notes {

    private Notes() {}

    /** The lines under a jurisdiction's verdict: caveat, overrides, edition, readings, rules left out. */
    public static List<String> of(Assessment a, Jurisdiction j, Language lang) {
        List<String> out = new ArrayList<>();
        a.caveat().ifPresent(c -> out.add("⚠ " + lang.of(c)));
        if (!a.overrides().isEmpty()) {
            out.add((lang == Language.ZH ? "参数假设（本次运行）：" : "overrides (this run only): ") + a.overrides().stream()
                    .map(Notes::override).collect(Collectors.joining(", ")));
        }
        StringBuilder source = new StringBuilder("《").append(a.edition().title().zh()).append("》")
                .append(a.edition().number().map(n -> " " + n).orElse(""));
        if (!a.editionInForce()) {
            source.append(" (not yet in force on the reference date; earliest edition applied)");
        }
        if (!a.readings().isEmpty()) {
            source.append(" · readings ").append(a.readings().stream()
                    .map(c -> c.reading().id() + "=" + c.option()).collect(Collectors.joining(" ")));
        }
        if (!a.registryUsed()) {
            long cross = j.latest().rules().stream().filter(r -> r.crossConsortium()).count();
            if (cross > 0) {
                source.append(" · ").append(cross).append(" cross-consortium rule(s) skipped (no --registry)");
            }
        }
        out.add(source.toString());
        return out;
    }

    public static String override(AppliedOverride o) {
        return o.parameter().name() + "=" + o.display() + " (declared " + o.parameter().display() + ")";
    }

    /** The binding rules that fail (ENCOURAGED and PREFERENCE findings never count as failing in a summary). */
    public static List<Finding> failing(Assessment a) {
        return a.findings().stream().filter(f -> f.outcome() == Outcome.FAIL && f.strength().bindsVerdict()).toList();
    }

    /** The binding rules left undecided. */
    public static List<Finding> unknown(Assessment a) {
        return a.findings().stream().filter(f -> f.outcome() == Outcome.UNKNOWN && f.strength().bindsVerdict()).toList();
    }

    /** "12 rules: 9 pass, 1 fail, 1 unknown, 1 advisory not met". */
    public static String counts(Assessment a) {
        long advisory = a.findings().stream().filter(f -> f.outcome() != Outcome.PASS && !f.strength().bindsVerdict()).count();
        return a.findings().size() + " rules: " + a.withOutcome(Outcome.PASS).size() + " pass, " + failing(a).size() + " fail, "
                + unknown(a).size() + " unknown" + (advisory == 0 ? "" : ", " + advisory + " advisory not met");
    }

    /** Catalog ids, comma-separated, or an en dash. */
    public static String ids(List<Finding> findings) {
        String s = findings.stream().map(f -> f.rule().id().catalogId()).collect(Collectors.joining(", "));
        return s.isEmpty() ? "–" : s;
    }
}
