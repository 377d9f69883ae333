package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.io.input.InputException;
import io.consortia.cli.input.Inputs;
import io.consortia.io.json.GapJson;
import io.consortia.io.json.Json;
import io.consortia.cli.render.Notes;
import io.consortia.cli.render.Page;
import io.consortia.kernel.gap.Change;
import io.consortia.kernel.gap.GapPlan;
import io.consortia.kernel.gap.GapPlanner;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia gap PROFILE -j ID}: what to change so that the profile becomes ELIGIBLE, computed
 * from the evidence of its findings and checked by assessing the changed profile. With several
 * {@code -j} or {@code --all}, the jurisdictions are ranked by how little stands in the way.
 */
@Command(name = "gap", mixinStandardHelpOptions = true,
        addMethodSubcommands = false, // none: picocli need not scan every method (start-up)
        description = {"Show what to change so that a profile becomes ELIGIBLE in a jurisdiction.",
                "The changes come least first, then the questions the profile leaves open that can change the verdict. Every plan is "
                        + "checked by assessing the changed profile; the output says which verdict it reaches. With several -j or --all, "
                        + "jurisdictions are ranked by how little stands between the profile and eligibility."})
final class GapCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(paramLabel = "PROFILE")
    String profile;

    @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID", description = "The jurisdiction (repeatable).")
    List<String> jurisdictions;

    @Option(names = "--all", description = "Every installed jurisdiction, ranked.")
    boolean all;

    @Mixin
    AssessmentArgs args;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    /** How the text is shown. */
    private Page page;

    record Ranked(Jurisdiction jurisdiction, GapPlan plan) {}

    @Override
    public Integer call() {
        if (!all && (jurisdictions == null || jurisdictions.isEmpty())) {
            throw new InputException("gap: name a jurisdiction with -j ID (repeatable), or --all");
        }
        List<Jurisdiction> selected = top.select(all ? List.of() : jurisdictions);
        Inputs inputs = top.inputs();
        AssessmentArgs.Resolved resolved = args.resolve(top, inputs);
        Inputs.LoadedProfile p = inputs.profile(profile);
        LocalDate reference = resolved.referenceDate(p.profile());
        List<Ranked> plans = new ArrayList<>();
        for (Jurisdiction j : selected) {
            plans.add(new Ranked(j, GapPlanner.plan(j, p.profile(), resolved.options(p.profile()))));
        }
        if (selected.size() > 1) {
            plans.sort(Comparator.comparing((Ranked r) -> !r.plan().closes()).thenComparingInt(r -> r.plan().cost()));
        }
        if (format == Format.json) {
            ObjectNode n = Json.object();
            n.put("profile", p.path());
            n.put("asOf", reference.toString());
            ArrayNode gaps = n.putArray("gaps");
            for (Ranked r : plans) {
                gaps.add(GapJson.plan(r.jurisdiction(), r.plan(), p.profile().lead()));
            }
            if (plans.size() == 1) {
                ObjectNode only = (ObjectNode) gaps.get(0);
                only.fields().forEachRemaining(e -> n.set(e.getKey(), e.getValue()));
            }
            top.out.println(Json.line(n));
            return 0;
        }
        page = top.page();
        StringBuilder out = new StringBuilder();
        out.append(p.path()).append(' ').append(page.of("参考日期", "as of")).append(' ').append(reference).append('\n');
        int rank = 1;
        for (Ranked r : plans) {
            out.append('\n');
            if (plans.size() > 1) {
                out.append(rank++).append(". ");
            }
            text(out, r, p.profile().lead());
        }
        top.out.print(page.fit(out.toString()));
        return 0;
    }

    /**
     * What the lead's replacement says in plain words, or nothing: its registration (every policy
     * wants a lead registered in its own region, so no change to the members makes the consortium
     * eligible there), or its kind.
     */
    private void text(StringBuilder out, Ranked r, Member lead) {
        Jurisdiction j = r.jurisdiction();
        GapPlan plan = r.plan();
        out.append(j.id()).append(' ').append(Notes.name(j.identity().name(), page)).append(": ").append(page.verdict(plan.now())).append('\n');
        j.latest().document().caveat().ifPresent(c -> out.append("   ⚠ ").append(page.of(c)).append('\n'));
        if (plan.now() == Verdict.ELIGIBLE) {
            out.append("   ").append(page.of("无须改变：每条约束性规则都满足", "nothing to change: every binding rule passes")).append('\n');
            return;
        }
        GapJson.leadNote(plan, lead).ifPresent(why -> page.lines(why).forEach(line -> out.append("   ⚑ ").append(line).append('\n')));
        if (!plan.changes().isEmpty()) {
            out.append("   ").append(page.of("需要改变（代价小的在前）：", "change (least first):")).append('\n');
            int i = 1;
            for (Change c : plan.changes()) {
                item(out, i++, c);
            }
        }
        if (!plan.questions().isEmpty()) {
            out.append("   ").append(page.of("需要说明（可能改变结论的未决问题）：", "state (open questions that can change the verdict):")).append('\n');
            int i = 1;
            for (Change c : plan.questions()) {
                item(out, i++, c);
            }
        }
        String reached = page.verdict(plan.reached());
        out.append("   ").append(page.of("已核验：作以上改变、且每个问题的回答都是肯定的，档案的结论为 " + reached
                        + (plan.closes() ? "" : "（该方案不能补足差距）"),
                "checked: with these changes, and every question answered yes, the profile is " + reached
                        + (plan.closes() ? "" : " (the plan does not close the gap)"))).append('\n');
    }

    private void item(StringBuilder out, int i, Change c) {
        boolean first = true;
        for (String line : page.lines(c.describe())) {
            out.append(first ? String.format("   %3d. ", i) : "        ").append(line).append('\n');
            first = false;
        }
    }
}
