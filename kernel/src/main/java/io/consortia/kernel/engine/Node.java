package io.consortia.kernel.engine;

import static io.consortia.kernel.engine.Run.FAIL;
import static io.consortia.kernel.engine.Run.PASS;
import static io.consortia.kernel.engine.Run.UNKNOWN;

import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.NumberFact;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.registry.RegisteredConsortium;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.rule.CustomCondition;
import io.consortia.kernel.rule.Evidence;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.Test;
import io.consortia.kernel.sanction.Sanction;
import io.consortia.kernel.sanction.UnitRef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled test. {@link #eval} is the hot path: it reads the run's bit sets, the profile and the
 * parameter values, and allocates nothing for the kernel's own tests. {@link #explain} decodes the
 * same information into {@link Evidence} when output asks for it.
 */
abstract class Node {

    private static final Outcome[] OUTCOMES = Outcome.values();

    final Test test;

    Node(Test test) {
        this.test = test;
    }

    /** The outcome: {@link Run#FAIL}, {@link Run#UNKNOWN} or {@link Run#PASS}. */
    abstract int eval(Run r);

    abstract Evidence explain(Run r);

    Evidence.Part part(Run r) {
        return new Evidence.Part(OUTCOMES[eval(r)], explain(r));
    }

    static Outcome outcome(int o) {
        return OUTCOMES[o];
    }

    // ------------------------------------------------------------------ composites

    /** Every part (a conjunction) or some part (a disjunction), Kleene's: the minimum or the maximum. */
    static final class Junction extends Node {
        final Node[] parts;
        final boolean all;

        Junction(Node[] parts, boolean all, Test test) {
            super(test);
            this.parts = parts;
            this.all = all;
        }

        @Override
        int eval(Run r) {
            int decisive = all ? FAIL : PASS;
            int o = all ? PASS : FAIL;
            for (Node p : parts) {
                int x = p.eval(r);
                if (x == decisive) {
                    return decisive;
                }
                if (x == UNKNOWN) {
                    o = UNKNOWN;
                }
            }
            return o;
        }

        @Override
        Evidence explain(Run r) {
            List<Evidence.Part> out = new ArrayList<>();
            for (Node p : parts) {
                out.add(p.part(r));
            }
            return all ? new Evidence.AllOf(out) : new Evidence.AnyOf(out);
        }
    }

    static final class Implied extends Node {
        final Node a;
        final Node b;

        Implied(Node a, Node b, Test test) {
            super(test);
            this.a = a;
            this.b = b;
        }

        @Override
        int eval(Run r) {
            int x = a.eval(r);
            int y = b.eval(r);
            if (x == PASS || y == PASS) {
                return PASS;
            }
            return x == FAIL ? FAIL : UNKNOWN;
        }

        @Override
        Evidence explain(Run r) {
            return new Evidence.Implied(a.part(r), b.part(r));
        }
    }

    static final class Permission extends Node {
        final Node used;

        Permission(Node used, Test test) {
            super(test);
            this.used = used;
        }

        @Override
        int eval(Run r) {
            return PASS;
        }

        @Override
        Evidence explain(Run r) {
            return new Evidence.Permission(used.part(r));
        }
    }

    static final class Choice extends Node {
        final Reading reading;
        final int index;
        final Node byDefault;
        final Node alternative;

        Choice(Reading reading, int index, Node byDefault, Node alternative, Test test) {
            super(test);
            this.reading = reading;
            this.index = index;
            this.byDefault = byDefault;
            this.alternative = alternative;
        }

        Node pick(Run r) {
            return r.alternative(index) ? alternative : byDefault;
        }

        @Override
        int eval(Run r) {
            return pick(r).eval(r);
        }

        @Override
        Evidence explain(Run r) {
            return pick(r).explain(r);
        }
    }

    // ------------------------------------------------------------------ the lead and the consortium

    static final class Lead extends Node {
        final Program.PredRef pred;

        Lead(Program.PredRef pred, Test test) {
            super(test);
            this.pred = pred;
        }

        @Override
        int eval(Run r) {
            return r.leadOutcome(pred.resolve(r));
        }

        @Override
        Evidence explain(Run r) {
            return Members.explain(Preds.resolve(pred.test, r.readings), r.members.get(r.lead), r);
        }
    }

    static final class Governance extends Node {
        final long bit;

        Governance(long bit, Test test) {
            super(test);
            this.bit = bit;
        }

        @Override
        int eval(Run r) {
            if ((r.profile.governanceKnown() & bit) == 0) {
                return UNKNOWN;
            }
            return (r.profile.governanceValue() & bit) != 0 ? PASS : FAIL;
        }

        @Override
        Evidence explain(Run r) {
            return new Evidence.Fact(Optional.empty(), ((Test.Governance) test).item(), outcome(eval(r)));
        }
    }

    // ------------------------------------------------------------------ counting

    /**
     * A test on how many members of a population pass a member test, monotone in that number: it
     * passes when the members known to pass suffice, fails when not even every unknown member
     * passing would.
     */
    abstract static class Counting extends Node {
        final Program.PopRef pop;
        final Program.PredRef pred;

        Counting(Program.PopRef pop, Program.PredRef pred, Test test) {
            super(test);
            this.pop = pop;
            this.pred = pred;
        }

        /** Whether {@code q} members passing out of {@code total} meets the test. */
        abstract boolean holds(Run r, int q, int total);

        @Override
        final int eval(Run r) {
            int p = pred.resolve(r);
            int pp = pop.resolve(r);
            int total = r.size(pp);
            int q = r.countPass(p, pp);
            if (holds(r, q, total)) {
                return PASS;
            }
            return holds(r, q + r.countUnknown(p, pp), total) ? UNKNOWN : FAIL;
        }
    }

    static final class Count extends Counting {
        final int slot;

        Count(Program.PopRef pop, Program.PredRef pred, int slot, Test test) {
            super(pop, pred, test);
            this.slot = slot;
        }

        @Override
        boolean holds(Run r, int q, int total) {
            return q >= r.bindings.integer(slot);
        }

        @Override
        Evidence explain(Run r) {
            return new Evidence.Count(Members.tally(r, pop, pred), r.bindings.integer(slot), name(r, slot));
        }
    }

    static final class Share extends Counting {
        final int slot;

        Share(Program.PopRef pop, Program.PredRef pred, int slot, Test test) {
            super(pop, pred, test);
            this.slot = slot;
        }

        @Override
        boolean holds(Run r, int q, int total) {
            return total > 0 && r.bindings.ratio(slot).reachedBy(q, total);
        }

        @Override
        Evidence explain(Run r) {
            return new Evidence.Share(Members.tally(r, pop, pred), (java.math.BigDecimal) r.bindings.value(slot), name(r, slot));
        }
    }

    static final class Some extends Counting {
        Some(Program.PopRef pop, Program.PredRef pred, Test test) {
            super(pop, pred, test);
        }

        @Override
        boolean holds(Run r, int q, int total) {
            return q > 0;
        }

        @Override
        Evidence explain(Run r) {
            return new Evidence.Some(Members.tally(r, pop, pred));
        }
    }

    static final class Every extends Node {
        final Program.PopRef pop;
        final Program.PredRef which;
        final Program.PredRef pred;

        Every(Program.PopRef pop, Program.PredRef which, Program.PredRef pred, Test test) {
            super(test);
            this.pop = pop;
            this.which = which;
            this.pred = pred;
        }

        @Override
        int eval(Run r) {
            int pp = pop.resolve(r);
            int wh = which.resolve(r);
            int p = pred.resolve(r);
            int o = PASS;
            for (int w = 0; w < r.words; w++) {
                long chosen = r.population(pp, w) & r.passWord(wh, w);
                if (chosen == 0) {
                    continue;
                }
                if ((chosen & r.failWord(p, w)) != 0) {
                    return FAIL;
                }
                if ((chosen & ~r.passWord(p, w)) != 0) {
                    o = UNKNOWN;
                }
            }
            return o;
        }

        @Override
        Evidence explain(Run r) {
            int pp = pop.resolve(r);
            int w = which.resolve(r);
            int p = pred.resolve(r);
            List<String> chosen = new ArrayList<>();
            List<String> pass = new ArrayList<>();
            List<String> fail = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < r.n; i++) {
                if (r.inPopulation(pp, i) && r.outcomeOf(w, i) == PASS) {
                    String id = r.members.get(i).id();
                    chosen.add(id);
                    int o = r.outcomeOf(p, i);
                    (o == PASS ? pass : o == FAIL ? fail : unknown).add(id);
                }
            }
            var readings = r.readings;
            return new Evidence.Every(new Evidence.Tally(pop.resolve(r) == Program.PopRef.ALL, Preds.resolve(pred.test, readings, r.bindings),
                    chosen, pass, fail, unknown), Preds.resolve(which.test, readings, r.bindings));
        }
    }

    static final class Spread extends Node {
        final Program.PopRef pop;
        final Program.PredRef which;
        final Program.PredRef[] at;
        final Program.PredRef placed;
        final int slot;

        Spread(Program.PopRef pop, Program.PredRef which, Program.PredRef[] at, Program.PredRef placed, int slot, Test test) {
            super(test);
            this.pop = pop;
            this.which = which;
            this.at = at;
            this.placed = placed;
            this.slot = slot;
        }

        @Override
        int eval(Run r) {
            int pp = pop.resolve(r);
            int present = 0;
            for (Program.PredRef p : at) {
                if (r.countPass(p.resolve(r), pp) > 0) {
                    present++;
                }
            }
            int unplaced = r.countUnknown(placed.resolve(r), pp);
            int required = Math.min(r.bindings.integer(slot), at.length);
            if (present >= required) {
                return PASS;
            }
            return required - present > unplaced ? FAIL : UNKNOWN;
        }

        @Override
        Evidence explain(Run r) {
            int pp = pop.resolve(r);
            Set<ChainPosition> present = EnumSet.noneOf(ChainPosition.class);
            for (int i = 0; i < at.length; i++) {
                if (r.countPass(at[i].resolve(r), pp) > 0) {
                    present.add(ChainPosition.values()[i]);
                }
            }
            Evidence.Tally tally = Members.tally(r, pop, placed);
            List<String> unplaced = r.ids(pp, placed.resolve(r), UNKNOWN);
            return new Evidence.Spread(tally, present, unplaced, r.bindings.integer(slot), name(r, slot));
        }
    }

    // ------------------------------------------------------------------ facts of the lead and the profile

    static final class Platforms extends Node {
        final int levels;
        final int types;
        final boolean like;

        Platforms(int levels, int types, boolean like, Test test) {
            super(test);
            this.levels = levels;
            this.types = types;
            this.like = like;
        }

        @Override
        int eval(Run r) {
            Set<PlatformLevel> lv = r.bindings.enums(levels);
            Set<PlatformType> ty = types < 0 ? null : r.bindings.enums(types);
            boolean similar = false;
            List<Platform> platforms = r.members.get(r.lead).platforms();
            for (int i = 0; i < platforms.size(); i++) {
                Platform p = platforms.get(i);
                if (!lv.contains(p.level())) {
                    continue;
                }
                if (ty == null || (p.type().isPresent() && ty.contains(p.type().get()))) {
                    return PASS;
                }
                similar = true;
            }
            return like && similar ? UNKNOWN : FAIL;
        }

        @Override
        Evidence explain(Run r) {
            Set<PlatformLevel> lv = r.bindings.enums(levels);
            Set<PlatformType> ty = types < 0 ? Set.of() : r.bindings.enums(types);
            Member lead = r.members.get(r.lead);
            Optional<Platform> match = Optional.empty();
            Optional<Platform> similar = Optional.empty();
            for (Platform p : lead.platforms()) {
                if (lv.contains(p.level())) {
                    if (ty.isEmpty() || (p.type().isPresent() && ty.contains(p.type().get()))) {
                        match = match.or(() -> Optional.of(p));
                    } else if (like) {
                        similar = similar.or(() -> Optional.of(p));
                    }
                }
            }
            List<String> params = new ArrayList<>();
            params.add(name(r, levels));
            if (types >= 0) {
                params.add(name(r, types));
            }
            return new Evidence.Platforms(lead.id(), lead.platforms(), lv, ty, match, match.isPresent() ? Optional.empty() : similar, params);
        }
    }

    static final class AtLeast extends Node {
        final NumberFact fact;
        final int slot;

        AtLeast(NumberFact fact, int slot, Test test) {
            super(test);
            this.fact = fact;
            this.slot = slot;
        }

        @Override
        int eval(Run r) {
            int v = r.members.get(r.lead).ongoingRdProjectsOrNone();
            if (v < 0) {
                return UNKNOWN;
            }
            return v >= r.bindings.integer(slot) ? PASS : FAIL;
        }

        @Override
        Evidence explain(Run r) {
            Member lead = r.members.get(r.lead);
            return new Evidence.Number(lead.id(), fact, fact.of(lead), r.bindings.integer(slot), name(r, slot));
        }
    }

    static final class FieldIn extends Node {
        final int slot;

        FieldIn(int slot, Test test) {
            super(test);
            this.slot = slot;
        }

        @Override
        int eval(Run r) {
            Optional<String> field = r.profile.field();
            if (field.isEmpty()) {
                return UNKNOWN;
            }
            @SuppressWarnings("unchecked")
            List<String> fields = (List<String>) r.bindings.value(slot);
            return fields.contains(field.get().strip()) ? PASS : FAIL;
        }

        @Override
        Evidence explain(Run r) {
            @SuppressWarnings("unchecked")
            List<String> fields = (List<String>) r.bindings.value(slot);
            return new Evidence.Field(r.profile.field(), fields, name(r, slot));
        }
    }

    static final class Rd extends Node {
        final int share;
        final int amount;
        final int years;
        final Reading eachYear;
        final Reading window;
        final int eachIndex;
        final int windowIndex;

        Rd(int share, int amount, int years, Reading eachYear, Reading window, int eachIndex, int windowIndex, Test test) {
            super(test);
            this.share = share;
            this.amount = amount;
            this.years = years;
            this.eachYear = eachYear;
            this.window = window;
            this.eachIndex = eachIndex;
            this.windowIndex = windowIndex;
        }

        private int parts(Run r) {
            return RdMath.evaluate(r.members.get(r.lead), r.asOf().getYear() - 1, r.bindings.integer(years),
                    r.bindings.ratio(share), (java.math.BigDecimal) r.bindings.value(amount), r.bindings.yuan(amount),
                    r.alternative(eachIndex), r.alternative(windowIndex));
        }

        @Override
        int eval(Run r) {
            int p = parts(r);
            return Math.max(RdMath.share(p), RdMath.amount(p));
        }

        @Override
        Evidence explain(Run r) {
            int p = parts(r);
            Member lead = r.members.get(r.lead);
            int last = r.asOf().getYear() - 1;
            int n = r.bindings.integer(years);
            List<Integer> window = new ArrayList<>();
            java.util.Map<Integer, io.consortia.kernel.profile.FiscalYear> figures = new java.util.TreeMap<>();
            for (int y = last - n + 1; y <= last; y++) {
                window.add(y);
                lead.fiscalYear(y).ifPresent(f -> figures.put(f.year(), f));
            }
            return new Evidence.RdIntensity(lead.id(), eachYear != null && r.alternative(eachYear),
                    this.window != null && r.alternative(this.window), window, figures,
                    (java.math.BigDecimal) r.bindings.value(share), (java.math.BigDecimal) r.bindings.value(amount),
                    outcome(RdMath.share(p)), outcome(RdMath.amount(p)), List.of(name(r, share), name(r, amount), name(r, years)),
                    chosen(r, eachYear, this.window));
        }
    }

    // ------------------------------------------------------------------ the registry (⊕)

    static final class NotBarred extends Node {
        final Reading scope;
        final Reading dayCount;
        final int scopeIndex;
        final int dayCountIndex;

        NotBarred(Reading scope, Reading dayCount, int scopeIndex, int dayCountIndex, Test test) {
            super(test);
            this.scope = scope;
            this.dayCount = dayCount;
            this.scopeIndex = scopeIndex;
            this.dayCountIndex = dayCountIndex;
        }

        List<Evidence.BarHit> hits(Run r) {
            Registry registry = r.registry().orElseThrow();
            boolean own = !r.alternative(scopeIndex);
            DayCount count = r.alternative(dayCountIndex) ? DayCount.CIVIL : DayCount.INCLUSIVE;
            List<Evidence.BarHit> out = new ArrayList<>();
            for (int i = 0; i < r.n; i++) {
                Member m = r.members.get(i);
                UnitRef ref = UnitRef.of(m);
                for (Sanction s : registry.sanctions()) {
                    if (own && !s.jurisdiction().equals(r.jurisdiction())) {
                        continue;
                    }
                    if (!s.inForceOn(r.asOf(), count) || !s.unit().sameUnitAs(ref)) {
                        continue;
                    }
                    String role;
                    if (i == r.lead) {
                        role = "LEAD";
                    } else {
                        Outcome core = m.trait(Trait.CORE);
                        role = core == Outcome.PASS ? "CORE" : core == Outcome.FAIL ? "NOT_CORE" : "CORE_UNKNOWN";
                    }
                    out.add(new Evidence.BarHit(m.id(), role, s, s.lastDay(count)));
                }
            }
            return out;
        }

        @Override
        int eval(Run r) {
            int o = PASS;
            for (Evidence.BarHit h : hits(r)) {
                if (h.role().equals("LEAD") || h.role().equals("CORE")) {
                    return FAIL;
                }
                if (h.role().equals("CORE_UNKNOWN")) {
                    o = UNKNOWN;
                }
            }
            return o;
        }

        @Override
        Evidence explain(Run r) {
            return new Evidence.Bars(r.asOf(), r.alternative(scopeIndex) ? Optional.empty() : Optional.of(r.jurisdiction()),
                    r.alternative(dayCountIndex), hits(r));
        }
    }

    static final class LeadsNoOther extends Node {
        final String programme;

        LeadsNoOther(String programme, Test test) {
            super(test);
            this.programme = programme;
        }

        List<RegisteredConsortium> led(Run r) {
            UnitRef lead = UnitRef.of(r.members.get(r.lead));
            String self = r.profile.name().strip();
            List<RegisteredConsortium> out = new ArrayList<>();
            for (RegisteredConsortium c : r.registry().orElseThrow().consortia()) {
                if (c.jurisdiction().equals(programme) && c.state().isActive() && !c.name().strip().equals(self)
                        && c.lead().sameUnitAs(lead)) {
                    out.add(c);
                }
            }
            return out;
        }

        @Override
        int eval(Run r) {
            return led(r).isEmpty() ? PASS : FAIL;
        }

        @Override
        Evidence explain(Run r) {
            return new Evidence.OtherConsortia(r.members.get(r.lead).id(), programme, led(r));
        }
    }

    /** A test of an own consortium fact. */
    static final class OwnFact extends Node {
        final io.consortia.kernel.rule.OwnTest own;

        OwnFact(io.consortia.kernel.rule.OwnTest own, Test test) {
            super(test);
            this.own = own;
        }

        @Override
        int eval(Run r) {
            return own.test(r.profile.own(own.fact()), r.bindings, r.asOf).ordinal();
        }

        @Override
        Evidence explain(Run r) {
            return Members.own(Optional.empty(), own, r.profile.own(own.fact()), r);
        }
    }

    static final class Custom extends Node {
        final CustomCondition condition;

        Custom(CustomCondition condition, Test test) {
            super(test);
            this.condition = condition;
        }

        @Override
        int eval(Run r) {
            return condition.evaluate(r).ordinal();
        }

        @Override
        Evidence explain(Run r) {
            return condition.evidence(r);
        }
    }

    /** The readings as chosen in the run, as {@code R2=sum}. */
    static List<String> chosen(Run r, Reading... readings) {
        List<String> out = new ArrayList<>();
        for (Reading x : readings) {
            if (x != null) {
                out.add(x.id() + "=" + x.option(r.alternative(x)));
            }
        }
        return out;
    }

    /** A parameter's full name. */
    static String name(Run r, int slot) {
        return r.bindings.parameters().get(slot).name();
    }

    /** Decoding member tests into evidence. */
    static final class Members {
        private Members() {}

        static Evidence.Tally tally(Run r, Program.PopRef pop, Program.PredRef pred) {
            int pp = pop.resolve(r);
            int p = pred.resolve(r);
            return new Evidence.Tally(pp == Program.PopRef.ALL, Preds.resolve(pred.test, r.readings, r.bindings),
                    r.ids(pp, -1, 0), r.ids(pp, p, PASS), r.ids(pp, p, FAIL), r.ids(pp, p, UNKNOWN));
        }

        /** What a member test established of one member, part by part. */
        static Evidence explain(MemberTest t, Member m, Run r) {
            if (t instanceof MemberTest.And a) {
                List<Evidence.Part> parts = new ArrayList<>();
                for (MemberTest p : a.parts()) {
                    parts.add(new Evidence.Part(p.test(m, r.readings, r.bindings, r.asOf), explain(p, m, r)));
                }
                return new Evidence.AllOf(parts);
            }
            if (t instanceof MemberTest.Or o) {
                List<Evidence.Part> parts = new ArrayList<>();
                for (MemberTest p : o.parts()) {
                    parts.add(new Evidence.Part(p.test(m, r.readings, r.bindings, r.asOf), explain(p, m, r)));
                }
                return new Evidence.AnyOf(parts);
            }
            if (t instanceof MemberTest.Kind k) {
                return new Evidence.Kind(m.id(), m.kind(), k.kinds());
            }
            if (t instanceof MemberTest.Fact f) {
                return new Evidence.Fact(Optional.of(m.id()), f.fact(), m.fact(f.fact()));
            }
            if (t instanceof MemberTest.RegisteredIn reg) {
                return new Evidence.Location(m.id(), m.registeredIn(), m.stationedIn(), reg.region(), false, m.registeredWithin(reg.region()));
            }
            if (t instanceof MemberTest.PresentIn p) {
                return new Evidence.Location(m.id(), m.registeredIn(), m.stationedIn(), p.region(), true, m.presentIn(p.region()));
            }
            if (t instanceof MemberTest.Placed p) {
                return new Evidence.Placement(m.id(), m.chainPosition(), p.positions());
            }
            if (t instanceof MemberTest.Anyone) {
                return new Evidence.AllOf(List.of());
            }
            if (t instanceof MemberTest.Own o) {
                return own(Optional.of(m.id()), o.test(), m.own(o.test().fact()), r);
            }
            throw new IllegalArgumentException(String.valueOf(t));
        }

        /** An own fact's value against its test, the test's parameters bound to the run's values. */
        static Evidence own(Optional<String> member, io.consortia.kernel.rule.OwnTest test, Optional<?> value, Run r) {
            List<String> params = new ArrayList<>();
            for (io.consortia.kernel.parameter.Param<?> p : test.parameters()) {
                params.add(r.bindings.parameter(p).name());
            }
            return new Evidence.Own(member, test.withValues(r.bindings), value.map(v -> (Object) v), test.required(r.bindings, r.asOf),
                    params);
        }
    }
}
