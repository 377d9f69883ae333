package io.consortia.kernel.explain;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.registry.RegisteredConsortium;
import io.consortia.kernel.rule.Evidence;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes what a finding established in Chinese and English, from its {@link Evidence}: the edge
 * where data becomes prose. Nothing here runs while assessing; output calls it.
 */
public final class Explain {

    private Explain() {}

    /**
     * Why evidence led to an outcome.
     *
     * @param leadId the lead's member id, so that the lead is called the lead
     */
    public static Text because(Outcome outcome, Evidence e, String leadId) {
        return new Explain.Writer(leadId).write(outcome, e);
    }

    /** What a member test asks, as a noun phrase: "企业且规上工业企业" / "enterprise and above-designated-size industrial enterprise". */
    public static Text describe(MemberTest t) {
        if (t instanceof MemberTest.Anyone) {
            return Text.of("成员单位", "member unit");
        }
        if (t instanceof MemberTest.Kind k) {
            return join(k.kinds(), UnitKind::label, "或", " or ");
        }
        if (t instanceof MemberTest.Fact f) {
            return f.fact().label();
        }
        if (t instanceof MemberTest.RegisteredIn r) {
            return Text.of("在" + r.region().name().zh() + "注册", "registered in " + r.region().name().en());
        }
        if (t instanceof MemberTest.PresentIn r) {
            return Text.of("在" + r.region().name().zh() + "注册或驻区", "registered or stationed in " + r.region().name().en());
        }
        if (t instanceof MemberTest.Placed p) {
            Text where = join(p.positions(), ChainPosition::label, "或", " or ");
            return Text.of("处于产业链" + where.zh(), "placed " + where.en() + " in the chain");
        }
        if (t instanceof MemberTest.And a) {
            return join(a.parts(), Explain::describe, "且", " and ");
        }
        if (t instanceof MemberTest.Or o) {
            return join(o.parts(), Explain::describe, "或", " or ");
        }
        if (t instanceof MemberTest.ByReading b) {
            return describe(b.byDefault()).concat("（或按解读）", " (or as the reading says)", describe(b.alternative()));
        }
        throw new IllegalArgumentException(String.valueOf(t));
    }

    /** The population a tally counted. */
    public static Text population(boolean leadIncluded) {
        return leadIncluded ? Text.of("成员单位（含牵头单位）", "member units (lead included)")
                : Text.of("牵头单位以外的成员单位", "member units other than the lead");
    }

