package io.consortia.kernel.engine;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FactBits;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.rule.MemberTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Member tests in conjunctive normal form over a member's fact bits: a predicate is a list of
 * clauses, each clause a mask of literals of which one must hold. Three-valued evaluation is
 * exact for Kleene logic (a distributive lattice): a clause passes when a literal is known true,
 * fails when all its literals are known false, and is unknown otherwise; the predicate is the
 * minimum of its clauses.
 */
final class Preds {

    private Preds() {}

    /** The regions a program tests, each with two bits: registered in it, present in it. */
    static final class Regions {
        final List<Region> list = new ArrayList<>();

        int slot(Region region) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).prefix().equals(region.prefix())) {
                    return i;
                }
            }
            if (FactBits.FREE + 2 * (list.size() + 1) > 64) {
                throw new IllegalArgumentException("a jurisdiction's rules test at most " + (64 - FactBits.FREE) / 2 + " regions");
            }
            list.add(region);
            return list.size() - 1;
        }

        static long registeredBit(int slot) {
            return 1L << (FactBits.FREE + 2 * slot);
        }

        static long presentBit(int slot) {
            return 1L << (FactBits.FREE + 2 * slot + 1);
        }
    }

    /** The readings a member test consults, in order. */
    static List<Reading> readings(MemberTest t) {
        Set<Reading> out = new LinkedHashSet<>();
        collect(t, out);
        return List.copyOf(out);
    }

    private static void collect(MemberTest t, Set<Reading> out) {
        if (t instanceof MemberTest.ByReading b) {
            out.add(b.reading());
            collect(b.byDefault(), out);
            collect(b.alternative(), out);
        } else if (t instanceof MemberTest.And a) {
            a.parts().forEach(p -> collect(p, out));
        } else if (t instanceof MemberTest.Or o) {
            o.parts().forEach(p -> collect(p, out));
        }
    }

    /** The test with every reading resolved as the set says. */
    static MemberTest resolve(MemberTest t, ReadingSet readings) {
        if (t instanceof MemberTest.ByReading b) {
            return resolve(readings.isAlternative(b.reading()) ? b.alternative() : b.byDefault(), readings);
        }
        if (t instanceof MemberTest.And a) {
            return new MemberTest.And(a.parts().stream().map(p -> resolve(p, readings)).toList());
        }
        if (t instanceof MemberTest.Or o) {
            return new MemberTest.Or(o.parts().stream().map(p -> resolve(p, readings)).toList());
        }
        return t;
    }

    /** The CNF clauses of a test without readings. An empty list always passes. */
    static long[] clauses(MemberTest t, Regions regions) {
        List<Long> out = clauseList(t, regions);
        long[] a = new long[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        Arrays.sort(a);
        return a;
    }

    private static List<Long> clauseList(MemberTest t, Regions regions) {
        if (t instanceof MemberTest.Anyone) {
            return List.of();
        }
        if (t instanceof MemberTest.Kind k) {
            long mask = 0;
            for (UnitKind kind : k.kinds()) {
                mask |= FactBits.of(kind);
            }
            return List.of(mask);
        }
        if (t instanceof MemberTest.Fact f) {
            return List.of(FactBits.of(f.fact()));
        }
        if (t instanceof MemberTest.RegisteredIn r) {
            return List.of(Regions.registeredBit(regions.slot(r.region())));
        }
        if (t instanceof MemberTest.PresentIn r) {
            return List.of(Regions.presentBit(regions.slot(r.region())));
        }
        if (t instanceof MemberTest.Placed p) {
            long mask = 0;
            for (ChainPosition c : p.positions()) {
                mask |= FactBits.of(c);
            }
            return List.of(mask);
        }
        if (t instanceof MemberTest.And a) {
            List<Long> out = new ArrayList<>();
            for (MemberTest part : a.parts()) {
                out.addAll(clauseList(part, regions));
            }
            return out;
        }
        if (t instanceof MemberTest.Or o) {
            // Distribute: (A1 ∧ A2) ∨ (B1) = (A1 ∨ B1) ∧ (A2 ∨ B1).
            List<Long> product = null;
            for (MemberTest part : o.parts()) {
                List<Long> cs = clauseList(part, regions);
                if (cs.isEmpty()) {
                    return List.of();
                }
                if (product == null) {
                    product = new ArrayList<>(cs);
                } else {
                    List<Long> next = new ArrayList<>();
                    for (long x : product) {
                        for (long y : cs) {
                            next.add(x | y);
                        }
                    }
                    product = next;
                }
            }
            return product;
        }
        throw new IllegalArgumentException("resolve readings before compiling: " + t);
    }

    /** Evaluates clauses on fact vectors: the hot loop's body, also used one member at a time. */
    static int eval(long[] clauses, long known, long value) {
        int out = 2;
        for (long c : clauses) {
            if ((value & c) != 0) {
                continue;
            }
            if ((known & c) == c) {
                return 0;
            }
            out = 1;
        }
        return out;
    }
}
