package io.consortia.kernel.engine;

import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Several programs assessing the same profiles (the editions of several jurisdictions): one pass
 * over a profile's members ({@link #scan}) serves them all, each program reading its columns from
 * the union of their layouts and its predicates from the set's table, where equal predicates of
 * several programs are one row, evaluated once per profile. Immutable and thread-safe.
 */
public final class ProgramSet {

    private final Layout layout;
    /** The programs of the set, and each on the union layout (same index): a few, found by identity. */
    private final Program[] programs;
    private final Program[] onLayout;
    /** The predicates of every program of the set, each evaluated once per profile. */
    private final Program.Table table = new Program.Table();

    private ProgramSet(Collection<Program> programs) {
        List<Layout> layouts = new ArrayList<>();
        programs.forEach(p -> layouts.add(p.layout));
        this.layout = Layout.union(layouts);
        this.programs = programs.toArray(Program[]::new);
        this.onLayout = new Program[this.programs.length];
        for (int i = 0; i < onLayout.length; i++) {
            onLayout[i] = this.programs[i].on(layout, table);
        }
    }

    public static ProgramSet of(Collection<Program> programs) {
        return new ProgramSet(programs);
    }

    /** A profile's members transposed, and every predicate evaluated on them, once for every program of the set. */
    public Scan scan(Profile profile) {
        List<Member> members = profile.members();
        int words = (members.size() + 63) >>> 6;
        long[] bits = layout.transpose(members.toArray(new Member[0]), words);
        return new Scan(profile, bits, table.evaluate(layout, bits, members.size(), words));
    }

    /**
     * Assesses the scanned profile by one program of the set, as {@link Program#run} would.
     *
     * @throws IllegalArgumentException if the program is not one of the set
     */
    public Run run(Program program, Scan scan, LocalDate asOf, ReadingSet readings, Optional<Registry> registry,
                   Bindings bindings) {
        Program p = null;
        for (int i = 0; i < programs.length && p == null; i++) {
            if (programs[i] == program) {
                p = onLayout[i];
            }
        }
        if (p == null) {
            throw new IllegalArgumentException("the program of " + program.jurisdiction + " is not one of the set");
        }
        Run r = new Run(p, scan.profile, scan.bits, scan.rows, asOf, readings, registry, bindings);
        r.decide();
        return r;
    }

    /** One profile's members, transposed for a {@link ProgramSet}. */
    public static final class Scan {
        final Profile profile;
        final long[] bits;
        /** The set's predicates on the members ({@link Program.Table#evaluate}). */
        final long[] rows;

        Scan(Profile profile, long[] bits, long[] rows) {
            this.profile = profile;
            this.bits = bits;
            this.rows = rows;
        }

        public Profile profile() {
            return profile;
        }
    }
}
