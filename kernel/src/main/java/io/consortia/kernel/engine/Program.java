package io.consortia.kernel.engine;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.Optional;
import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.profile.FactBits;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.OwnTest;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.rule.Test;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The rules of one edition compiled for evaluation. Every member test any rule uses becomes a
 * predicate over fact bits; one pass over the members evaluates them all into bit sets (who
 * passes, who is unknown); then each rule's test is a few operations on those sets and on the
 * parameter values. Nothing is written in words while assessing: the bit sets, the outcomes and
 * the profile are the evidence, decoded into {@link io.consortia.kernel.evidence.Evidence} when
 * output asks for it. Immutable and thread-safe.
 */
public final class Program {

    final String jurisdiction;
    final Rule[] rules;
    /** The rules as a list, made once ({@link #rules()} is called per finding). */
    private final List<Rule> ruleList;
    final Node[] roots;
    final boolean[] cross;
    /** The member tests evaluated on every member: each a list of clauses, each clause the columns of its literals. */
    final int[][][] preds;
    /** The columns the predicates read, and into which a run transposes the members' facts. */
    final Layout layout;
    /**
     * Per predicate: its row in the table of predicates evaluated once per profile over every
     * member ({@link Table}), or {@code -1 - k} when it reads an own fact's test and is {@code
     * ownPreds[k]} (whose columns each run computes).
     */
    final int[] row;
    /** The predicates that read own facts' tests. */
    final int[] ownPreds;
    /** The predicates of {@link #row}, this program's own table (a set's programs use the set's). */
    final Table table;
    /** The member tests evaluated on the lead only. */
    final long[][] leadPreds;
    /**
     * The tests of own member facts, by index: their columns are {@link #OWN_COLUMN} and on, read
     * from what each run computes with its parameter values and reference date, not from the
     * transposition (which other programs may share).
     */
    final OwnTest[] own;
    /** Whether an own fact's test reads a parameter: then other overrides mean computing its columns again. */
    final boolean ownReadsParameters;
    final Region[] regions;
    /** The region bits: always known. */
    final long regionKnown;
    /** Every reading a test consults, by index: a run turns them into one bit mask. */
    final Reading[] readings;
    /** Per rule: its strength, and the index of the reading that switches it (-1: none) and to what. */
    final byte[] strength;
    final int[] switchReading;
    final byte[] switchedStrength;
    /**
     * Per rule, what its outcome depends on besides the profile, the date and the registry: the
     * readings it consults (bit i: reading i), and the slots of the parameters it reads; a rule
     * with a custom condition may consult anything ({@link #opaque}). {@link Run#under} evaluates
     * again only the rules whose readings or parameter values differ.
     */
    final long[] reads;
    final int[][] slots;
    final boolean[] opaque;

    /** The first column of the own facts' tests in a compiled predicate (beyond any layout's columns). */
    static final int OWN_COLUMN = 1 << 24;

    private Program(String jurisdiction, Rule[] rules, Node[] roots, long[][] preds, long[][] leadPreds, Region[] regions,
                    OwnTest[] own, Reading[] readings, int[][] slots, boolean[] opaque) {
        this.jurisdiction = jurisdiction;
        this.slots = slots;
        this.opaque = opaque;
        this.reads = new long[rules.length];
        this.rules = rules;
        this.ruleList = List.of(rules);
        this.roots = roots;
        this.leadPreds = leadPreds;
        this.own = own;
        boolean reads = false;
        for (OwnTest t : own) {
            reads |= !t.parameters().isEmpty();
        }
        this.ownReadsParameters = reads;
        this.regionKnown = Run.regionKnown(regions);
        this.layout = Layout.of(preds, regions);
        this.preds = new int[preds.length][][];
        for (int p = 0; p < preds.length; p++) {
            this.preds[p] = new int[preds[p].length][];
            for (int c = 0; c < preds[p].length; c++) {
                int[] literals = new int[Long.bitCount(preds[p][c])];
                int k = 0;
                for (long x = preds[p][c]; x != 0; x &= x - 1) {
                    int bit = Long.numberOfTrailingZeros(x);
                    literals[k++] = bit >= FactBits.OWN && bit < FactBits.FREE ? OWN_COLUMN + bit - FactBits.OWN : layout.column(bit);
                }
                this.preds[p][c] = literals;
            }
        }
        this.table = new Table();
        this.row = table.rows(this.preds);
        this.ownPreds = ownPreds(row);
        this.regions = regions;
        this.readings = readings;
        this.cross = new boolean[rules.length];
        this.strength = new byte[rules.length];
        this.switchReading = new int[rules.length];
        this.switchedStrength = new byte[rules.length];
        for (int i = 0; i < rules.length; i++) {
            cross[i] = rules[i].crossConsortium();
            strength[i] = (byte) rules[i].strength().ordinal();
            switchReading[i] = -1;
            int at = i;
            rules[i].strengthSwitch().ifPresent(sw -> {
                switchReading[at] = index(readings, sw.reading());
                switchedStrength[at] = (byte) sw.underAlternative().ordinal();
            });
            for (Reading r : rules[i].readings()) {
                int k = indexOrNone(readings, r);
                if (k < 0) {
                    opaque[i] = true;
                } else {
                    this.reads[i] |= 1L << k;
                }
            }
        }
    }

