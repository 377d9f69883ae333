package io.consortia.kernel.rule;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.NumberFact;
import io.consortia.kernel.reading.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds {@link Test}s, and reads what a test depends on (its readings and parameters).
 *
 * @since 0.2
 */
public final class Tests {

    private Tests() {}

    public static Test all(Test... parts) {
        return parts.length == 1 ? parts[0] : new Test.All(List.of(parts));
    }

    public static Test any(Test... parts) {
        return parts.length == 1 ? parts[0] : new Test.Any(List.of(parts));
    }

    /** "A, or B which implies A". */
    public static Test implied(Test a, Test b) {
        return new Test.Implied(a, b);
    }

    /** A permission: PASS either way, reporting whether it is used. */
    public static Test permission(Test used) {
        return new Test.Permission(used);
    }

    public static Test byReading(Reading reading, Test byDefault, Test alternative) {
        return new Test.ByReading(reading, byDefault, alternative);
    }

    /** The lead passes every one of the member tests. */
    public static Test lead(MemberTest... parts) {
        return new Test.Lead(MemberTest.all(parts));
    }

    /** Every one of the governance items is in place. */
    public static Test governance(GovernanceItem... items) {
        List<Test> parts = new ArrayList<>();
        for (GovernanceItem g : items) {
            parts.add(new Test.Governance(g));
        }
        return parts.size() == 1 ? parts.get(0) : new Test.All(parts);
    }

    /** At least {@code minimum} members of the population. */
    public static Test memberCount(Population population, Param<Integer> minimum) {
        return new Test.Count(population, MemberTest.anyone(), minimum);
    }

    public static Test count(Population population, MemberTest test, Param<Integer> minimum) {
        return new Test.Count(population, test, minimum);
    }

    public static Test share(Population population, MemberTest test, Param<BigDecimal> minimum) {
        return new Test.Share(population, test, minimum);
    }

    /** Some member of the population passes the test. */
    public static Test some(Population population, MemberTest test) {
        return new Test.Some(population, test);
    }

    public static Test every(Population population, MemberTest which, MemberTest test) {
        return new Test.Every(population, which, test);
    }

    public static Test spread(Population population, MemberTest which, Param<Integer> positions) {
        return new Test.Spread(population, which, positions);
    }

    /** The lead has a platform of one of the levels, of any type. */
    public static Test leadPlatform(Param<List<String>> levels) {
        return new Test.LeadPlatform(levels, Optional.empty(), false);
    }

    /** The lead has a platform of one of the levels and one of the types. */
    public static Test leadPlatform(Param<List<String>> levels, Param<List<String>> types) {
        return new Test.LeadPlatform(levels, Optional.of(types), false);
    }

    /** As {@link #leadPlatform(Param, Param)}, with a platform of another type UNKNOWN ("…等创新载体"). */
    public static Test leadPlatformOrLike(Param<List<String>> levels, Param<List<String>> types) {
        return new Test.LeadPlatform(levels, Optional.of(types), true);
    }

    public static Test leadAtLeast(NumberFact fact, Param<Integer> minimum) {
        return new Test.LeadAtLeast(fact, minimum);
    }

    public static Test fieldIn(Param<List<String>> fields) {
        return new Test.FieldIn(fields);
    }

    public static Test rdIntensity(Param<BigDecimal> share, Param<BigDecimal> amount, Param<Integer> years,
                                   Reading eachYear, Reading window) {
        return new Test.RdIntensity(share, amount, years, Optional.of(eachYear), Optional.of(window));
    }

    public static Test notBarred(Reading scope, Reading dayCount) {
        return new Test.NotBarred(scope, dayCount);
    }

    public static Test leadsNoOther(String programme) {
        return new Test.LeadsNoOther(programme);
    }

    /** A test of an own consortium fact. */
    public static Test own(OwnTest test) {
        return new Test.Own(test);
    }

    public static Test custom(CustomCondition condition) {
        return new Test.Custom(condition);
    }

    // ------------------------------------------------------------------ what a test depends on

    /** The readings that can change the test's outcome, in the order met. */
    public static List<Reading> readings(Test test) {
        Set<Reading> out = new LinkedHashSet<>();
        walk(test, out, new LinkedHashSet<>(), new ArrayList<>());
        return List.copyOf(out);
    }

    /** The parameters the test reads, in the order met (own facts' thresholds last). */
    public static List<Param<?>> parameters(Test test) {
        Set<Param<?>> out = new LinkedHashSet<>();
        List<OwnTest> own = new ArrayList<>();
        walk(test, new LinkedHashSet<>(), out, own);
        own.forEach(o -> out.addAll(o.parameters()));
        return List.copyOf(out);
    }

