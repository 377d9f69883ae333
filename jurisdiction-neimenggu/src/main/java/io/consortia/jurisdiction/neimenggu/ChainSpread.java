package io.consortia.jurisdiction.neimenggu;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.rule.Condition;
import io.consortia.kernel.rule.Context;
import io.consortia.kernel.rule.Evaluation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * N10, 三(三): the enterprise members (the lead included, as for N7–N9) "应分布在产业链上中下游".
 * Reading R3 says how many of the three positions must hold an enterprise: all three by default,
 * two under the alternative.
 *
 * <p>Unknowns, per contract §1: an enterprise whose {@code chainPosition} is not given could be at
 * any position. PASS when the positions known already suffice; FAIL when they would not suffice
 * even if every enterprise of unknown position were placed where it helps most (each fills one
 * missing position); UNKNOWN otherwise.
 */
final class ChainSpread implements Condition {

    @Override
    public Evaluation evaluate(Context ctx) {
        int needed = ctx.alternative(NeimengguReadings.R3) ? 2 : 3;
        List<Member> enterprises = ctx.profile().members().stream().filter(m -> m.kind() == UnitKind.ENTERPRISE).toList();
        Set<ChainPosition> covered = EnumSet.noneOf(ChainPosition.class);
        int unplaced = 0;
        for (Member m : enterprises) {
            if (m.chainPosition().isPresent()) {
                covered.add(m.chainPosition().get());
            } else {
                unplaced++;
            }
        }
        Outcome outcome = outcome(covered.size(), unplaced, needed);
        return Evaluation.of(outcome, explainZh(enterprises.size(), covered, unplaced, needed),
                explainEn(enterprises.size(), covered, unplaced, needed));
    }

    /**
     * The outcome for {@code covered} positions known to hold an enterprise, {@code unplaced}
     * enterprises of unknown position, and {@code needed} positions required.
     */
    static Outcome outcome(int covered, int unplaced, int needed) {
        if (covered >= needed) {
            return Outcome.PASS;
        }
        return covered + unplaced < needed ? Outcome.FAIL : Outcome.UNKNOWN;
    }

    private static String explainZh(int n, Set<ChainPosition> covered, int unplaced, int needed) {
        List<String> missing = new ArrayList<>();
        for (ChainPosition p : ChainPosition.values()) {
            if (!covered.contains(p)) {
                missing.add(p.label().zh());
            }
        }
        String has = covered.isEmpty() ? "未知覆盖任何环节"
                : "覆盖" + String.join("、", covered.stream().map(p -> p.label().zh()).toList());
        return "企业成员（含牵头单位）共 " + n + " 个，" + has
                + (missing.isEmpty() ? "" : "，缺" + String.join("、", missing))
                + (unplaced == 0 ? "" : "；另有 " + unplaced + " 个企业未填报所处环节")
                + (needed == 3 ? "；要求上、中、下游三个环节都有企业" : "；要求上、中、下游中至少两个环节有企业");
    }

    private static String explainEn(int n, Set<ChainPosition> covered, int unplaced, int needed) {
        List<String> missing = new ArrayList<>();
        for (ChainPosition p : ChainPosition.values()) {
            if (!covered.contains(p)) {
                missing.add(p.label().en());
            }
        }
        String has = covered.isEmpty() ? "no position known to be covered"
                : "covering " + String.join(", ", covered.stream().map(p -> p.label().en()).toList());
        return n + " enterprise member(s) (lead included), " + has
                + (missing.isEmpty() ? "" : "; none known " + String.join(", ", missing))
                + (unplaced == 0 ? "" : "; " + unplaced + " of unstated position")
                + (needed == 3 ? "; enterprises at all of upstream, midstream and downstream required"
                        : "; enterprises at two or more of upstream, midstream and downstream required");
    }
}