    public static <T> Text join(Collection<T> items, Function<T, Text> label, String zhSep, String enSep) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (T item : items) {
            Text t = label.apply(item);
            zh.add(t.zh());
            en.add(t.en());
        }
        return Text.of(String.join(zhSep, zh), String.join(enSep, en));
    }

    /** The indefinite article by the first letter: "a university", "an enterprise". */
    static String article(String noun) {
        if (noun.isEmpty()) {
            return noun;
        }
        char c = Character.toLowerCase(noun.charAt(0));
        boolean vowel = (c == 'a' || c == 'e' || c == 'i' || c == 'o') && !noun.startsWith("one");
        return (vowel ? "an " : "a ") + noun;
    }

    private static final class Writer {
        private final String leadId;

        Writer(String leadId) {
            this.leadId = leadId;
        }

        Text who(String member) {
            return member.equals(leadId) ? Text.of("牵头单位", "the lead") : Text.of("成员 " + member, "member " + member);
        }

        Text whose(String member) {
            return member.equals(leadId) ? Text.of("牵头单位", "the lead's") : Text.of("成员 " + member + " ", "member " + member + "'s");
        }

        Text write(Outcome outcome, Evidence e) {
            if (e instanceof Evidence.AllOf a) {
                return parts(outcome, a.parts(), true);
            }
            if (e instanceof Evidence.AnyOf a) {
                return parts(outcome, a.parts(), false);
            }
            if (e instanceof Evidence.Implied i) {
                if (i.b().outcome() == Outcome.PASS && i.a().outcome() != Outcome.PASS) {
                    return write(i.b().outcome(), i.b().evidence());
                }
                if (outcome == Outcome.PASS || outcome == Outcome.FAIL && i.b().outcome() == Outcome.FAIL) {
                    return i.a().outcome() == outcome && i.b().outcome() != Outcome.PASS
                            ? write(i.a().outcome(), i.a().evidence()).concat("；", "; ", write(i.b().outcome(), i.b().evidence()))
                            : write(i.a().outcome(), i.a().evidence());
                }
                return write(i.a().outcome(), i.a().evidence()).concat("；", "; ", write(i.b().outcome(), i.b().evidence()));
            }
            if (e instanceof Evidence.Permission p) {
                Text inner = write(p.used().outcome(), p.used().evidence());
                String zh = p.used().outcome() == Outcome.PASS ? "可以（已采用）：" : p.used().outcome() == Outcome.FAIL ? "可以（未采用，不影响结论）：" : "可以（是否采用不明，不影响结论）：";
                String en = p.used().outcome() == Outcome.PASS ? "permitted, and used: " : p.used().outcome() == Outcome.FAIL
                        ? "permitted, not used (no effect on the verdict): " : "permitted; whether used is not stated (no effect on the verdict): ";
                return Text.of(zh + inner.zh(), en + inner.en());
            }
            if (e instanceof Evidence.Fact f) {
                return fact(f);
            }
            if (e instanceof Evidence.Kind k) {
                Text want = join(k.required(), UnitKind::label, "或", " or ");
                Text w = who(k.member());
                return k.required().contains(k.actual())
                        ? Text.of(w.zh() + "为" + k.actual().label().zh(), w.en() + " is " + article(k.actual().label().en()))
                        : Text.of(w.zh() + "为" + k.actual().label().zh() + "，不是" + want.zh(),
                                w.en() + " is " + article(k.actual().label().en()) + ", not " + article(want.en()));
            }
            if (e instanceof Evidence.Location l) {
                return location(l);
            }
            if (e instanceof Evidence.Placement p) {
                Text w = who(p.member());
                if (p.position().isEmpty()) {
                    return Text.of(w.zh() + "未填报产业链位置（chainPosition）", w.en() + " states no chainPosition");
                }
                ChainPosition c = p.position().get();
                return p.required().contains(c)
                        ? Text.of(w.zh() + "处于产业链" + c.label().zh(), w.en() + " is placed " + c.label().en())
                        : Text.of(w.zh() + "：" + c.label().zh() + "，不计入", w.en() + " is " + c.label().en() + ", which does not count");
            }
            if (e instanceof Evidence.Count c) {
                return count(c);
            }
            if (e instanceof Evidence.Share s) {
                return share(s);
            }
            if (e instanceof Evidence.Some s) {
                Evidence.Tally t = s.tally();
                Text pop = population(t.leadIncluded());
                Text test = describe(t.test());
                return t.qualifying().isEmpty()
                        ? Text.of(pop.zh() + "中没有" + test.zh() + unknownNote(t.unknown()).zh(),
                                "none of the " + pop.en() + " is " + article(test.en()) + unknownNote(t.unknown()).en())
                        : Text.of(pop.zh() + "中" + test.zh() + "：" + ids(t.qualifying()),
                                test.en() + " among the " + pop.en() + ": " + idsEn(t.qualifying()));
            }
            if (e instanceof Evidence.Every ev) {
                return every(ev);
            }
            if (e instanceof Evidence.Spread s) {
                return spread(s);
            }
            if (e instanceof Evidence.Platforms p) {
                return platforms(p);
            }
            if (e instanceof Evidence.Number n) {
                Text w = whose(n.member());
                if (n.value().isEmpty()) {
                    return Text.of(w.zh() + n.fact().label().zh() + "未填报（" + n.fact().key() + "）",
                            w.en() + " " + n.fact().label().en() + " is not stated (" + n.fact().key() + ")");
                }
                return Text.of(w.zh() + n.fact().label().zh() + " " + n.value().get() + "，要求不少于 " + n.required(),
                        w.en() + " " + n.fact().label().en() + " is " + n.value().get() + "; at least " + n.required() + " required");
            }
            if (e instanceof Evidence.Field f) {
                String list = String.join("、", f.fields());
                if (f.field().isEmpty()) {
                    return Text.of("未填报产业领域（field）", "the profile states no field");
                }
                String field = f.field().get();
                return f.fields().contains(field.strip())
                        ? Text.of("领域“" + field + "”在所列领域中", "the field \"" + field + "\" is one of those listed")
                        : Text.of("领域“" + field + "”不在所列领域（" + list + "）中", "the field \"" + field + "\" is not among " + list);
            }
            if (e instanceof Evidence.RdIntensity r) {
                return rd(r);
            }
            if (e instanceof Evidence.Bars b) {
                return bars(b);
            }
            if (e instanceof Evidence.OtherConsortia o) {
                if (o.led().isEmpty()) {
                    return Text.of("登记册中牵头单位未牵头本计划其他联合体", "the registry shows the lead leading no other consortium of the programme");
                }
                String names = String.join("、", o.led().stream().map(RegisteredConsortium::name).toList());
                return Text.of("牵头单位已牵头：" + names, "the lead already leads: " + names);
            }
            if (e instanceof Evidence.Custom c) {
                return c.summary();
            }
            throw new IllegalArgumentException(String.valueOf(e));
        }

        /** The parts that decided a composite: all when it passes (a conjunction) or fails (a disjunction), else those like it. */
        private Text parts(Outcome outcome, List<Evidence.Part> parts, boolean conjunction) {
            if (parts.isEmpty()) {
                return Text.of("无需满足任何条件", "nothing to meet");
            }
            boolean everyPart = conjunction ? outcome == Outcome.PASS : outcome == Outcome.FAIL;
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (Evidence.Part p : parts) {
                if (everyPart || p.outcome() == outcome) {
                    Text t = write(p.outcome(), p.evidence());
                    if (zh.length() > 0) {
                        zh.append('；');
                        en.append("; ");
                    }
                    zh.append(t.zh());
                    en.append(t.en());
                }
            }
            return Text.of(zh.toString(), en.toString());
        }

        private Text fact(Evidence.Fact f) {
            FactKey key = f.fact();
            Text w = f.member().map(this::who).orElse(Text.of("联合体", "the consortium"));
            String section = key instanceof GovernanceItem ? "governance." : key instanceof io.consortia.kernel.profile.Attestation ? "attested." : "";
            return switch (f.value()) {
                case PASS -> Text.of(w.zh() + "：" + key.label().zh() + " — 是", w.en() + ": " + key.label().en() + " — yes");
                case FAIL -> Text.of(w.zh() + "：" + key.label().zh() + " — 否", w.en() + ": " + key.label().en() + " — no");
                case UNKNOWN -> Text.of(w.zh() + "：" + key.label().zh() + " — 未填报（" + section + key.key() + "）",
                        w.en() + ": " + key.label().en() + " — not stated (" + section + key.key() + ")");
            };
        }

        private Text location(Evidence.Location l) {
            Text w = who(l.member());
            String region = l.region().name().zh();
            String regionEn = l.region().name().en();
            if (!l.stationsCount()) {
                return l.within()
                        ? Text.of(w.zh() + "注册地 " + l.registeredIn() + " 在" + region + "内", w.en() + " is registered in " + l.registeredIn() + ", within " + regionEn)
                        : Text.of(w.zh() + "注册地 " + l.registeredIn() + " 不在" + region + "（" + l.region().prefix() + "）内",
                                w.en() + " is registered in " + l.registeredIn() + ", outside " + regionEn + " (" + l.region().prefix() + ")");
            }
            return l.within()
                    ? Text.of(w.zh() + "在" + region + "注册或驻区", w.en() + " is registered or stationed in " + regionEn)
                    : Text.of(w.zh() + "既不在" + region + "注册也不驻区", w.en() + " is neither registered nor stationed in " + regionEn);
        }

        private static String ids(List<String> ids) {
            return String.join("、", ids);
        }

        private static String idsEn(List<String> ids) {
            return String.join(", ", ids);
        }

        /** A note on the members whose outcome is unknown, in both languages; empty strings when there are none. */
        private record Note(String zh, String en) {}

        private Note unknownNote(List<String> unknown) {
            return unknown.isEmpty() ? new Note("", "")
                    : new Note("，" + unknown.size() + " 个情况不明（" + ids(unknown) + "）", " (" + unknown.size() + " unknown: " + idsEn(unknown) + ")");
        }

        private Text count(Evidence.Count c) {
            Evidence.Tally t = c.tally();
            Text pop = population(t.leadIncluded());
            if (t.test() instanceof MemberTest.Anyone) {
                return Text.of(pop.zh() + "共 " + t.size() + " 个，要求不少于 " + c.required() + " 个",
                        t.size() + " " + pop.en() + "; at least " + c.required() + " required");
            }
            Text test = describe(t.test());
            Note unknown = unknownNote(t.unknown());
            return Text.of(pop.zh() + "中" + test.zh() + "的有 " + t.qualifying().size() + " 个" + (t.qualifying().isEmpty() ? "" : "（" + ids(t.qualifying()) + "）")
                            + unknown.zh() + "，要求不少于 " + c.required() + " 个",
                    t.qualifying().size() + " of the " + pop.en() + " " + (t.qualifying().size() == 1 ? "is " : "are ") + test.en()
                            + (t.qualifying().isEmpty() ? "" : " (" + idsEn(t.qualifying()) + ")") + unknown.en()
                            + "; at least " + c.required() + " required");
        }

        private Text share(Evidence.Share s) {
            Evidence.Tally t = s.tally();
            Text pop = population(t.leadIncluded());
            Text test = describe(t.test());
            Note unknown = unknownNote(t.unknown());
            String actual = t.size() == 0 ? "" : BigDecimal.valueOf(t.qualifying().size() * 100L)
                    .divide(BigDecimal.valueOf(t.size()), 1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "%";
            return Text.of(pop.zh() + "共 " + t.size() + " 个，其中" + test.zh() + "的 " + t.qualifying().size() + " 个"
                            + (t.size() == 0 ? "" : "（占 " + actual + "）") + unknown.zh() + "，要求占比不低于 " + Money.percent(s.required()),
                    t.qualifying().size() + " of " + t.size() + " " + pop.en() + " are " + test.en()
                            + (t.size() == 0 ? "" : " (" + actual + ")") + unknown.en() + "; at least " + Money.percent(s.required()) + " required");
        }

        private Text every(Evidence.Every ev) {
            Evidence.Tally t = ev.tally();
            Text which = describe(ev.which());
            Text test = describe(t.test());
            if (t.population().isEmpty()) {
                return Text.of((t.leadIncluded() ? "成员" : "牵头单位以外的成员") + "中没有" + which.zh() + "，本项不适用",
                        "no " + (t.leadIncluded() ? "member" : "member other than the lead") + " is " + article(which.en()) + "; nothing to check");
            }
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (!t.failing().isEmpty()) {
                zh.add(which.zh() + "中 " + ids(t.failing()) + " 不满足：" + test.zh());
                en.add("not met by " + idsEn(t.failing()) + ": " + test.en());
            }
            if (!t.unknown().isEmpty()) {
                zh.add(which.zh() + "中 " + ids(t.unknown()) + " 未填报：" + test.zh());
                en.add("not stated for " + idsEn(t.unknown()) + ": " + test.en());
            }
            if (zh.isEmpty()) {
                return Text.of(which.zh() + "（" + ids(t.qualifying()) + "）均满足：" + test.zh(),
                        "every " + which.en() + " (" + idsEn(t.qualifying()) + ") meets: " + test.en());
            }
            return Text.of(String.join("；", zh), String.join("; ", en));
        }

        private Text spread(Evidence.Spread s) {
            List<ChainPosition> missing = new ArrayList<>();
            for (ChainPosition c : ChainPosition.values()) {
                if (c.inChain() && !s.present().contains(c)) {
                    missing.add(c);
                }
            }
            Text present = s.present().isEmpty() ? Text.of("无", "none") : join(s.present(), ChainPosition::label, "、", ", ");
            Text absent = missing.isEmpty() ? Text.of("无", "none") : join(missing, ChainPosition::label, "、", ", ");
            String unplacedZh = s.unplaced().isEmpty() ? "" : "；未填报产业链位置的企业：" + ids(s.unplaced());
            String unplacedEn = s.unplaced().isEmpty() ? "" : "; enterprises stating no chainPosition: " + idsEn(s.unplaced());
            return Text.of("企业成员覆盖的环节：" + present.zh() + "；缺少：" + absent.zh() + unplacedZh + "；要求覆盖 " + s.required() + " 个环节",
                    "enterprise members cover: " + present.en() + "; missing: " + absent.en() + unplacedEn + "; " + s.required()
                            + " of upstream, midstream, downstream required");
        }

        private Text platforms(Evidence.Platforms p) {
            Text w = who(p.member());
            if (p.match().isPresent()) {
                Platform x = p.match().get();
                return Text.of(w.zh() + "建有" + platform(x).zh(), w.en() + " has " + article(platform(x).en()));
            }
            if (p.like().isPresent()) {
                Platform x = p.like().get();
                return Text.of(w.zh() + "建有" + platform(x).zh() + "，是否属于所列“等创新载体”需人工判断",
                        w.en() + " has " + article(platform(x).en()) + "; whether it is a like carrier (\"等创新载体\") needs a human decision");
            }
            Text levels = join(p.levels(), PlatformLevel::label, "、", ", ");
            Text types = p.types().isEmpty() ? Text.of("创新平台", "platform") : join(p.types(), PlatformType::label, "、", ", ");
            int n = p.platforms().size();
            return Text.of(w.zh() + "的 " + n + " 个平台中没有" + levels.zh() + types.zh(),
                    "none of " + whose(p.member()).en() + " " + n + " platform(s) is " + article(levels.en() + " " + types.en()));
        }

        private static Text platform(Platform x) {
            String type = x.type().map(t -> t.label().zh()).orElse("平台（类型未填报）");
            String typeEn = x.type().map(t -> t.label().en()).orElse("platform (type not stated)");
            return Text.of(x.level().label().zh() + type + (x.name().isEmpty() ? "" : "“" + x.name() + "”"),
                    x.level().label().en() + " " + typeEn + (x.name().isEmpty() ? "" : " (" + x.name() + ")"));
        }

        private Text rd(Evidence.RdIntensity r) {
            String how = String.join("、", r.readings());
            String howEn = String.join(", ", r.readings());
            String span = r.years().isEmpty() ? "" : r.years().get(0) + "–" + r.years().get(r.years().size() - 1);
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (int y : r.years()) {
                FiscalYear f = r.figures().get(y);
                String rdZh = f == null || f.rdExpense().isEmpty() ? "未填报" : Money.zh(f.rdExpense().get());
                String revZh = f == null || f.revenue().isEmpty() ? "未填报" : Money.zh(f.revenue().get());
                String rdEn = f == null || f.rdExpense().isEmpty() ? "not stated" : Money.en(f.rdExpense().get());
                String revEn = f == null || f.revenue().isEmpty() ? "not stated" : Money.en(f.revenue().get());
                zh.add(y + "年研发费用 " + rdZh + "、营收 " + revZh);
                en.add(y + ": R&D " + rdEn + ", revenue " + revEn);
            }
            String shareZh = r.eachYear() ? "每年研发费用占当年营收比例不低于" + Money.percent(r.share()) : span + "年研发费用合计占营收合计比例不低于" + Money.percent(r.share());
            String shareEn = r.eachYear() ? "each year's R&D at least " + Money.percent(r.share()) + " of that year's revenue"
                    : "R&D summed over " + span + " at least " + Money.percent(r.share()) + " of revenue summed";
            String amountZh = r.window() ? (r.eachYear() ? span + "年每年研发费用不低于" : span + "年年均研发费用不低于") + Money.zh(r.amount())
                    : r.years().isEmpty() ? "" : r.years().get(r.years().size() - 1) + "年研发费用不低于" + Money.zh(r.amount());
            String amountEn = r.window() ? (r.eachYear() ? "R&D in each of " + span + " at least " : "average annual R&D over " + span + " at least ") + Money.en(r.amount())
                    : r.years().isEmpty() ? "" : "R&D in " + r.years().get(r.years().size() - 1) + " at least " + Money.en(r.amount());
            return Text.of(String.join("；", zh) + "。比例：" + shareZh + " — " + verdictZh(r.sharePart()) + "；金额：" + amountZh + " — "
                            + verdictZh(r.amountPart()) + "（按解读 " + how + " 计算，非原文规定）",
                    String.join("; ", en) + ". Share: " + shareEn + " — " + verdictEn(r.sharePart()) + "; amount: " + amountEn + " — "
                            + verdictEn(r.amountPart()) + " (computed as readings " + howEn + " say, not the text itself)");
        }

        private static String verdictZh(Outcome o) {
            return switch (o) {
                case PASS -> "满足";
                case FAIL -> "不满足";
                case UNKNOWN -> "无法判断（数据缺失）";
            };
        }

        private static String verdictEn(Outcome o) {
            return switch (o) {
                case PASS -> "met";
                case FAIL -> "not met";
                case UNKNOWN -> "cannot tell (figures missing)";
            };
        }

        private Text bars(Evidence.Bars b) {
            String scopeZh = b.scope().map(s -> "（仅计 " + s + " 作出的禁止）").orElse("（计入所有地区的禁止）");
            String scopeEn = b.scope().map(s -> " (bars imposed under " + s + " only)").orElse(" (bars of every jurisdiction)");
            if (b.hits().isEmpty()) {
                return Text.of("登记册中牵头单位和核心层成员在 " + b.on() + " 均无有效禁止" + scopeZh,
                        "the registry has no bar in force on " + b.on() + " against the lead or a core member" + scopeEn);
            }
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (Evidence.BarHit h : b.hits()) {
                String roleZh = switch (h.role()) {
                    case "LEAD" -> "牵头单位";
                    case "CORE" -> "核心层成员 " + h.member();
                    case "NOT_CORE" -> "非核心层成员 " + h.member() + "（允许）";
                    default -> "成员 " + h.member() + "（未填报是否核心层 core）";
                };
                String roleEn = switch (h.role()) {
                    case "LEAD" -> "the lead";
                    case "CORE" -> "core member " + h.member();
                    case "NOT_CORE" -> "member " + h.member() + ", not core (allowed)";
                    default -> "member " + h.member() + " (core not stated)";
                };
                zh.add(roleZh + "自 " + h.sanction().from() + " 起 " + h.sanction().years() + " 年内不得牵头组建或作为核心层参与（至 " + h.lastDay()
                        + "，" + h.sanction().reason() + "，" + h.sanction().jurisdiction() + "）");
                en.add(roleEn + " is barred from " + h.sanction().from() + " for " + h.sanction().years() + " years, to " + h.lastDay()
                        + " inclusive (" + h.sanction().reason() + ", " + h.sanction().jurisdiction() + ")");
            }
            return Text.of(String.join("；", zh) + scopeZh, String.join("; ", en) + scopeEn);
        }
    }

    /** An optional value's text or a placeholder. */
    static String or(Optional<String> value, String otherwise) {
        return value.orElse(otherwise);
    }
}
