package io.consortia.kernel.registry;

import io.consortia.kernel.profile.Member;
import java.time.LocalDate;
import java.util.List;

/**
 * What is known beyond one profile: other consortia and the sanctions in force (contract §3).
 * Cross-consortium rules (⊕) are evaluated only when an assessment has a registry.
 */
public record Registry(List<RegisteredConsortium> consortia, List<Sanction> sanctions) {

    public Registry {
        consortia = List.copyOf(consortia);
        sanctions = List.copyOf(sanctions);
    }

    public static Registry empty() {
        return new Registry(List.of(), List.of());
    }

    /** Sanctions imposed in the jurisdiction against the unit that apply on the date. */
    public List<Sanction> sanctionsAgainst(Member unit, String jurisdiction, LocalDate on) {
        UnitRef ref = UnitRef.of(unit);
        return sanctions.stream()
                .filter(s -> s.jurisdiction().equals(jurisdiction) && s.inForceOn(on) && s.unit().sameUnitAs(ref))
                .toList();
    }

    /**
     * Active consortia of the jurisdiction that the unit leads, other than the one named
     * {@code except} (the consortium being assessed may itself be registered).
     */
    public List<RegisteredConsortium> ledBy(Member unit, String jurisdiction, String except) {
        UnitRef ref = UnitRef.of(unit);
        return consortia.stream()
                .filter(c -> c.jurisdiction().equals(jurisdiction) && c.state().isActive()
                        && !c.name().strip().equals(except.strip()) && c.lead().sameUnitAs(ref))
                .toList();
    }
}
