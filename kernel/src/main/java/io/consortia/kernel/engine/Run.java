package io.consortia.kernel.engine;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.parameter.ParameterValues;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.rule.Evidence;
import io.consortia.kernel.rule.OwnTest;
import io.consortia.kernel.rule.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One profile assessed by one {@link Program}: the members' bit sets, every rule's outcome and
 * strength, and the verdict. What it holds is the evidence; {@link #evidence(int)} decodes a
 * rule's on demand.
 */
public final class Run implements RuleContext {

    static final byte FAIL = 0;
    static final byte UNKNOWN = 1;
    static final byte PASS = 2;
    /** The outcome of a cross-consortium rule left out for want of a registry. */
    static final byte SKIPPED = 3;

    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final Strength[] STRENGTHS = Strength.values();
    private static final long[] NONE = {};

    final Program program;
    final Profile profile;
    final List<Member> members;
    final int n;
    final int words;
    final int lead;
    final LocalDate asOf;
    final ReadingSet readings;
    final Optional<Registry> registry;
    final Bindings bindings;
    /** Bit i set when the program's reading i is at its alternative. */
    final long mask;
    /** The lead's fact vectors, region bits included. */
    final long leadKnown;
    final long leadValue;
    /** The members' facts by column, as {@link Layout#transpose} lays them out; possibly shared with other runs. */
    final long[] bits;
    /** Who passes and who fails each predicate of the program's table ({@link Program.Table#evaluate}); possibly shared. */
    private final long[] rows;
    /** The same for the program's predicates that read own facts' tests ({@link Program#ownPreds}), with this run's columns. */
    private final long[] ownRows;
    /**
     * The columns of the program's own facts' tests ({@link Program#OWN_COLUMN} and on), for
     * this run's parameter values and reference date: who states the fact at {@code 2k * words +
     * w}, who passes the test at {@code (2k + 1) * words + w}. Empty without own facts.
     */
    private final long[] own;
    /** Per rule: outcome in the low two bits, strength above. */
    private final byte[] results;
    private Verdict verdict;

    /**
     * @param bits the members' facts as the program's layout transposes them, or null to transpose
     *     them here
     * @param rows the program's table of predicates evaluated on them (with {@code bits}, else null)
     */
    Run(Program program, Profile profile, long[] bits, long[] rows, LocalDate asOf, ReadingSet readings, Optional<Registry> registry,
        Bindings bindings) {
        this.program = program;
        this.profile = profile;
        this.members = profile.members();
        this.n = members.size();
        this.words = (n + 63) >>> 6;
        this.lead = profile.leadIndex();
        this.asOf = asOf;
        this.readings = readings;
        this.registry = registry;
        this.bindings = bindings;
        this.mask = mask(program, readings);
        Member l = members.get(lead);
        this.leadKnown = l.knownBits() | program.regionKnown | ownBits(l, false);
        this.leadValue = value(l, program.regions) | ownBits(l, true);
        this.bits = bits != null ? bits : program.layout.transpose(members.toArray(new Member[0]), words);
        this.rows = rows != null ? rows : program.table.evaluate(program.layout, this.bits, n, words);
        this.own = ownColumns();
        this.ownRows = ownRows();
        this.results = new byte[program.rules.length];
    }

    /** A view of a run under other readings and parameter values, sharing its members' bit sets. */
    private Run(Run of, ReadingSet readings, Bindings bindings) {
        this.program = of.program;
        this.profile = of.profile;
        this.members = of.members;
        this.n = of.n;
        this.words = of.words;
        this.lead = of.lead;
        this.asOf = of.asOf;
        this.readings = readings;
        this.registry = of.registry;
        this.bindings = bindings;
        this.mask = mask(program, readings);
        // Own facts' tests that read a parameter were evaluated with the first run's values: with
        // others, their columns (and the lead's bits) are computed again; the transposition is shared.
        boolean again = program.ownReadsParameters && bindings != of.bindings;
        Member l = members.get(lead);
        this.leadKnown = of.leadKnown;
        this.leadValue = again ? value(l, program.regions) | ownBits(l, true) : of.leadValue;
        this.bits = of.bits;
        this.rows = of.rows;
        this.own = again ? ownColumns() : of.own;
        this.ownRows = again ? ownRows() : of.ownRows;
        this.results = new byte[of.results.length];
    }

    private static long mask(Program program, ReadingSet readings) {
        long m = 0;
        Reading[] rs = program.readings;
        for (int i = 0; i < rs.length; i++) {
            if (readings.isAlternative(rs[i])) {
                m |= 1L << i;
            }
        }
        return m;
    }

    /**
     * The same profile under other readings and parameter values. The pass over the members is not
     * repeated: member tests are compiled under every combination of the readings they consult and
     * thresholds are not part of them, so only the rules are evaluated again, and of those only the
     * ones that read a reading or a parameter whose value differs (the others keep this run's
     * outcome; a rule with a custom condition is always evaluated again). What surveys use for
     * scenarios and reading sensitivity.
     */
    public Run under(ReadingSet readings, Bindings bindings) {
        Run r = new Run(this, readings, bindings);
        r.decide(this);
        return r;
    }

    /** Every rule's outcome and strength, and the verdict, from the bit sets. */
    void decide() {
        decide(null);
    }

    /**
     * As {@link #decide()}, taking from {@code base} (the same profile, date and registry) the
     * outcome of every rule that reads no reading and no parameter value that differs from it.
     */
    private void decide(Run base) {
        long changed = base == null ? 0 : mask ^ base.mask;
        boolean mandatoryFails = false;
        boolean bindingUnknown = false;
        boolean presumptiveFails = false;
        boolean withRegistry = registry.isPresent();
        // The program's arrays in locals: the JIT reloads a field after every call.
        Program p = program;
        Node[] roots = p.roots;
        byte[] strength = p.strength;
        int[] switchReading = p.switchReading;
        boolean[] cross = p.cross;
        byte[] out = results;
        for (int i = 0; i < out.length; i++) {
            int s = switchReading[i] >= 0 && (mask & (1L << switchReading[i])) != 0 ? p.switchedStrength[i] : strength[i];
            if (cross[i] && !withRegistry) {
                out[i] = (byte) (s << 2 | SKIPPED);
                continue;
            }
            int o = base != null && !p.opaque[i] && (p.reads[i] & changed) == 0 && sameValues(base, p.slots[i])
                    ? base.results[i] & 3
                    : roots[i].eval(this);
            out[i] = (byte) (s << 2 | o);
            if (o == FAIL) {
                if (s == 0) {
                    mandatoryFails = true;
                } else if (s == 1) {
                    presumptiveFails = true;
                }
            } else if (o == UNKNOWN && s <= 1) {
                bindingUnknown = true;
            }
        }
        verdict = mandatoryFails ? Verdict.INELIGIBLE
                : bindingUnknown ? Verdict.UNDETERMINED
                : presumptiveFails ? Verdict.ELIGIBLE_WITH_DEVIATIONS : Verdict.ELIGIBLE;
    }

    /** Whether the parameters of these slots have the same values as in {@code base}. */
    private boolean sameValues(Run base, int[] slots) {
        if (bindings == base.bindings) {
            return true;
        }
        for (int slot : slots) {
            if (!java.util.Objects.equals(bindings.value(slot), base.bindings.value(slot))) {
                return false;
            }
        }
        return true;
    }

    /** The region bits, always known. */
    static long regionKnown(Region[] regions) {
        long known = 0;
        for (int r = 0; r < regions.length; r++) {
            known |= Preds.Regions.registeredBit(r) | Preds.Regions.presentBit(r);
        }
        return known;
    }

    /**
     * The bits of the program's own facts' tests for one member (for the lead's predicates): those
     * it states ({@code passing} false), or those that pass on it in this run.
     */
    private long ownBits(Member m, boolean passing) {
        long out = 0;
        OwnTest[] tests = program.own;
        for (int k = 0; k < tests.length; k++) {
            Optional<?> v = m.own(tests[k].fact());
            if (v.isPresent() && (!passing || tests[k].test(v, bindings, asOf) == Outcome.PASS)) {
                out |= Preds.OwnAtoms.bit(k);
            }
        }
        return out;
    }

    /** The columns of the own facts' tests over every member. */
    private long[] ownColumns() {
        OwnTest[] tests = program.own;
        if (tests.length == 0) {
            return NONE;
        }
        long[] out = new long[2 * tests.length * words];
        for (int k = 0; k < tests.length; k++) {
            for (int i = 0; i < n; i++) {
                Optional<?> v = members.get(i).own(tests[k].fact());
                if (v.isPresent()) {
                    long bit = 1L << (i & 63);
                    out[2 * k * words + (i >>> 6)] |= bit;
                    if (tests[k].test(v, bindings, asOf) == Outcome.PASS) {
                        out[(2 * k + 1) * words + (i >>> 6)] |= bit;
                    }
                }
            }
        }
        return out;
    }

    /** A member's value bits with the program's region bits. */
    static long value(Member m, Region[] regions) {
        long value = m.valueBits();
        if (regions.length > 0) {
            int code = m.registeredNumber();
            boolean stations = m.hasStations();
            for (int r = 0; r < regions.length; r++) {
                if (regions[r].contains(code)) {
                    value |= Preds.Regions.registeredBit(r) | Preds.Regions.presentBit(r);
                } else if (stations && m.presentIn(regions[r])) {
                    value |= Preds.Regions.presentBit(r);
                }
            }
        }
        return value;
    }

    // ------------------------------------------------------------------ bit sets

    /** Word {@code w} of the members for whom the predicate passes: every clause has a literal known true. */
    long passWord(int pred, int w) {
        int row = program.row[pred];
        return row >= 0 ? rows[2 * row * words + w] : ownRows[(-2 - 2 * row) * words + w];
    }

    /** Word {@code w} of the members for whom the predicate fails: some clause has every literal known false. */
    long failWord(int pred, int w) {
        int row = program.row[pred];
        return row >= 0 ? rows[(2 * row + 1) * words + w] : ownRows[(-1 - 2 * row) * words + w];
    }

    /**
     * Evaluates a predicate on every member into {@code out}: who passes (every clause has a literal
     * known true) at {@code 2 * row * words + w}, who fails (some clause has every literal known
     * false) at {@code (2 * row + 1) * words + w}. Own facts' columns are read from {@code own}.
     */
    static void evaluate(int[][] clauses, Layout layout, long[] bits, long[] own, int n, int words, long[] out, int row) {
        int stated = layout.stated;
        int valueAt = layout.valueAt(words);
        for (int w = 0; w < words; w++) {
            int left = n - 64 * w;
            long everyone = left >= 64 ? -1L : (1L << left) - 1;
            long pass = everyone;
            long fail = 0;
            for (int[] clause : clauses) {
                long some = 0;
                long allFalse = everyone;
                for (int column : clause) {
                    long known;
                    long value;
                    if (column >= Program.OWN_COLUMN) {
                        int k = column - Program.OWN_COLUMN;
                        known = own[2 * k * words + w];
                        value = own[(2 * k + 1) * words + w];
                    } else {
                        known = column >= stated ? everyone : bits[column * words + w];
                        value = bits[valueAt + column * words + w];
                    }
                    some |= value;
                    allFalse &= known & ~value;
                }
                pass &= some;
                fail |= allFalse;
            }
            out[2 * row * words + w] = pass;
            out[(2 * row + 1) * words + w] = fail;
        }
    }

    /** The predicates that read own facts' tests, on every member, with this run's own columns. */
    private long[] ownRows() {
        int[] preds = program.ownPreds;
        if (preds.length == 0) {
            return NONE;
        }
        long[] out = new long[2 * preds.length * words];
        for (int k = 0; k < preds.length; k++) {
            evaluate(program.preds[preds[k]], program.layout, bits, own, n, words, out, k);
        }
        return out;
    }

    /** How many members of the population pass the predicate. */
    int countPass(int pred, int pop) {
        int c = 0;
        for (int w = 0; w < words; w++) {
            c += Long.bitCount(passWord(pred, w) & population(pop, w));
        }
        return c;
    }

    /** How many members of the population are unknown for the predicate. */
    int countUnknown(int pred, int pop) {
        int c = 0;
        for (int w = 0; w < words; w++) {
            c += Long.bitCount(population(pop, w) & ~passWord(pred, w) & ~failWord(pred, w));
        }
        return c;
    }

    /** Word {@code w} of population {@code pop} (ALL, or OTHERS: every member but the lead). */
    long population(int pop, int w) {
        int left = n - 64 * w;
        long all = left >= 64 ? -1L : (1L << left) - 1;
        if (pop == Program.PopRef.OTHERS && (lead >>> 6) == w) {
            all &= ~(1L << (lead & 63));
        }
        return all;
    }

    /** How many members the population has. */
    int size(int pop) {
        return pop == Program.PopRef.OTHERS ? n - 1 : n;
    }

    boolean inPopulation(int pop, int i) {
        return pop == Program.PopRef.ALL || i != lead;
    }

    /** The outcome of member {@code i} for a scanned predicate. */
    int outcomeOf(int pred, int i) {
        long bit = 1L << (i & 63);
        if ((passWord(pred, i >>> 6) & bit) != 0) {
            return PASS;
        }
        return (failWord(pred, i >>> 6) & bit) != 0 ? FAIL : UNKNOWN;
    }

    /** The outcome of a lead predicate. */
    int leadOutcome(int leadPred) {
        return Preds.eval(program.leadPreds[leadPred], leadKnown, leadValue);
    }

    /** Whether the program's reading {@code index} is at its alternative. */
    boolean alternative(int index) {
        return index >= 0 && (mask & (1L << index)) != 0;
    }

    /** The index of the assignment of the readings (bit i set when reading i is at its alternative). */
    int assignment(int[] indexes) {
        int a = 0;
        for (int i = 0; i < indexes.length; i++) {
            if ((mask & (1L << indexes[i])) != 0) {
                a |= 1 << i;
            }
        }
        return a;
    }

    /** The ids of the members in population {@code pop} for which the predicate has the outcome (every member: pred -1). */
    List<String> ids(int pop, int pred, int outcome) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (inPopulation(pop, i) && (pred < 0 || outcomeOf(pred, i) == outcome)) {
                out.add(members.get(i).id());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ results

    public Verdict verdict() {
        return verdict;
    }

    public int size() {
        return results.length;
    }

    /** Whether rule {@code i} was evaluated (a cross-consortium rule is not, without a registry). */
    public boolean evaluated(int i) {
        return (results[i] & 3) != SKIPPED;
    }

    public Outcome outcome(int i) {
        return OUTCOMES[results[i] & 3];
    }

    /** The first rule from {@code i} on that was evaluated and did not pass, or -1. */
    public int nextNotPassing(int i) {
        for (int k = i; k < results.length; k++) {
            int o = results[k] & 3;
            if (o == FAIL || o == UNKNOWN) {
                return k;
            }
        }
        return -1;
    }

    public Strength strength(int i) {
        return STRENGTHS[results[i] >> 2];
    }

    /** What established rule {@code i}'s outcome, decoded from what the run holds. */
    public Evidence evidence(int i) {
        return program.roots[i].explain(this);
    }

    public Program program() {
        return program;
    }

    public Bindings bindings() {
        return bindings;
    }

    // ------------------------------------------------------------------ RuleContext

    @Override
    public String jurisdiction() {
        return program.jurisdiction;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public boolean alternative(Reading reading) {
        return readings.isAlternative(reading);
    }

    /** The readings in force. */
    public ReadingSet readings() {
        return readings;
    }

    @Override
    public ParameterValues parameters() {
        return bindings;
    }

    @Override
    public Optional<Registry> registry() {
        return registry;
    }
}