    /**
     * The same program reading its columns from {@code union}, a layout containing its own, and its
     * predicates from {@code table}, shared with the other programs of a set.
     */
    private Program(Program of, Layout union, Table table) {
        this.jurisdiction = of.jurisdiction;
        this.rules = of.rules;
        this.ruleList = of.ruleList;
        this.roots = of.roots;
        this.cross = of.cross;
        this.leadPreds = of.leadPreds;
        this.own = of.own;
        this.ownReadsParameters = of.ownReadsParameters;
        this.regions = of.regions;
        this.regionKnown = of.regionKnown;
        this.readings = of.readings;
        this.strength = of.strength;
        this.switchReading = of.switchReading;
        this.switchedStrength = of.switchedStrength;
        this.reads = of.reads;
        this.slots = of.slots;
        this.opaque = of.opaque;
        this.layout = union;
        this.preds = new int[of.preds.length][][];
        for (int p = 0; p < preds.length; p++) {
            preds[p] = new int[of.preds[p].length][];
            for (int c = 0; c < preds[p].length; c++) {
                int[] literals = of.preds[p][c].clone();
                for (int k = 0; k < literals.length; k++) {
                    if (literals[k] < OWN_COLUMN) {
                        literals[k] = of.layout.columnIn(union, literals[k]);
                    }
                }
                preds[p][c] = literals;
            }
        }
        this.table = table;
        this.row = table.rows(preds);
        this.ownPreds = ownPreds(row);
    }