    /** The own facts the test reads, in the order met. */
    public static List<io.consortia.kernel.profile.OwnFact<?>> ownFacts(Test test) {
        Set<io.consortia.kernel.profile.OwnFact<?>> out = new LinkedHashSet<>();
        for (OwnTest t : ownTests(test)) {
            out.add(t.fact());
        }
        return List.copyOf(out);
    }

    /** The tests of own facts the test makes, of members and of the consortium, in the order met. */
    public static List<OwnTest> ownTests(Test test) {
        List<OwnTest> out = new ArrayList<>();
        walk(test, new LinkedHashSet<>(), new LinkedHashSet<>(), out);
        return out;
    }

    /** Whether the test needs the registry (⊕). */
    public static boolean crossConsortium(Test test) {
        if (test instanceof Test.NotBarred || test instanceof Test.LeadsNoOther) {
            return true;
        }
        return children(test).stream().anyMatch(Tests::crossConsortium);
    }

    /** The direct sub-tests. */
    public static List<Test> children(Test test) {
        if (test instanceof Test.All a) {
            return a.parts();
        }
        if (test instanceof Test.Any a) {
            return a.parts();
        }
        if (test instanceof Test.Implied i) {
            return List.of(i.a(), i.b());
        }
        if (test instanceof Test.Permission p) {
            return List.of(p.used());
        }
        if (test instanceof Test.ByReading b) {
            return List.of(b.byDefault(), b.alternative());
        }
        return List.of();
    }

    /** What a test depends on: the readings it consults, the parameters it reads, the tests of own facts it makes. */
    private static void walk(Test t, Set<Reading> readings, Set<Param<?>> params, List<OwnTest> own) {
        if (t instanceof Test.ByReading b) {
            readings.add(b.reading());
        } else if (t instanceof Test.Lead l) {
            walk(l.test(), readings, own);
        } else if (t instanceof Test.Count c) {
            walk(c.population(), readings);
            walk(c.test(), readings, own);
            params.add(c.minimum());
        } else if (t instanceof Test.Share s) {
            walk(s.population(), readings);
            walk(s.test(), readings, own);
            params.add(s.minimum());
        } else if (t instanceof Test.Some s) {
            walk(s.population(), readings);
            walk(s.test(), readings, own);
        } else if (t instanceof Test.Every e) {
            walk(e.population(), readings);
            walk(e.which(), readings, own);
            walk(e.test(), readings, own);
        } else if (t instanceof Test.Spread s) {
            walk(s.population(), readings);
            walk(s.which(), readings, own);
            params.add(s.positions());
        } else if (t instanceof Test.Own o) {
            own.add(o.test());
        } else if (t instanceof Test.LeadPlatform p) {
            params.add(p.levels());
            p.types().ifPresent(params::add);
        } else if (t instanceof Test.LeadAtLeast n) {
            params.add(n.minimum());
        } else if (t instanceof Test.FieldIn f) {
            params.add(f.fields());
        } else if (t instanceof Test.RdIntensity r) {
            r.eachYear().ifPresent(readings::add);
            r.window().ifPresent(readings::add);
            params.add(r.share());
            params.add(r.amount());
            params.add(r.years());
        } else if (t instanceof Test.NotBarred n) {
            readings.add(n.scope());
            readings.add(n.dayCount());
        } else if (t instanceof Test.Custom c) {
            readings.addAll(c.condition().readings());
            params.addAll(c.condition().parameters());
        }
        for (Test child : children(t)) {
            walk(child, readings, params, own);
        }
    }

    private static void walk(Population p, Set<Reading> readings) {
        if (p instanceof Population.ByReading b) {
            readings.add(b.reading());
            walk(b.byDefault(), readings);
            walk(b.alternative(), readings);
        }
    }

    static void walk(MemberTest m, Set<Reading> readings, List<OwnTest> own) {
        if (m instanceof MemberTest.ByReading b) {
            readings.add(b.reading());
            walk(b.byDefault(), readings, own);
            walk(b.alternative(), readings, own);
        } else if (m instanceof MemberTest.And a) {
            a.parts().forEach(x -> walk(x, readings, own));
        } else if (m instanceof MemberTest.Or o) {
            o.parts().forEach(x -> walk(x, readings, own));
        } else if (m instanceof MemberTest.Own o) {
            own.add(o.test());
        }
    }
}
