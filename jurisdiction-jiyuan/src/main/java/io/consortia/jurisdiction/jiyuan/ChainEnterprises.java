package io.consortia.jurisdiction.jiyuan;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.rule.Condition;
import io.consortia.kernel.rule.Conditions;
import io.consortia.kernel.rule.Context;
import io.consortia.kernel.rule.Evaluation;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.text.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 济源 J7 (三(二)2): the share of “产业链上下游企业” among the member units. Which chain positions
 * count is reading R4, so the member test depends on the context, which the kernel's fixed
 * {@link MemberTest#chainPosition} cannot express.
 */
final class ChainEnterprises {

    private ChainEnterprises() {}

    private static final Set<ChainPosition> ANY = EnumSet.allOf(ChainPosition.class);
    private static final Set<ChainPosition> ENDS = EnumSet.of(ChainPosition.UPSTREAM, ChainPosition.DOWNSTREAM);

    /** The chain positions that count under the reading in force. */
    static Set<ChainPosition> counted(Context context) {
        return context.alternative(JiyuanReadings.R4) ? ENDS : ANY;
    }

    /**
     * An enterprise whose chain position counts under R4. Kind is always known; an enterprise
     * without a stated position is unknown, never outside the chain.
     */
    static final MemberTest TEST = new MemberTest() {
        @Override
        public Outcome test(Member member, Context context) {
            if (member.kind() != UnitKind.ENTERPRISE) {
                return Outcome.FAIL;
            }
            Set<ChainPosition> counted = counted(context);
            return member.chainPosition().map(p -> Outcome.of(counted.contains(p))).orElse(Outcome.UNKNOWN);
        }

        @Override
        public Text label() {
            return Text.of("处于产业链上下游环节的企业（按解读 R4）", "enterprises placed in the chain (as reading R4 says)");
        }
    };

    /**
     * At least {@code percent}% of the population are enterprises placed in the chain, with the
     * unknown semantics of contract §1: PASS when the members known to qualify already reach the
     * share, FAIL when it is missed even if every unknown member qualified, UNKNOWN otherwise. An
     * empty population has no share and fails, as {@link Conditions.Tally#shareAtLeast} says.
     */
    static Condition shareAtLeast(Population population, int percent) {
        return ctx -> {
            List<Member> members = population.members(ctx);
            Conditions.Tally t = Conditions.tally(members, TEST, ctx);
            List<String> unknown = new ArrayList<>();
            for (Member m : members) {
                if (TEST.test(m, ctx) == Outcome.UNKNOWN) {
                    unknown.add(m.id());
                }
            }
            Set<ChainPosition> counted = counted(ctx);
            String whichZh = counted.stream().map(p -> p.label().zh()).collect(Collectors.joining("、"));
            String whichEn = counted.stream().map(p -> p.label().en()).collect(Collectors.joining(", "));
            Text pop = population.label(ctx);
            String zh = pop.zh() + "共 " + t.total() + " 个，其中处于产业链" + whichZh + "环节的企业 " + t.qualify() + " 个"
                    + (unknown.isEmpty() ? "" : "，未填报产业链位置的企业：" + String.join("、", unknown))
                    + "，要求占比不低于 " + percent + "%";
            String en = t.qualify() + " of " + t.total() + " " + pop.en() + " are enterprises placed " + whichEn + " in the chain"
                    + (unknown.isEmpty() ? "" : " (chain position not stated: " + String.join(", ", unknown) + ")")
                    + "; at least " + percent + "% required";
            return Evaluation.of(t.shareAtLeast(percent), zh, en);
        };
    }
}