    /** The predicates without a row, numbered {@code -1 - k} in {@code row}. */
    private static int[] ownPreds(int[] row) {
        int[] out = new int[row.length];
        int k = 0;
        for (int p = 0; p < row.length; p++) {
            if (row[p] < 0) {
                row[p] = -1 - k;
                out[k++] = p;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** This program on a layout and a table of predicates shared with others ({@link ProgramSet}). */
    Program on(Layout union, Table table) {
        return new Program(this, union, table);
    }

    private static int index(Reading[] readings, Reading r) {
        int i = indexOrNone(readings, r);
        if (i < 0) {
            throw new IllegalStateException("reading " + r.id() + " was not indexed");
        }
        return i;
    }

    private static int indexOrNone(Reading[] readings, Reading r) {
        for (int i = 0; i < readings.length; i++) {
            if (readings[i].id().equals(r.id())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Compiles rules.
     *
     * @param slotOf each parameter handle's slot among the edition's parameters
     * @throws IllegalArgumentException when a test cannot be compiled (a programming error in a
     *     jurisdiction module, reported when the catalog is built)
     */
    public static Program compile(String jurisdiction, List<Rule> rules, ToIntFunction<Param<?>> slotOf) {
        Compiler c = new Compiler(slotOf);
        Node[] roots = new Node[rules.size()];
        int[][] slots = new int[roots.length][];
        boolean[] opaque = new boolean[roots.length];
        for (int i = 0; i < roots.length; i++) {
            c.custom = false;
            roots[i] = c.node(rules.get(i).test());
            opaque[i] = c.custom;
            slots[i] = rules.get(i).parameters().stream().mapToInt(c::slot).toArray();
            rules.get(i).strengthSwitch().ifPresent(sw -> c.reading(sw.reading()));
        }
        if (c.readings.size() > 62) {
            throw new IllegalArgumentException("a jurisdiction's rules consult at most 62 readings");
        }
        return new Program(jurisdiction, rules.toArray(Rule[]::new), roots, c.preds.toArray(long[][]::new),
                c.leadPreds.toArray(long[][]::new), c.regions.list.toArray(Region[]::new), c.own.list.toArray(OwnTest[]::new),
                c.readings.toArray(Reading[]::new), slots, opaque);
    }

    /** Assesses one profile on a reference date, under readings, with a registry or without, on parameter values. */
    public Run run(Profile profile, LocalDate asOf, ReadingSet readings, Optional<Registry> registry, Bindings bindings) {
        Run r = new Run(this, profile, null, null, asOf, readings, registry, bindings);
        r.decide();
        return r;
    }

    public List<Rule> rules() {
        return ruleList;
    }

    /** Turns tests into nodes, sharing predicates between rules. */
    static final class Compiler {
        final ToIntFunction<Param<?>> slotOf;
        final List<long[]> preds = new ArrayList<>();
        final Map<String, Integer> predIndex = new HashMap<>();
        final List<long[]> leadPreds = new ArrayList<>();
        final Map<String, Integer> leadPredIndex = new HashMap<>();
        final Preds.Regions regions = new Preds.Regions();
        final Preds.OwnAtoms own = new Preds.OwnAtoms();
        final List<Reading> readings = new ArrayList<>();
        /** Whether a custom condition was compiled (since last cleared). */
        boolean custom;

        /** The index of a reading in the program's mask. */
        int reading(Reading r) {
            for (int i = 0; i < readings.size(); i++) {
                if (readings.get(i).id().equals(r.id())) {
                    return i;
                }
            }
            readings.add(r);
            return readings.size() - 1;
        }

        int[] readings(List<Reading> rs) {
            int[] out = new int[rs.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = reading(rs.get(i));
            }
            return out;
        }

        Compiler(ToIntFunction<Param<?>> slotOf) {
            this.slotOf = slotOf;
        }

        int slot(Param<?> p) {
            return slotOf.applyAsInt(p);
        }

        /** A member test evaluated on every member, compiled under every combination of the readings it consults. */
        PredRef pred(MemberTest test) {
            return pred(test, preds, predIndex);
        }

        /** A member test evaluated on the lead only. */
        PredRef leadPred(MemberTest test) {
            return pred(test, leadPreds, leadPredIndex);
        }

        private PredRef pred(MemberTest test, List<long[]> preds, Map<String, Integer> predIndex) {
            List<Reading> readings = Preds.readings(test);
            int[] indexes = new int[1 << readings.size()];
            for (int assignment = 0; assignment < indexes.length; assignment++) {
                ReadingSet set = ReadingSet.defaults();
                for (int i = 0; i < readings.size(); i++) {
                    set = set.with(readings.get(i), (assignment & (1 << i)) != 0);
                }
                long[] clauses = Preds.clauses(Preds.resolve(test, set), regions, own);
                String key = Arrays.toString(clauses);
                Integer index = predIndex.get(key);
                if (index == null) {
                    index = preds.size();
                    preds.add(clauses);
                    predIndex.put(key, index);
                }
                indexes[assignment] = index;
            }
            return new PredRef(test, readings(readings), indexes);
        }

        PopRef population(Population p) {
            List<Reading> readings = new ArrayList<>();
            collect(p, readings);
            int[] choice = new int[1 << readings.size()];
            for (int assignment = 0; assignment < choice.length; assignment++) {
                ReadingSet set = ReadingSet.defaults();
                for (int i = 0; i < readings.size(); i++) {
                    set = set.with(readings.get(i), (assignment & (1 << i)) != 0);
                }
                choice[assignment] = resolve(p, set) instanceof Population.Everyone ? PopRef.ALL : PopRef.OTHERS;
            }
            return new PopRef(readings(readings), choice);
        }

        private static void collect(Population p, List<Reading> out) {
            if (p instanceof Population.ByReading b) {
                if (!out.contains(b.reading())) {
                    out.add(b.reading());
                }
                collect(b.byDefault(), out);
                collect(b.alternative(), out);
            }
        }

        static Population resolve(Population p, ReadingSet set) {
            if (p instanceof Population.ByReading b) {
                return resolve(set.isAlternative(b.reading()) ? b.alternative() : b.byDefault(), set);
            }
            return p;
        }

        Node node(Test t) {
            if (t instanceof Test.All a) {
                return new Node.Junction(a.parts().stream().map(this::node).toArray(Node[]::new), true, t);
            }
            if (t instanceof Test.Any a) {
                return new Node.Junction(a.parts().stream().map(this::node).toArray(Node[]::new), false, t);
            }
            if (t instanceof Test.Implied i) {
                return new Node.Implied(node(i.a()), node(i.b()), t);
            }
            if (t instanceof Test.Permission p) {
                return new Node.Permission(node(p.used()), t);
            }
            if (t instanceof Test.ByReading b) {
                return new Node.Choice(b.reading(), reading(b.reading()), node(b.byDefault()), node(b.alternative()), t);
            }
            if (t instanceof Test.Lead l) {
                return new Node.Lead(leadPred(l.test()), t);
            }
            if (t instanceof Test.Governance g) {
                return new Node.Governance(io.consortia.kernel.profile.FactBits.of(g.item()), t);
            }
            if (t instanceof Test.Count c) {
                return new Node.Count(population(c.population()), pred(c.test()), slot(c.minimum()), t);
            }
            if (t instanceof Test.Share s) {
                return new Node.Share(population(s.population()), pred(s.test()), slot(s.minimum()), t);
            }
            if (t instanceof Test.Some s) {
                return new Node.Some(population(s.population()), pred(s.test()), t);
            }
            if (t instanceof Test.Every e) {
                return new Node.Every(population(e.population()), pred(e.which()), pred(e.test()), t);
            }
            if (t instanceof Test.Spread s) {
                PredRef[] at = new PredRef[3];
                io.consortia.kernel.profile.ChainPosition[] positions = io.consortia.kernel.profile.ChainPosition.values();
                for (int i = 0; i < 3; i++) {
                    at[i] = pred(MemberTest.all(s.which(), MemberTest.placed(positions[i])));
                }
                return new Node.Spread(population(s.population()), pred(s.which()), at,
                        pred(MemberTest.all(s.which(), MemberTest.inChain())), slot(s.positions()), t);
            }
            if (t instanceof Test.LeadPlatform p) {
                return new Node.Platforms(slot(p.levels()), p.types().map(this::slot).orElse(-1), p.likeCarriers(), t);
            }
            if (t instanceof Test.LeadAtLeast n) {
                return new Node.AtLeast(n.fact(), slot(n.minimum()), t);
            }
            if (t instanceof Test.FieldIn f) {
                return new Node.FieldIn(slot(f.fields()), t);
            }
            if (t instanceof Test.RdIntensity r) {
                return new Node.Rd(slot(r.share()), slot(r.amount()), slot(r.years()), r.eachYear().orElse(null),
                        r.window().orElse(null), r.eachYear().map(this::reading).orElse(-1), r.window().map(this::reading).orElse(-1), t);
            }
            if (t instanceof Test.NotBarred n) {
                return new Node.NotBarred(n.scope(), n.dayCount(), reading(n.scope()), reading(n.dayCount()), t);
            }
            if (t instanceof Test.LeadsNoOther l) {
                return new Node.LeadsNoOther(l.programme(), t);
            }
            if (t instanceof Test.Own o) {
                return new Node.OwnFact(o.test(), t);
            }
            if (t instanceof Test.Custom c) {
                custom = true;
                return new Node.Custom(c.condition(), t);
            }
            throw new IllegalArgumentException("a test the kernel cannot compile: " + t);
        }
    }

    /**
     * Predicates evaluated once per profile over every member, whichever rule, run or program of a
     * set asks: each a list of clauses of columns, without own facts' tests. Equal predicates (the
     * same clauses, in any order) share a row. Filled while programs are compiled, read-only after.
     */
    static final class Table {
        private final List<int[][]> rows = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        /** Each predicate's row, added when new; -1 for a predicate that reads an own fact's test. */
        int[] rows(int[][][] preds) {
            int[] out = new int[preds.length];
            for (int p = 0; p < preds.length; p++) {
                out[p] = row(preds[p]);
            }
            return out;
        }

        private int row(int[][] clauses) {
            List<String> key = new ArrayList<>();
            for (int[] clause : clauses) {
                int[] sorted = clause.clone();
                Arrays.sort(sorted);
                if (sorted.length > 0 && sorted[sorted.length - 1] >= OWN_COLUMN) {
                    return -1;
                }
                key.add(Arrays.toString(sorted));
            }
            key.sort(null);
            return index.computeIfAbsent(key.toString(), k -> {
                rows.add(clauses);
                return rows.size() - 1;
            });
        }

        int size() {
            return rows.size();
        }

        /** Every row on the members of a transposition by {@code layout}, as {@link Run#evaluate} lays them out. */
        long[] evaluate(Layout layout, long[] bits, int n, int words) {
            long[] out = new long[2 * rows.size() * words];
            for (int r = 0; r < rows.size(); r++) {
                Run.evaluate(rows.get(r), layout, bits, null, n, words, out, r);
            }
            return out;
        }
    }

    /** A population resolved per run: ALL or OTHERS, by the readings it consults (indexes into the run's mask). */
    static final class PopRef {
        static final int ALL = 0;
        static final int OTHERS = 1;
        final int[] readings;
        final int[] choice;

        PopRef(int[] readings, int[] choice) {
            this.readings = readings;
            this.choice = choice;
        }

        int resolve(Run r) {
            return readings.length == 0 ? choice[0] : choice[r.assignment(readings)];
        }
    }

    /** A member test's predicate resolved per run, by the readings it consults (indexes into the run's mask). */
    static final class PredRef {
        final MemberTest test;
        final int[] readings;
        final int[] preds;

        PredRef(MemberTest test, int[] readings, int[] preds) {
            this.test = test;
            this.readings = readings;
            this.preds = preds;
        }

        int resolve(Run r) {
            return readings.length == 0 ? preds[0] : preds[r.assignment(readings)];
        }
    }
}
