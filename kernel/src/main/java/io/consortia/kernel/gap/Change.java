package io.consortia.kernel.gap;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.explain.Explain;
import io.consortia.kernel.explain.Money;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.NumberFact;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One change a {@link GapPlan} proposes, as data: what to state, do or add, for which members, and
 * the rules (catalog ids) it answers. {@link #question()} changes only state what the profile
 * leaves unknown; the others change the consortium. {@link #cost()} orders them by how much they
 * ask.
 *
 * @since 0.2
 */
public sealed interface Change {

    /** The catalog ids of the rules it answers. */
    List<String> rules();

    /** How much it asks, for ordering: stating a fact is cheap, replacing the lead is not. */
    int cost();

    /** Whether it only states what the profile leaves unknown. */
    default boolean question() {
        return false;
    }

    /** What to do, in Chinese and English. */
    Text describe();

    /**
     * A yes/no fact to state or make true, for members ({@code members} empty: the consortium's
     * governance).
     *
     * @param unknown whether the profile leaves it unknown (a question) rather than false
     */
    record SetFact(List<String> members, FactKey fact, boolean value, boolean unknown, List<String> rules) implements Change {
        @Override
        public int cost() {
            return unknown ? 1 : fact instanceof GovernanceItem ? 4 : 6;
        }

        @Override
        public boolean question() {
            return unknown;
        }

        @Override
        public Text describe() {
            String key = (fact instanceof GovernanceItem ? "governance." : fact instanceof Attestation ? "attested." : "") + fact.key();
            String who = String.join("、", members);
            String whoEn = String.join(", ", members);
            String yes = value ? "" : "（否）";
            String yesEn = value ? "" : " (false)";
            if (unknown) {
                return members.isEmpty()
                        ? Text.of("说明 " + key + yes + "：" + fact.label().zh() + ids(rules), "state `" + key + "`" + yesEn + ": " + fact.label().en() + idsEn(rules))
                        : Text.of("说明 " + who + " 的 " + key + yes + "：" + fact.label().zh() + ids(rules),
                                "state `" + key + "`" + yesEn + " for " + whoEn + ": " + fact.label().en() + idsEn(rules));
            }
            return members.isEmpty()
                    ? Text.of("建立或满足：" + fact.label().zh() + "（" + key + "）" + ids(rules), "put in place: " + fact.label().en() + " (`" + key + "`)" + idsEn(rules))
                    : Text.of(who + " 须满足：" + fact.label().zh() + "（" + key + "）" + ids(rules),
                            whoEn + " must have: " + fact.label().en() + " (`" + key + "`)" + idsEn(rules));
        }
    }

    /** Members to place in the chain at one of the positions (their position is unknown, or OUTSIDE). */
    record Place(List<String> members, Set<ChainPosition> positions, boolean unknown, List<String> rules) implements Change {
        @Override
        public int cost() {
            return unknown ? 1 : 6;
        }

        @Override
        public boolean question() {
            return unknown;
        }

        @Override
        public Text describe() {
            Text where = Explain.join(positions, ChainPosition::label, "或", " or ");
            return unknown
                    ? Text.of("说明 " + String.join("、", members) + " 的产业链位置（chainPosition：" + where.zh() + "）" + ids(rules),
                            "state `chainPosition` (" + where.en() + ") for " + String.join(", ", members) + idsEn(rules))
                    : Text.of(String.join("、", members) + " 须处于产业链" + where.zh() + ids(rules),
                            String.join(", ", members) + " must be placed " + where.en() + " in the chain" + idsEn(rules));
        }
    }

    /** Members to add, each passing the template test. */
    record AddMembers(int count, MemberTest template, List<String> rules) implements Change {
        @Override
        public int cost() {
            return 10 * count;
        }

        @Override
        public Text describe() {
            if (template instanceof MemberTest.Anyone) {
                return Text.of("增加至少 " + count + " 个成员单位" + ids(rules), "add at least " + count + " member unit" + (count == 1 ? "" : "s") + idsEn(rules));
            }
            List<MemberTest> parts = template instanceof MemberTest.And a ? a.parts() : List.of(template);
            List<String> kindZh = new ArrayList<>();
            List<String> kindEn = new ArrayList<>();
            List<String> withZh = new ArrayList<>();
            List<String> withEn = new ArrayList<>();
            for (MemberTest part : parts) {
                Text t = Explain.describe(part);
                if (part instanceof MemberTest.Kind) {
                    kindZh.add(t.zh());
                    kindEn.add(t.en());
                } else {
                    withZh.add(t.zh());
                    withEn.add(t.en());
                }
            }
            String kind = kindZh.isEmpty() ? "成员单位" : String.join("", kindZh);
            String kindEnglish = kindEn.isEmpty() ? "member unit" : String.join(" ", kindEn);
            return Text.of("增加至少 " + count + " 个" + kind + (withZh.isEmpty() ? "" : "，每个均：" + String.join("；", withZh)) + ids(rules),
                    "add at least " + count + " " + kindEnglish + (count == 1 ? "" : "s") + (withEn.isEmpty() ? "" : ", each with: " + String.join("; ", withEn))
                            + idsEn(rules));
        }
    }

    /** A platform the lead must have. */
    record AddPlatform(Set<PlatformLevel> levels, Set<PlatformType> types, List<String> rules) implements Change {
        @Override
        public int cost() {
            return 30;
        }

        @Override
        public Text describe() {
            Text lv = Explain.join(levels, PlatformLevel::label, "、", ", ");
            Text ty = types.isEmpty() ? Text.of("创新平台", "platform") : Explain.join(types, PlatformType::label, "、", ", ");
            return Text.of("牵头单位建有" + lv.zh() + ty.zh() + ids(rules), "the lead needs a " + lv.en() + " " + ty.en() + idsEn(rules));
        }
    }

    /** A whole-number fact of a member to raise (or state). */
    record SetNumber(String member, NumberFact fact, int atLeast, boolean unknown, List<String> rules) implements Change {
        @Override
        public int cost() {
            return unknown ? 1 : 20;
        }

        @Override
        public boolean question() {
            return unknown;
        }

        @Override
        public Text describe() {
            return Text.of((unknown ? "说明 " : "提高 ") + member + " 的" + fact.label().zh() + "（" + fact.key() + "）至不少于 " + atLeast + ids(rules),
                    (unknown ? "state `" : "raise `") + fact.key() + "` of " + member + " to at least " + atLeast + idsEn(rules));
        }
    }

    /** The lead's R&D to raise: the amount in a year, or the share over the window. */
    record RaiseRd(String member, List<Integer> years, BigDecimal amount, BigDecimal share, List<String> rules) implements Change {
        @Override
        public int cost() {
            return 40;
        }

        @Override
        public Text describe() {
            String ys = years.size() == 1 ? String.valueOf(years.get(0)) : years.get(0) + "–" + years.get(years.size() - 1);
            return Text.of("将牵头单位 " + ys + " 年研发费用提高到不低于 " + Money.zh(amount) + "，或将近三年研发费用占营收比例提高到 " + Money.percent(share) + ids(rules),
                    "raise the lead's R&D to at least " + Money.en(amount) + " in " + ys + ", or its share of revenue over the window to "
                            + Money.percent(share) + idsEn(rules));
        }
    }

    /** Fiscal figures to state. */
    record StateFigures(String member, List<Integer> years, List<String> rules) implements Change {
        @Override
        public int cost() {
            return 1;
        }

        @Override
        public boolean question() {
            return true;
        }

        @Override
        public Text describe() {
            String ys = String.join("、", years.stream().map(String::valueOf).toList());
            return Text.of("说明 " + member + " " + ys + " 年的营收和研发费用（finances）" + ids(rules),
                    "state " + member + "'s revenue and R&D expense (`finances`) for " + String.join(", ", years.stream().map(String::valueOf).toList())
                            + idsEn(rules));
        }
    }

    /** The field to state or change. */
    record SetField(List<String> fields, boolean unknown, List<String> rules) implements Change {
        @Override
        public int cost() {
            return unknown ? 1 : 50;
        }

        @Override
        public boolean question() {
            return unknown;
        }

        @Override
        public Text describe() {
            return Text.of((unknown ? "说明产业领域（field），须为：" : "产业领域须为：") + String.join("、", fields) + ids(rules),
                    (unknown ? "state the `field`, one of: " : "the field must be one of: ") + String.join(", ", fields) + idsEn(rules));
        }
    }

    /** The lead itself does not qualify: another lead is needed (every policy wants a local lead). */
    record ReplaceLead(Optional<Region> region, Optional<Set<UnitKind>> kinds, List<String> rules) implements Change {
        @Override
        public int cost() {
            return 1000;
        }

        @Override
        public Text describe() {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            kinds.ifPresent(k -> {
                Text t = Explain.join(k, UnitKind::label, "或", " or ");
                zh.add("为" + t.zh());
                en.add("is " + t.en());
            });
            region.ifPresent(r -> {
                zh.add("在" + r.name().zh() + "（" + r.prefix() + "）注册");
                en.add("is registered in " + r.name().en() + " (" + r.prefix() + ")");
            });
            return Text.of("牵头单位须" + String.join("且", zh) + "：现牵头单位不符合，须另选本地牵头单位" + ids(rules),
                    "the lead must be one that " + String.join(" and ", en) + ": the present lead is not, so this policy needs another, local lead"
                            + idsEn(rules));
        }
    }

    /** A barred unit: replace it, or (a member) take it out of the core layer. */
    record ClearBar(String member, boolean lead, List<String> rules) implements Change {
        @Override
        public int cost() {
            return lead ? 900 : 60;
        }

        @Override
        public Text describe() {
            return lead
                    ? Text.of("牵头单位处于禁止期，须另选牵头单位" + ids(rules), "the lead is under a bar: another lead is needed" + idsEn(rules))
                    : Text.of("成员 " + member + " 处于禁止期：将其调出核心层（core: false）或替换" + ids(rules),
                            "member " + member + " is under a bar: take it out of the core layer (`core: false`) or replace it" + idsEn(rules));
        }
    }

    /** A presumptive rule that no profile change meets: a deviation to justify, or a condition for a human. */
    record Justify(Text why, List<String> rules) implements Change {
        @Override
        public int cost() {
            return 500;
        }

        @Override
        public Text describe() {
            return Text.of("说明理由或由主管部门认定：" + why.zh() + ids(rules), "justify, or leave to the authority: " + why.en() + idsEn(rules));
        }
    }

    private static String ids(List<String> rules) {
        return rules.isEmpty() ? "" : "（" + String.join("、", rules) + "）";
    }

    private static String idsEn(List<String> rules) {
        return rules.isEmpty() ? "" : " (" + String.join(", ", rules) + ")";
    }
}
