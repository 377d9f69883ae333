package io.consortia.kernel.gap;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.jurisdiction.AssessmentOptions;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.rule.Evidence;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.Test;
import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans what stands between a profile and ELIGIBLE, from the evidence of its findings: each
 * binding rule that fails or is unknown proposes the changes that would meet it (state a fact,
 * make it true, place a member in the chain, add members that qualify, raise a figure, replace the
 * lead); proposals for the same thing are merged; then the changed profile is assessed again, and
 * again for what adding members disturbed, until it is ELIGIBLE or no change helps. Pure.
 *
 * @since 0.2
 */
public final class GapPlanner {

    /** How many rounds of "assess, propose, apply" before giving up. */
    private static final int ROUNDS = 6;

    private final Jurisdiction jurisdiction;
    private final AssessmentOptions options;

    private GapPlanner(Jurisdiction jurisdiction, AssessmentOptions options) {
        this.jurisdiction = jurisdiction;
        this.options = options;
    }

    /** The plan for a profile in a jurisdiction. */
    public static GapPlan plan(Jurisdiction jurisdiction, Profile profile, AssessmentOptions options) {
        return new GapPlanner(jurisdiction, options).plan(profile);
    }

    private GapPlan plan(Profile profile) {
        Assessment first = jurisdiction.assess(profile, options);
        List<Change> plan = new ArrayList<>();
        Profile current = profile;
        Assessment a = first;
        int added = 0;
        for (int round = 0; round < ROUNDS && a.verdict() != Verdict.ELIGIBLE; round++) {
            List<Change> proposed = new ArrayList<>();
            for (Finding f : a.findings()) {
                if (f.strength().bindsVerdict() && f.outcome() != Outcome.PASS) {
                    proposed.addAll(derive(f, current, a));
                }
            }
            proposed = merge(proposed).stream().map(c -> c instanceof Change.AddMembers add ? enrich(add) : c).toList();
            proposed = new ArrayList<>(proposed);
            proposed.removeIf(c -> plan.stream().anyMatch(p -> p.equals(c)));
            if (proposed.isEmpty() || proposed.stream().allMatch(c -> c instanceof Change.Justify && plan.contains(c))) {
                break;
            }
            for (Change c : proposed) {
                if (c instanceof Change.AddMembers add) {
                    current = Edits.addMembers(current, add, added, this);
                    added += add.count();
                } else {
                    current = Edits.apply(current, c, this);
                }
            }
            plan.addAll(proposed);
            a = jurisdiction.assess(current, options);
        }
        List<Change> merged = merge(plan);
        merged.sort(java.util.Comparator.comparingInt(Change::cost));
        Verdict reached = a.verdict();
        final Profile changed = current;
        List<Change> questions = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Change c : merged) {
            if (c.question()) {
                if (matters(c, changed, reached)) {
                    questions.add(c);
                }
            } else {
                changes.add(c);
            }
        }
        return new GapPlan(first.verdict(), changes, questions, reached, changed);
    }

    /** Whether answering the question "no" would give another verdict than the plan reaches. */
    private boolean matters(Change question, Profile changed, Verdict reached) {
        Profile no = Edits.unanswer(changed, question);
        return no != changed && jurisdiction.assess(no, options).verdict() != reached;
    }

    /** The jurisdiction's parameter values for this run. */
    Bindings bindings() {
        return jurisdiction.editionOn(options.asOf()).orElse(jurisdiction.editions().get(0)).bind(options.overrides());
    }

    Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    AssessmentOptions options() {
        return options;
    }

    // ------------------------------------------------------------------ proposals from evidence

    private List<Change> derive(Finding f, Profile p, Assessment a) {
        String id = f.rule().id().catalogId();
        return derive(id, f.outcome(), f.evidence(), p).orElse(List.of(new Change.Justify(f.rule().requirement(), List.of(id))));
    }

    /** The changes that meet evidence that did not pass; empty when no profile change can. */
    Optional<List<Change>> derive(String rule, Outcome outcome, Evidence e, Profile p) {
        List<String> rules = List.of(rule);
        if (e instanceof Evidence.AllOf all) {
            List<Change> out = new ArrayList<>();
            for (Evidence.Part part : all.parts()) {
                if (part.outcome() != Outcome.PASS) {
                    Optional<List<Change>> d = derive(rule, part.outcome(), part.evidence(), p);
                    if (d.isEmpty()) {
                        return Optional.empty();
                    }
                    out.addAll(d.get());
                }
            }
            return Optional.of(out);
        }
        if (e instanceof Evidence.AnyOf any) {
            return cheapest(any.parts().stream().filter(x -> x.outcome() != Outcome.PASS)
                    .map(x -> derive(rule, x.outcome(), x.evidence(), p)).toList());
        }
        if (e instanceof Evidence.Implied i) {
            return derive(rule, i.a().outcome(), i.a().evidence(), p);
        }
        if (e instanceof Evidence.Permission) {
            return Optional.of(List.of());
        }
        if (e instanceof Evidence.Fact fact) {
            return Optional.of(List.of(new Change.SetFact(fact.member().map(List::of).orElse(List.of()), fact.fact(), true,
                    fact.value() == Outcome.UNKNOWN, rules)));
        }
        if (e instanceof Evidence.Kind k) {
            return k.member().equals(p.leadId())
                    ? Optional.of(List.of(new Change.ReplaceLead(Optional.empty(), Optional.of(k.required()), rules)))
                    : Optional.empty();
        }
        if (e instanceof Evidence.Location l) {
            return l.member().equals(p.leadId())
                    ? Optional.of(List.of(new Change.ReplaceLead(Optional.of(l.region()), Optional.empty(), rules)))
                    : Optional.empty();
        }
        if (e instanceof Evidence.Placement pl) {
            return Optional.of(List.of(new Change.Place(List.of(pl.member()), pl.required(), pl.position().isEmpty(), rules)));
        }
        if (e instanceof Evidence.Count c) {
            return Optional.of(toQualify(rule, c.tally(), c.required() - c.tally().qualifying().size(), p, null));
        }
        if (e instanceof Evidence.Share s) {
            return Optional.of(toQualify(rule, s.tally(), -1, p, ratio(s.required())));
        }
        if (e instanceof Evidence.Some s) {
            return Optional.of(toQualify(rule, s.tally(), 1 - s.tally().qualifying().size(), p, null));
        }
        if (e instanceof Evidence.Every ev) {
            List<Change> out = new ArrayList<>();
            List<String> members = new ArrayList<>(ev.tally().failing());
            members.addAll(ev.tally().unknown());
            for (String m : members) {
                Optional<List<Change>> d = toPass(rule, ev.tally().test(), member(p, m));
                if (d.isEmpty()) {
                    return Optional.empty();
                }
                out.addAll(d.get());
            }
            return Optional.of(out);
        }
        if (e instanceof Evidence.Spread s) {
            List<Change> out = new ArrayList<>();
            List<ChainPosition> missing = new ArrayList<>();
            for (ChainPosition c : ChainPosition.values()) {
                if (c.inChain() && !s.present().contains(c)) {
                    missing.add(c);
                }
            }
            int need = Math.min(s.required(), 3) - s.present().size();
            int i = 0;
            for (String m : s.unplaced()) {
                if (i >= need) {
                    break;
                }
                out.add(new Change.Place(List.of(m), Set.of(missing.get(i)), true, rules));
                i++;
            }
            for (; i < need && i < missing.size(); i++) {
                out.add(new Change.AddMembers(1, MemberTest.all(MemberTest.kind(UnitKind.ENTERPRISE), MemberTest.placed(missing.get(i))), rules));
            }
            return Optional.of(out);
        }
        if (e instanceof Evidence.Platforms pf) {
            return Optional.of(List.of(new Change.AddPlatform(pf.levels(), pf.types(), rules)));
        }
        if (e instanceof Evidence.Number n) {
            return Optional.of(List.of(new Change.SetNumber(n.member(), n.fact(), n.required(), n.value().isEmpty(), rules)));
        }
        if (e instanceof Evidence.Field f) {
            return Optional.of(List.of(new Change.SetField(f.fields(), f.field().isEmpty(), rules)));
        }
        if (e instanceof Evidence.RdIntensity r) {
            List<Integer> missing = new ArrayList<>();
            for (int y : r.years()) {
                var fy = r.figures().get(y);
                if (fy == null || fy.revenue().isEmpty() || fy.rdExpense().isEmpty()) {
                    missing.add(y);
                }
            }
            if (outcome == Outcome.UNKNOWN && !missing.isEmpty()) {
                return Optional.of(List.of(new Change.StateFigures(r.member(), missing, rules)));
            }
            List<Integer> years = r.window() ? r.years() : List.of(r.years().get(r.years().size() - 1));
            return Optional.of(List.of(new Change.RaiseRd(r.member(), years, r.amount(), r.share(), rules)));
        }
        if (e instanceof Evidence.Bars b) {
            List<Change> out = new ArrayList<>();
            for (Evidence.BarHit h : b.hits()) {
                switch (h.role()) {
                    case "LEAD" -> out.add(new Change.ClearBar(h.member(), true, rules));
                    case "CORE" -> out.add(new Change.ClearBar(h.member(), false, rules));
                    case "CORE_UNKNOWN" -> out.add(new Change.SetFact(List.of(h.member()), Trait.CORE, false, true, rules));
                    default -> { }
                }
            }
            return Optional.of(out);
        }
        if (e instanceof Evidence.OtherConsortia o) {
            String names = String.join("、", o.led().stream().map(x -> x.name()).toList());
            return Optional.of(List.of(new Change.Justify(Text.of("牵头单位已牵头：" + names, "the lead already leads: " + names), rules)));
        }
        return Optional.empty();
    }

    private static Bindings.Ratio ratio(BigDecimal share) {
        BigDecimal s = share.stripTrailingZeros();
        long den = s.scale() <= 0 ? 1 : BigDecimal.TEN.pow(s.scale()).longValueExact();
        long num = s.scale() <= 0 ? s.longValueExact() : s.unscaledValue().longValueExact();
        return new Bindings.Ratio(num, den);
    }

    /**
     * Makes enough of a tally qualify: unknown members first (stating what they leave unknown),
     * then new members. {@code need} for counts; for shares the ratio decides.
     */
    private List<Change> toQualify(String rule, Evidence.Tally t, int need, Profile p, Bindings.Ratio share) {
        List<Change> out = new ArrayList<>();
        int q = t.qualifying().size();
        int total = t.size();
        for (String m : t.unknown()) {
            boolean enough = share == null ? need <= 0 : share.reachedBy(q, total);
            if (enough) {
                break;
            }
            Optional<List<Change>> d = toPass(rule, t.test(), member(p, m));
            if (d.isPresent()) {
                out.addAll(d.get());
                q++;
                need--;
            }
        }
        int add = 0;
        if (share == null) {
            add = Math.max(need, 0);
        } else {
            while (!share.reachedBy(q + add, total + add) && add < 10_000) {
                add++;
            }
        }
        if (add > 0) {
            out.add(new Change.AddMembers(add, t.test(), List.of(rule)));
        }
        return out;
    }

    /** What makes one member pass a test; empty when nothing about the member can (its kind, its registration). */
    private Optional<List<Change>> toPass(String rule, MemberTest t, Member m) {
        var readings = options.readings();
        if (t.test(m, readings) == Outcome.PASS) {
            return Optional.of(List.of());
        }
        List<String> rules = List.of(rule);
        if (t instanceof MemberTest.And a) {
            List<Change> out = new ArrayList<>();
            for (MemberTest part : a.parts()) {
                Optional<List<Change>> d = toPass(rule, part, m);
                if (d.isEmpty()) {
                    return Optional.empty();
                }
                out.addAll(d.get());
            }
            return Optional.of(out);
        }
        if (t instanceof MemberTest.Or o) {
            return cheapest(o.parts().stream().map(x -> toPass(rule, x, m)).toList());
        }
        if (t instanceof MemberTest.ByReading b) {
            return toPass(rule, readings.isAlternative(b.reading()) ? b.alternative() : b.byDefault(), m);
        }
        if (t instanceof MemberTest.Fact f) {
            return Optional.of(List.of(new Change.SetFact(List.of(m.id()), f.fact(), true, m.fact(f.fact()) == Outcome.UNKNOWN, rules)));
        }
        if (t instanceof MemberTest.Placed pl) {
            return Optional.of(List.of(new Change.Place(List.of(m.id()), pl.positions(), m.chainPosition().isEmpty(), rules)));
        }
        return Optional.empty();
    }

    private static Optional<List<Change>> cheapest(List<Optional<List<Change>>> options) {
        Optional<List<Change>> best = Optional.empty();
        int bestCost = Integer.MAX_VALUE;
        for (Optional<List<Change>> o : options) {
            if (o.isPresent()) {
                int cost = o.get().stream().mapToInt(Change::cost).sum();
                if (cost < bestCost) {
                    best = o;
                    bestCost = cost;
                }
            }
        }
        return best;
    }

    private static Member member(Profile p, String id) {
        for (Member m : p.members()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no member " + id);
    }

    // ------------------------------------------------------------------ merging

    /** Proposals for the same thing become one: facts by fact, placements by positions, additions by compatible template. */
    static List<Change> merge(List<Change> changes) {
        Map<String, Change> keyed = new LinkedHashMap<>();
        List<Change.AddMembers> adds = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.AddMembers a) {
                adds.add(a);
                continue;
            }
            String key;
            if (c instanceof Change.SetFact s) {
                key = "fact:" + s.fact() + ":" + s.value() + ":" + s.unknown() + ":" + (s.members().isEmpty() ? "-" : "m");
            } else if (c instanceof Change.Place pl) {
                key = "place:" + pl.positions() + ":" + pl.unknown();
            } else {
                key = c.toString();
            }
            Change before = keyed.get(key);
            keyed.put(key, before == null ? c : combine(before, c));
        }
        List<Change> out = new ArrayList<>(keyed.values());
        out.addAll(mergeAdds(adds));
        return out;
    }

    private static Change combine(Change a, Change b) {
        if (a instanceof Change.SetFact x && b instanceof Change.SetFact y) {
            return new Change.SetFact(union(x.members(), y.members()), x.fact(), x.value(), x.unknown(), union(x.rules(), y.rules()));
        }
        if (a instanceof Change.Place x && b instanceof Change.Place y) {
            return new Change.Place(union(x.members(), y.members()), x.positions(), x.unknown(), union(x.rules(), y.rules()));
        }
        return a;
    }

    /** Additions whose templates can be met by one member merge: the count is the larger, the template the conjunction. */
    private static List<Change> mergeAdds(List<Change.AddMembers> adds) {
        List<Change.AddMembers> out = new ArrayList<>();
        for (Change.AddMembers a : adds) {
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                Change.AddMembers b = out.get(i);
                Set<UnitKind> common = kinds(a.template());
                common.retainAll(kinds(b.template()));
                if (!common.isEmpty()) {
                    out.set(i, new Change.AddMembers(Math.max(a.count(), b.count()), conjunction(b.template(), a.template()),
                            union(b.rules(), a.rules())));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                out.add(a);
            }
        }
        return new ArrayList<>(out);
    }

    private static MemberTest conjunction(MemberTest a, MemberTest b) {
        List<MemberTest> parts = new ArrayList<>();
        flatten(a, parts);
        for (MemberTest x : flattened(b)) {
            if (!parts.contains(x)) {
                parts.add(x);
            }
        }
        parts.removeIf(x -> x instanceof MemberTest.Anyone);
        List<MemberTest> kinds = parts.stream().filter(x -> x instanceof MemberTest.Kind).toList();
        if (kinds.size() > 1) {
            Set<UnitKind> common = EnumSet.allOf(UnitKind.class);
            kinds.forEach(k -> common.retainAll(((MemberTest.Kind) k).kinds()));
            parts.removeAll(kinds);
            parts.add(0, new MemberTest.Kind(common));
        }
        if (parts.isEmpty()) {
            return MemberTest.anyone();
        }
        return parts.size() == 1 ? parts.get(0) : new MemberTest.And(parts);
    }

    private static List<MemberTest> flattened(MemberTest t) {
        List<MemberTest> out = new ArrayList<>();
        flatten(t, out);
        return out;
    }

    private static void flatten(MemberTest t, List<MemberTest> out) {
        if (t instanceof MemberTest.And a) {
            a.parts().forEach(x -> flatten(x, out));
        } else {
            out.add(t);
        }
    }

    /** The kinds a member passing the template may have. */
    static Set<UnitKind> kinds(MemberTest t) {
        Set<UnitKind> out = EnumSet.allOf(UnitKind.class);
        for (MemberTest x : flattened(t)) {
            if (x instanceof MemberTest.Kind k) {
                out.retainAll(k.kinds());
            }
        }
        return out;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }

    /** An addition whose template also says what every member of its kind must meet (the edition's "every …" rules). */
    private Change.AddMembers enrich(Change.AddMembers add) {
        MemberTest template = add.template();
        ImmutableMember shaped = Edits.shapeNew(add, 0, this);
        for (Test.Every e : obligations()) {
            if (e.which().test(shaped, options.readings()) == Outcome.PASS) {
                template = conjunction(template, io.consortia.kernel.rule.MemberTest.all(resolve(e.test())));
            }
        }
        Set<UnitKind> kinds = kinds(template);
        if (kinds.size() > 1 && kinds.contains(UnitKind.ENTERPRISE)) {
            template = conjunction(template, MemberTest.kind(UnitKind.ENTERPRISE));
        }
        return new Change.AddMembers(add.count(), template, add.rules());
    }

    private MemberTest resolve(MemberTest t) {
        if (t instanceof MemberTest.ByReading b) {
            return resolve(options.readings().isAlternative(b.reading()) ? b.alternative() : b.byDefault());
        }
        if (t instanceof MemberTest.And a) {
            return new MemberTest.And(a.parts().stream().map(this::resolve).toList());
        }
        if (t instanceof MemberTest.Or o) {
            return new MemberTest.Or(o.parts().stream().map(this::resolve).toList());
        }
        return t;
    }

    /** The binding "every member that is X must Y" rules of the edition: what an added member must also meet. */
    List<Test.Every> obligations() {
        List<Test.Every> out = new ArrayList<>();
        for (Rule r : jurisdiction.editionOn(options.asOf()).orElse(jurisdiction.editions().get(0)).rules()) {
            collectEvery(r.test(), out);
        }
        return out;
    }

    private static void collectEvery(Test t, List<Test.Every> out) {
        if (t instanceof Test.Every e) {
            out.add(e);
        }
        for (Test child : io.consortia.kernel.rule.Tests.children(t)) {
            collectEvery(child, out);
        }
    }

    /** A division code inside a region: its prefix padded with zeros (the region's own code). */
    static DivisionCode codeIn(Region r) {
        StringBuilder s = new StringBuilder(r.prefix());
        while (s.length() < 6) {
            s.append('0');
        }
        return DivisionCode.of(s.toString());
    }

    /** Sets governance, facts, positions, figures and members on a copy of a profile. */
    static final class Edits {
        private Edits() {}

        static Profile apply(Profile p, Change c, GapPlanner planner) {
            if (c instanceof Change.SetFact s) {
                if (s.members().isEmpty() && s.fact() instanceof GovernanceItem g) {
                    Map<GovernanceItem, Boolean> gov = new LinkedHashMap<>(p.governance());
                    gov.put(g, s.value());
                    return ImmutableProfile.copyOf(p).withGovernance(gov);
                }
                Profile out = p;
                for (String id : s.members()) {
                    out = edit(out, id, m -> withFact(m, s.fact(), s.value()));
                }
                return out;
            }
            if (c instanceof Change.Place pl) {
                ChainPosition at = pl.positions().iterator().next();
                Profile out = p;
                for (String id : pl.members()) {
                    out = edit(out, id, m -> m.withChainPosition(at));
                }
                return out;
            }
            if (c instanceof Change.AddPlatform ap) {
                PlatformLevel level = ap.levels().iterator().next();
                Optional<io.consortia.kernel.profile.PlatformType> type = ap.types().stream().findFirst();
                return edit(p, p.leadId(), m -> m.withPlatforms(concat(m.platforms(), new Platform("新建平台", level, type))));
            }
            if (c instanceof Change.SetNumber n) {
                return edit(p, n.member(), m -> m.withOngoingRdProjects(n.atLeast()));
            }
            if (c instanceof Change.SetField f) {
                return ImmutableProfile.copyOf(p).withField(f.fields().get(0));
            }
            if (c instanceof Change.StateFigures sf) {
                return edit(p, sf.member(), m -> {
                    Map<Integer, io.consortia.kernel.profile.FiscalYear> fin = new LinkedHashMap<>(m.finances());
                    for (int y : sf.years()) {
                        var old = fin.get(y);
                        fin.put(y, new io.consortia.kernel.profile.FiscalYear(y,
                                old == null || old.revenue().isEmpty() ? Optional.of(BigDecimal.ONE) : old.revenue(),
                                old == null || old.rdExpense().isEmpty() ? Optional.of(BigDecimal.ONE) : old.rdExpense()));
                    }
                    return m.withFinances(fin);
                });
            }
            if (c instanceof Change.RaiseRd r) {
                return edit(p, r.member(), m -> {
                    Map<Integer, io.consortia.kernel.profile.FiscalYear> fin = new LinkedHashMap<>(m.finances());
                    for (int y : r.years()) {
                        var old = fin.get(y);
                        BigDecimal rd = old == null || old.rdExpense().isEmpty() ? r.amount() : old.rdExpense().get().max(r.amount());
                        fin.put(y, new io.consortia.kernel.profile.FiscalYear(y, old == null ? Optional.empty() : old.revenue(), Optional.of(rd)));
                    }
                    return m.withFinances(fin);
                });
            }
            if (c instanceof Change.ReplaceLead rl) {
                return edit(p, p.leadId(), m -> {
                    ImmutableMember out = m;
                    if (rl.kinds().isPresent()) {
                        out = out.withKind(rl.kinds().get().iterator().next());
                    }
                    if (rl.region().isPresent()) {
                        out = out.withRegisteredIn(codeIn(rl.region().get()));
                    }
                    return out;
                });
            }
            if (c instanceof Change.ClearBar cb) {
                return cb.lead()
                        ? edit(p, cb.member(), m -> m.withName("另选的牵头单位 (another lead)").withCreditCode(Optional.empty()))
                        : edit(p, cb.member(), m -> withFact(m, Trait.CORE, false));
            }
            return p;
        }

        /** The changed profile with a question answered "no" (or left unknown, where "no" is not a value); the same object when it cannot. */
        static Profile unanswer(Profile p, Change question) {
            if (question instanceof Change.SetFact s) {
                if (s.members().isEmpty() && s.fact() instanceof GovernanceItem g) {
                    Map<GovernanceItem, Boolean> gov = new LinkedHashMap<>(p.governance());
                    gov.put(g, !s.value());
                    return ImmutableProfile.copyOf(p).withGovernance(gov);
                }
                Profile out = p;
                for (String id : s.members()) {
                    out = edit(out, id, m -> withFact(m, s.fact(), !s.value()));
                }
                return out;
            }
            if (question instanceof Change.Place pl) {
                Profile out = p;
                for (String id : pl.members()) {
                    out = edit(out, id, m -> m.withChainPosition(ChainPosition.OUTSIDE));
                }
                return out;
            }
            if (question instanceof Change.SetField) {
                return ImmutableProfile.copyOf(p).withField(Optional.empty());
            }
            if (question instanceof Change.StateFigures sf) {
                return edit(p, sf.member(), m -> {
                    Map<Integer, io.consortia.kernel.profile.FiscalYear> fin = new LinkedHashMap<>(m.finances());
                    sf.years().forEach(fin::remove);
                    return m.withFinances(fin);
                });
            }
            if (question instanceof Change.SetNumber n) {
                return edit(p, n.member(), m -> m.withOngoingRdProjects(0));
            }
            return p;
        }

        /** A new member passing the template and every obligation of its kind. */
        static ImmutableMember shapeNew(Change.AddMembers add, int alreadyAdded, GapPlanner planner) {
            Set<UnitKind> kinds = kinds(add.template());
            UnitKind kind = kinds.contains(UnitKind.ENTERPRISE) ? UnitKind.ENTERPRISE : kinds.iterator().next();
            ImmutableMember template = ImmutableMember.builder().id("new" + (alreadyAdded + 1)).name("新增成员 new member")
                    .kind(kind).registeredIn(codeIn(planner.jurisdiction().identity().region())).build();
            template = shape(template, add.template(), planner);
            for (Test.Every e : planner.obligations()) {
                if (e.which().test(template, planner.options().readings()) == Outcome.PASS) {
                    template = shape(template, e.test(), planner);
                }
            }
            return template;
        }

        /** Adds members passing the template and every obligation of their kind. */
        static Profile addMembers(Profile p, Change.AddMembers add, int alreadyAdded, GapPlanner planner) {
            ImmutableMember template = shapeNew(add, alreadyAdded, planner);
            List<Member> members = new ArrayList<>(p.members());
            for (int i = 0; i < add.count(); i++) {
                int n = alreadyAdded + i + 1;
                members.add(template.withId("new" + n).withName("新增成员" + n + " new member " + n));
            }
            return ImmutableProfile.copyOf(p).withMembers(members);
        }

        /** The member made to pass a test (facts true, placed in the chain, registered in the region). */
        private static ImmutableMember shape(ImmutableMember m, MemberTest t, GapPlanner planner) {
            if (t instanceof MemberTest.And a) {
                for (MemberTest x : a.parts()) {
                    m = shape(m, x, planner);
                }
                return m;
            }
            if (t instanceof MemberTest.Or o) {
                return shape(m, o.parts().get(0), planner);
            }
            if (t instanceof MemberTest.ByReading r) {
                return shape(m, planner.options().readings().isAlternative(r.reading()) ? r.alternative() : r.byDefault(), planner);
            }
            if (t instanceof MemberTest.Fact f) {
                return withFact(m, f.fact(), true);
            }
            if (t instanceof MemberTest.Placed pl) {
                return m.chainPosition().filter(pl.positions()::contains).isPresent() ? m : m.withChainPosition(pl.positions().iterator().next());
            }
            if (t instanceof MemberTest.RegisteredIn r) {
                return m.withRegisteredIn(codeIn(r.region()));
            }
            if (t instanceof MemberTest.PresentIn r) {
                return m.presentIn(r.region()) ? m : m.withRegisteredIn(codeIn(r.region()));
            }
            return m;
        }

        private static ImmutableMember withFact(ImmutableMember m, FactKey fact, boolean value) {
            if (fact instanceof Trait t) {
                Map<Trait, Boolean> traits = new LinkedHashMap<>(m.traits());
                traits.put(t, value);
                return m.withTraits(traits);
            }
            Map<io.consortia.kernel.profile.Attestation, Boolean> att = new LinkedHashMap<>(m.attested());
            att.put((io.consortia.kernel.profile.Attestation) fact, value);
            return m.withAttested(att);
        }

        private static Profile edit(Profile p, String id, java.util.function.UnaryOperator<ImmutableMember> change) {
            List<Member> members = new ArrayList<>();
            for (Member m : p.members()) {
                members.add(m.id().equals(id) ? change.apply(ImmutableMember.copyOf(m)) : m);
            }
            return ImmutableProfile.copyOf(p).withMembers(members);
        }

        private static List<Platform> concat(List<Platform> list, Platform p) {
            List<Platform> out = new ArrayList<>(list);
            out.add(p);
            return out;
        }
    }

}
