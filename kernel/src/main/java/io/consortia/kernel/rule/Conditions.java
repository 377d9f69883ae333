package io.consortia.kernel.rule;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.registry.RegisteredConsortium;
import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The common conditions of consortium policies, each with its explanation. Jurisdictions build
 * their rules from these and add their own {@link Condition}s where a policy is unusual.
 *
 * <p>Counting conditions follow contract §1: PASS when the members known to qualify already
 * satisfy the bound, FAIL when it fails even if every unknown member qualified, UNKNOWN otherwise.
 */
public final class Conditions {

    private Conditions() {}

    // ---------------------------------------------------------------- combinators

    /** Kleene conjunction; the explanation names the parts that decided it. */
    public static Condition all(Condition... parts) {
        return all(Arrays.asList(parts));
    }

    public static Condition all(List<Condition> parts) {
        Condition[] copy = parts.toArray(Condition[]::new);
        return ctx -> combine(copy, ctx, true);
    }

    /** Kleene disjunction; the explanation names the parts that decided it. */
    public static Condition any(Condition... parts) {
        Condition[] copy = parts.clone();
        return ctx -> combine(copy, ctx, false);
    }

    /**
     * Evaluates the parts and joins the explanations of those that decided the result: for a
     * conjunction that passes or a disjunction that fails every part counts, otherwise only the
     * parts with the deciding outcome. Plain loops: this is the hot path of every assessment.
     */
    private static Evaluation combine(Condition[] parts, Context ctx, boolean conjunction) {
        if (parts.length == 1) {
            return parts[0].evaluate(ctx);
        }
        Evaluation[] results = new Evaluation[parts.length];
        Outcome outcome = conjunction ? Outcome.PASS : Outcome.FAIL;
        for (int i = 0; i < parts.length; i++) {
            results[i] = parts[i].evaluate(ctx);
            outcome = conjunction ? outcome.and(results[i].outcome()) : outcome.or(results[i].outcome());
        }
        boolean everyPart = conjunction ? outcome == Outcome.PASS : outcome == Outcome.FAIL;
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Evaluation e : results) {
            if (everyPart || e.outcome() == outcome) {
                if (zh.length() > 0) {
                    zh.append('；');
                    en.append("; ");
                }
                zh.append(e.because().zh());
                en.append(e.because().en());
            }
        }
        return Evaluation.of(outcome, zh.toString(), en.toString());
    }

    /** "a university", "an enterprise": the English indefinite article by the first letter. */
    static String article(String noun) {
        if (noun.isEmpty()) {
            return noun;
        }
        char c = Character.toLowerCase(noun.charAt(0));
        boolean vowel = (c == 'a' || c == 'e' || c == 'i' || c == 'o') && !noun.startsWith("one");
        return (vowel ? "an " : "a ") + noun;
    }

    // ---------------------------------------------------------------- the lead

    /** The lead is of the kind. */
    public static Condition leadKind(UnitKind kind) {
        return ctx -> {
            UnitKind actual = ctx.lead().kind();
            return actual == kind
                    ? Evaluation.of(Outcome.PASS, "牵头单位为" + kind.label().zh(), "the lead is " + article(kind.label().en()))
                    : Evaluation.of(Outcome.FAIL, "牵头单位为" + actual.label().zh() + "，不是" + kind.label().zh(),
                            "the lead is " + article(actual.label().en()) + ", not " + article(kind.label().en()));
        };
    }

    /** The lead is registered in the region. */
    public static Condition leadRegisteredIn(Region region) {
        return ctx -> {
            Member lead = ctx.lead();
            return lead.registeredWithin(region)
                    ? Evaluation.of(Outcome.PASS, "牵头单位注册地 " + lead.registeredIn() + " 在" + region.name().zh() + "内",
                            "the lead is registered in " + lead.registeredIn() + ", within " + region.name().en())
                    : Evaluation.of(Outcome.FAIL, "牵头单位注册地 " + lead.registeredIn() + " 不在" + region.name().zh() + "（" + region.prefix() + "）内",
                            "the lead is registered in " + lead.registeredIn() + ", outside " + region.name().en() + " (" + region.prefix() + ")");
        };
    }

    /** The lead has every one of the traits. */
    public static Condition leadTrait(Trait... traits) {
        return all(Arrays.stream(traits).map(t -> fact(t, ctx -> ctx.lead().trait(t), "牵头单位", "the lead")).toList());
    }

    /** The lead is attested to meet every one of the criteria. */
    public static Condition leadAttests(Attestation... criteria) {
        return all(Arrays.stream(criteria).map(a -> fact(a, ctx -> ctx.lead().attests(a), "牵头单位", "the lead")).toList());
    }

    /** Every one of the governance items is in place. */
    public static Condition governance(GovernanceItem... items) {
        return all(Arrays.stream(items).map(g -> fact(g, ctx -> ctx.profile().has(g), "联合体", "the consortium")).toList());
    }

    private static Condition fact(FactKey key, Function<Context, Outcome> value, String whoZh, String whoEn) {
        return ctx -> {
            Outcome o = value.apply(ctx);
            String zh = switch (o) {
                case PASS -> whoZh + "：" + key.label().zh() + " — 是";
                case FAIL -> whoZh + "：" + key.label().zh() + " — 否";
                case UNKNOWN -> whoZh + "：" + key.label().zh() + " — 未填报（" + key.key() + "）";
            };
            String en = switch (o) {
                case PASS -> whoEn + ": " + key.label().en() + " — yes";
                case FAIL -> whoEn + ": " + key.label().en() + " — no";
                case UNKNOWN -> whoEn + ": " + key.label().en() + " — not stated (" + key.key() + ")";
            };
            return Evaluation.of(o, zh, en);
        };
    }

    /**
     * The lead has a platform of one of the levels and, when types are given, of one of the
     * types. Platform lists are complete, so the outcome is always known.
     */
    public static Condition leadPlatform(Set<PlatformLevel> levels, Set<PlatformType> types) {
        Set<PlatformLevel> lv = EnumSet.copyOf(levels);
        Set<PlatformType> ty = types.isEmpty() ? EnumSet.allOf(PlatformType.class) : EnumSet.copyOf(types);
        String wantZh = lv.stream().map(l -> l.label().zh()).collect(Collectors.joining("、"))
                + (types.isEmpty() ? "创新平台" : ty.stream().map(t -> t.label().zh()).collect(Collectors.joining("、")));
        String wantEn = lv.stream().map(l -> l.label().en()).collect(Collectors.joining(", ")) + " "
                + (types.isEmpty() ? "platform" : ty.stream().map(t -> t.label().en()).collect(Collectors.joining(", ")));
        return ctx -> {
            Optional<Platform> match = ctx.lead().platforms().stream()
                    .filter(p -> lv.contains(p.level()) && ty.contains(p.type())).findFirst();
            if (match.isPresent()) {
                Platform p = match.get();
                String name = p.name().isEmpty() ? "" : "“" + p.name() + "”";
                return Evaluation.of(Outcome.PASS,
                        "牵头单位建有" + p.level().label().zh() + p.type().label().zh() + name,
                        "the lead has " + article(p.level().label().en() + " " + p.type().label().en()) + (p.name().isEmpty() ? "" : " (" + p.name() + ")"));
            }
            int n = ctx.lead().platforms().size();
            return Evaluation.of(Outcome.FAIL,
                    "牵头单位的 " + n + " 个平台中没有" + wantZh,
                    "none of the lead's " + n + " platform(s) is " + article(wantEn));
        };
    }

    /** A whole-number fact of the lead is at least the bound; unknown when not given. */
    public static Condition leadAtLeast(Text what, Function<Member, Optional<Integer>> fact, int bound) {
        return ctx -> fact.apply(ctx.lead())
                .map(v -> Evaluation.of(Outcome.of(v >= bound),
                        "牵头单位" + what.zh() + " " + v + "，要求不少于 " + bound,
                        "the lead's " + what.en() + " is " + v + "; at least " + bound + " required"))
                .orElse(Evaluation.of(Outcome.UNKNOWN, "牵头单位" + what.zh() + "未填报", "the lead's " + what.en() + " is not stated"));
    }

    // ---------------------------------------------------------------- counting

    /** The population has at least {@code bound} members (always known). */
    public static Condition memberCount(Population population, int bound) {
        return ctx -> {
            int n = population.members(ctx).size();
            Text pop = population.label(ctx);
            return Evaluation.of(Outcome.of(n >= bound),
                    pop.zh() + "共 " + n + " 个，要求不少于 " + bound + " 个",
                    n + " " + pop.en() + "; at least " + bound + " required");
        };
    }

    /** Tally of a member test over a population. */
    public record Tally(int qualify, int unknown, int total) {
        /** At least {@code bound} qualify, with unknowns per contract §1. */
        public Outcome atLeast(int bound) {
            if (qualify >= bound) {
                return Outcome.PASS;
            }
            return qualify + unknown < bound ? Outcome.FAIL : Outcome.UNKNOWN;
        }

        /**
         * At least {@code percent}% of the population qualify, with unknowns per contract §1.
         * An empty population has no share and fails.
         */
        public Outcome shareAtLeast(int percent) {
            if (total == 0) {
                return Outcome.FAIL;
            }
            if ((long) qualify * 100 >= (long) percent * total) {
                return Outcome.PASS;
            }
            return (long) (qualify + unknown) * 100 < (long) percent * total ? Outcome.FAIL : Outcome.UNKNOWN;
        }
    }

    /** Counts how many members of the population pass, fail and are unknown for the test. */
    public static Tally tally(List<Member> members, MemberTest test, Context ctx) {
        int yes = 0;
        int unknown = 0;
        for (Member m : members) {
            Outcome o = test.test(m, ctx);
            if (o == Outcome.PASS) {
                yes++;
            } else if (o == Outcome.UNKNOWN) {
                unknown++;
            }
        }
        return new Tally(yes, unknown, members.size());
    }

    private static String unknownZh(Tally t) {
        return t.unknown() == 0 ? "" : "、" + t.unknown() + " 个情况不明";
    }

    private static String unknownEn(Tally t) {
        return t.unknown() == 0 ? "" : " (" + t.unknown() + " unknown)";
    }

    /** At least {@code bound} members of the population pass the test. */
    public static Condition countAtLeast(Population population, MemberTest test, int bound) {
        return ctx -> {
            Tally t = tally(population.members(ctx), test, ctx);
            Text pop = population.label(ctx);
            return Evaluation.of(t.atLeast(bound),
                    pop.zh() + "中" + test.label().zh() + "的有 " + t.qualify() + " 个" + unknownZh(t) + "，要求不少于 " + bound + " 个",
                    t.qualify() + " of the " + pop.en() + " are " + test.label().en() + unknownEn(t) + "; at least " + bound + " required");
        };
    }

    /** At least {@code percent}% of the population pass the test. */
    public static Condition shareAtLeast(Population population, MemberTest test, int percent) {
        return ctx -> {
            Tally t = tally(population.members(ctx), test, ctx);
            Text pop = population.label(ctx);
            return Evaluation.of(t.shareAtLeast(percent),
                    pop.zh() + "共 " + t.total() + " 个，其中" + test.label().zh() + "的 " + t.qualify() + " 个" + unknownZh(t)
                            + "，要求占比不低于 " + percent + "%",
                    t.qualify() + " of " + t.total() + " " + pop.en() + " are " + test.label().en() + unknownEn(t)
                            + "; at least " + percent + "% required");
        };
    }

    /** Some member of the population passes the test. */
    public static Condition some(Population population, MemberTest test) {
        return ctx -> {
            Tally t = tally(population.members(ctx), test, ctx);
            Text pop = population.label(ctx);
            return Evaluation.of(t.atLeast(1),
                    pop.zh() + "中" + test.label().zh() + "的有 " + t.qualify() + " 个" + unknownZh(t),
                    t.qualify() + " of the " + pop.en() + " are " + test.label().en() + unknownEn(t));
        };
    }

    /**
     * Every member of the population that passes {@code which} (a test whose outcome is always
     * known, such as a kind) also passes {@code test}. PASS when there is no such member.
     */
    public static Condition every(Population population, MemberTest which, MemberTest test) {
        return ctx -> {
            List<Member> chosen = population.members(ctx).stream().filter(m -> which.test(m, ctx) == Outcome.PASS).toList();
            if (chosen.isEmpty()) {
                return Evaluation.of(Outcome.PASS, "成员中没有" + which.label().zh() + "，本项不适用",
                        "no member is " + article(which.label().en()) + "; nothing to check");
            }
            Outcome o = Outcome.all(chosen.stream().map(m -> test.test(m, ctx)).toList());
            List<String> failing = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (Member m : chosen) {
                Outcome mo = test.test(m, ctx);
                if (mo == Outcome.FAIL) {
                    failing.add(m.id());
                } else if (mo == Outcome.UNKNOWN) {
                    unknown.add(m.id());
                }
            }
            String zh = chosen.size() + " 个" + which.label().zh() + "中"
                    + (failing.isEmpty() ? "" : "，不符合“" + test.label().zh() + "”的：" + String.join("、", failing))
                    + (unknown.isEmpty() ? "" : "，情况不明的：" + String.join("、", unknown))
                    + (failing.isEmpty() && unknown.isEmpty() ? "均" + test.label().zh() : "");
            String en = "of " + chosen.size() + " " + which.label().en() + " member(s), "
                    + (failing.isEmpty() && unknown.isEmpty() ? "all have " + test.label().en() : "")
                    + (failing.isEmpty() ? "" : "lacking " + test.label().en() + ": " + String.join(", ", failing))
                    + (!failing.isEmpty() && !unknown.isEmpty() ? "; " : "")
                    + (unknown.isEmpty() ? "" : "not stated: " + String.join(", ", unknown));
            return Evaluation.of(o, zh, en);
        };
    }

    // ---------------------------------------------------------------- the consortium

    /** The profile's field is one of the listed fields (exact match); unknown when no field is given. */
    public static Condition fieldIn(List<String> fields) {
        List<String> copy = List.copyOf(fields);
        String list = String.join("、", copy);
        return ctx -> ctx.profile().field()
                .map(f -> copy.contains(f.strip())
                        ? Evaluation.of(Outcome.PASS, "领域“" + f + "”在所列领域中", "the field \"" + f + "\" is one of those listed")
                        : Evaluation.of(Outcome.FAIL, "领域“" + f + "”不在所列领域（" + list + "）中",
                                "the field \"" + f + "\" is not among " + list))
                .orElse(Evaluation.of(Outcome.UNKNOWN, "未填报产业领域（field）", "the profile states no field"));
    }

    // ---------------------------------------------------------------- the registry (⊕)

    /** The jurisdiction the registry is restricted to under reading R6, if its alternative is chosen. */
    private static Optional<String> scope(Context ctx) {
        return ctx.alternative(Reading.R6) ? Optional.of(ctx.jurisdiction()) : Optional.empty();
    }

    /**
     * The lead is not barred on the reference date by a sanction in the registry (imposed in any
     * jurisdiction, or only in the assessing one under reading R6's alternative). Needs a registry.
     */
    public static Condition leadNotBarred() {
        return ctx -> {
            if (ctx.registry().isEmpty()) {
                return Evaluation.of(Outcome.UNKNOWN, "未提供登记册", "no registry was supplied");
            }
            List<Sanction> against = ctx.registry().get().sanctionsAgainst(ctx.lead(), scope(ctx), ctx.asOf());
            if (against.isEmpty()) {
                return Evaluation.of(Outcome.PASS, "登记册中牵头单位在 " + ctx.asOf() + " 无有效限制",
                        "the registry has no sanction against the lead in force on " + ctx.asOf());
            }
            Sanction s = against.get(0);
            return Evaluation.of(Outcome.FAIL,
                    "牵头单位自 " + s.from() + " 起 " + s.years() + " 年内（至 " + s.until() + "）不得牵头组建（" + s.reason()
                            + "，" + s.jurisdiction() + "）",
                    "the lead is barred from " + s.from() + " for " + s.years() + " years, until " + s.until() + " ("
                            + s.reason() + ", " + s.jurisdiction() + ")");
        };
    }

    /**
     * The lead leads no other active consortium (anywhere, or only in the assessing jurisdiction
     * under reading R6's alternative). Needs a registry.
     */
    public static Condition leadLeadsNoOther() {
        return ctx -> {
            if (ctx.registry().isEmpty()) {
                return Evaluation.of(Outcome.UNKNOWN, "未提供登记册", "no registry was supplied");
            }
            List<RegisteredConsortium> led = ctx.registry().get().ledBy(ctx.lead(), scope(ctx), ctx.profile().name());
            if (led.isEmpty()) {
                return Evaluation.of(Outcome.PASS, "登记册中牵头单位未牵头其他联合体",
                        "the registry shows the lead leading no other consortium");
            }
            String names = led.stream().map(RegisteredConsortium::name).collect(Collectors.joining("、"));
            return Evaluation.of(Outcome.FAIL, "牵头单位已牵头：" + names, "the lead already leads: " + names);
        };
    }
}
