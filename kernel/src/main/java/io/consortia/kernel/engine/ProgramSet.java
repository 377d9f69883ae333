package io.consortia.kernel.engine;

import io.consortia.kernel.parameter.Bindings;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Several programs assessing the same profiles (the editions of several jurisdictions): one pass
 * over a profile's members ({@link #scan}) serves them all, each program reading its columns from
 * the union of their layouts. Immutable and thread-safe.
 */
public final class ProgramSet {

    private final Layout layout;
    private final Map<Program, Program> onLayout = new IdentityHashMap<>();

    private ProgramSet(Collection<Program> programs) {
        List<Layout> layouts = new ArrayList<>();
        programs.forEach(p -> layouts.add(p.layout));
        this.layout = Layout.union(layouts);
        programs.forEach(p -> onLayout.put(p, p.on(layout)));
    }

    public static ProgramSet of(Collection<Program> programs) {
        return new ProgramSet(programs);
    }

    /** A profile's members transposed once for every program of the set. */
    public Scan scan(Profile profile) {
        List<Member> members = profile.members();
        return new Scan(profile, layout.transpose(members.toArray(new Member[0]), (members.size() + 63) >>> 6));
    }

    /**
     * Assesses the scanned profile by one program of the set, as {@link Program#run} would.
     *
     * @throws IllegalArgumentException if the program is not one of the set
     */
    public Run run(Program program, Scan scan, LocalDate asOf, ReadingSet readings, Optional<Registry> registry,
                   Bindings bindings) {
        Program p = onLayout.get(program);
        if (p == null) {
            throw new IllegalArgumentException("the program of " + program.jurisdiction + " is not one of the set");
        }
        Run r = new Run(p, scan.profile, scan.bits, asOf, readings, registry, bindings);
        r.decide();
        return r;
    }

    /** One profile's members, transposed for a {@link ProgramSet}. */
    public static final class Scan {
        final Profile profile;
        final long[] bits;

        Scan(Profile profile, long[] bits) {
            this.profile = profile;
            this.bits = bits;
        }

        public Profile profile() {
            return profile;
        }
    }
}
