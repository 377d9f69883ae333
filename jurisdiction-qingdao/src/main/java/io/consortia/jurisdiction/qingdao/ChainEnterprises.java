package io.consortia.jurisdiction.qingdao;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.rule.Condition;
import io.consortia.kernel.rule.Conditions;
import io.consortia.kernel.rule.Evaluation;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Q2's count of "产业链上下游企业" (三(二)): enterprises placed in the industry chain. The kernel's
 * counting conditions say how many members are unknown; this one names them, so that an applicant
 * sees which chain positions to state.
 */
final class ChainEnterprises {

    private ChainEnterprises() {}

    /**
     * An enterprise with a stated chain position. A member of another kind never qualifies (its kind
     * is always known); an enterprise whose position is not stated may or may not be in the chain,
     * so it is unknown.
     */
    static final MemberTest TEST = MemberTest.of(
            Text.of("产业链上下游企业", "enterprises placed in the industry chain"),
            (m, c) -> m.kind() != UnitKind.ENTERPRISE
                    ? Outcome.FAIL
                    : m.chainPosition().isPresent() ? Outcome.PASS : Outcome.UNKNOWN);

    /**
     * At least {@code bound} members of the population are chain enterprises: PASS when the
     * enterprises known to be in the chain already reach the bound, FAIL when the bound is missed
     * even if every enterprise of unstated position were in the chain, UNKNOWN otherwise.
     */
    static Condition atLeast(Population population, int bound) {
        return ctx -> {
            List<Member> members = population.members(ctx);
            Conditions.Tally t = Conditions.tally(members, TEST, ctx);
            List<String> placedZh = new ArrayList<>();
            List<String> placedEn = new ArrayList<>();
            List<String> unstated = new ArrayList<>();
            for (Member m : members) {
                Outcome o = TEST.test(m, ctx);
                if (o == Outcome.PASS) {
                    placedZh.add(m.id() + " " + m.chainPosition().orElseThrow().label().zh());
                    placedEn.add(m.id() + " " + m.chainPosition().orElseThrow().label().en());
                } else if (o == Outcome.UNKNOWN) {
                    unstated.add(m.id());
                }
            }
            Text pop = population.label(ctx);
            String zh = pop.zh() + "中产业链上下游企业 " + t.qualify() + " 家"
                    + (placedZh.isEmpty() ? "" : "（" + String.join("、", placedZh) + "）")
                    + (unstated.isEmpty() ? "" : "，未填报产业链位置（chainPosition）的企业 " + unstated.size() + " 家（"
                            + String.join("、", unstated) + "）")
                    + "，原则上不少于 " + bound + " 家";
            String en = t.qualify() + " of the " + pop.en() + " are enterprises placed in the chain"
                    + (placedEn.isEmpty() ? "" : " (" + String.join(", ", placedEn) + ")")
                    + (unstated.isEmpty() ? "" : "; " + unstated.size() + " enterprise(s) state no chainPosition ("
                            + String.join(", ", unstated) + ")")
                    + "; as a rule at least " + bound + " expected";
            return Evaluation.of(t.atLeast(bound), zh, en);
        };
    }
}
