package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.engine.Program;
import io.consortia.kernel.engine.ProgramSet;
import io.consortia.kernel.profile.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * Several jurisdictions assessing the same profiles, as {@code compare}, surveys and multi-policy
 * assessments do: one pass over a profile's members serves every jurisdiction (and every edition),
 * so assessing a profile in five policies costs much less than five separate
 * {@link Jurisdiction#assess} calls. The assessments are the same, finding for finding. Immutable
 * and thread-safe; build one and reuse it.
 */
public final class Panel {

    private final List<Jurisdiction> jurisdictions;
    private final ProgramSet programs;

    private Panel(List<Jurisdiction> jurisdictions) {
        this.jurisdictions = List.copyOf(jurisdictions);
        List<Program> all = new ArrayList<>();
        this.jurisdictions.forEach(j -> all.addAll(j.programs()));
        this.programs = ProgramSet.of(all);
    }

    /** A panel of these jurisdictions, assessed in this order. */
    public static Panel of(List<Jurisdiction> jurisdictions) {
        return new Panel(jurisdictions);
    }

    public List<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    /** The profile assessed in every jurisdiction of the panel, in the panel's order. */
    public List<Assessment> assess(Profile profile, AssessmentOptions options) {
        ProgramSet.Scan scan = programs.scan(profile);
        Assessment[] out = new Assessment[jurisdictions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = jurisdictions.get(i).assess(profile, options, programs, scan);
        }
        return List.of(out);
    }
}
