package io.consortia.cli.render;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.parameter.AppliedOverride;
import io.consortia.kernel.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What an assessment was made under, as short lines for the text and Markdown outputs. */
public final class Notes {

    private Notes() {}

    /** The lines under a jurisdiction's verdict: caveat, overrides, edition, readings, rules left out. */
    public static List<String> of(Assessment a, Jurisdiction j, Page page) {
        List<String> out = new ArrayList<>();
        a.caveat().ifPresent(c -> out.add("⚠ " + page.of(c)));
        if (!a.overrides().isEmpty()) {
            out.add(page.of("参数假设（仅本次运行）：", "overrides (this run only): ") + a.overrides().stream()
                    .map(o -> override(o, page)).collect(Collectors.joining(", ")));
        }
        StringBuilder source = new StringBuilder(title(a.edition().title(), page))
                .append(a.edition().number().map(n -> " " + n).orElse(""));
        if (!a.editionInForce()) {
            source.append(page.of("（参考日期时尚未施行；按最早的版本评估）", " (not yet in force on the reference date; earliest edition applied)"));
        }
        if (!a.readings().isEmpty()) {
            source.append(" · ").append(page.of("解读", "readings")).append(' ').append(a.readings().stream()
                    .map(c -> c.reading().id() + "=" + c.option()).collect(Collectors.joining(" ")));
        }
        if (!a.registryUsed()) {
            long cross = j.latest().rules().stream().filter(r -> r.crossConsortium()).count();
            if (cross > 0) {
                source.append(" · ").append(page.of(cross + " 条跨联合体规则未评估（未给 --registry）",
                        cross + " cross-consortium rule(s) skipped (no --registry)"));
            }
        }
        out.add(source.toString());
        return out;
    }

    /** A document's title: 《中文》 (the citation) in Chinese and in both languages, its translation in English. */
    public static String title(Text title, Page page) {
        return switch (page.lang()) {
            case EN -> title.en();
            case ZH, BOTH -> "《" + title.zh() + "》";
        };
    }

    /** A proper name: Chinese, English, or both side by side ("苏州市 Suzhou"). */
    public static String name(Text name, Page page) {
        return switch (page.lang()) {
            case ZH -> name.zh();
            case EN -> name.en();
            case BOTH -> name.zh().equals(name.en()) ? name.zh() : name.zh() + " " + name.en();
        };
    }

    /** An override as "NAME=VALUE (declared VALUE)", in English. */
    public static String override(AppliedOverride o) {
        return o.parameter().name() + "=" + o.display() + " (declared " + o.parameter().display() + ")";
    }

    /** An override as "NAME=VALUE (declared VALUE)" in the page's language(s). */
    public static String override(AppliedOverride o, Page page) {
        return o.parameter().name() + "=" + o.display() + " (" + page.of("原值", "declared") + " " + o.parameter().display() + ")";
    }

    /** The binding rules that fail (ENCOURAGED and PREFERENCE findings never count as failing in a summary). */
    public static List<Finding> failing(Assessment a) {
        return a.findings().stream().filter(f -> f.outcome() == Outcome.FAIL && f.strength().bindsVerdict()).toList();
    }

    /** The binding rules left undecided. */
    public static List<Finding> unknown(Assessment a) {
        return a.findings().stream().filter(f -> f.outcome() == Outcome.UNKNOWN && f.strength().bindsVerdict()).toList();
    }

    /** The advisory (ENCOURAGED, PREFERENCE) rules not met or not known to be met: never a failure. */
    public static List<Finding> advisory(Assessment a) {
        return a.findings().stream().filter(f -> f.outcome() != Outcome.PASS && !f.strength().bindsVerdict()).toList();
    }

    /**
     * "14 rules: 12 pass, 1 fail, 0 unknown, 1 advisory not met": the fails and unknowns are of
     * binding rules only; ENCOURAGED and PREFERENCE rules not met are counted apart, never as fails.
     */
    public static String counts(Assessment a, Page page) {
        int rules = a.findings().size();
        int pass = a.withOutcome(Outcome.PASS).size();
        int fail = failing(a).size();
        int unknown = unknown(a).size();
        int advisory = advisory(a).size();
        return page.of(rules + " 条规则：" + pass + " 条满足，" + fail + " 条不满足，" + unknown + " 条待定"
                        + (advisory == 0 ? "" : "，" + advisory + " 条倡导性规则未满足（不影响结论）"),
                rules + (rules == 1 ? " rule: " : " rules: ") + pass + " pass, " + fail + " fail, " + unknown + " unknown"
                        + (advisory == 0 ? "" : ", " + advisory + " advisory not met (not counted against)"));
    }

    /** Catalog ids, comma-separated, or an en dash. */
    public static String ids(List<Finding> findings) {
        String s = findings.stream().map(f -> f.rule().id().catalogId()).collect(Collectors.joining(", "));
        return s.isEmpty() ? "–" : s;
    }
}
