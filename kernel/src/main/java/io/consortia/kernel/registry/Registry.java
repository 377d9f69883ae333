package io.consortia.kernel.registry;

import io.consortia.kernel.sanction.Sanction;

import io.consortia.kernel.sanction.UnitRef;

import io.consortia.kernel.profile.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /**
     * Sanctions against the unit that apply on the date: imposed anywhere, or only in the given
     * jurisdiction.
     */
    public List<Sanction> sanctionsAgainst(Member unit, Optional<String> onlyIn, LocalDate on) {
        UnitRef ref = UnitRef.of(unit);
        return sanctions.stream()
                .filter(s -> onlyIn.map(s.jurisdiction()::equals).orElse(true) && s.inForceOn(on) && s.unit().sameUnitAs(ref))
                .toList();
    }

    /**
     * Active consortia that the unit leads, anywhere or only in the given jurisdiction, other than
     * the one named {@code except} (the consortium being assessed may itself be registered).
     */
    public List<RegisteredConsortium> ledBy(Member unit, Optional<String> onlyIn, String except) {
        UnitRef ref = UnitRef.of(unit);
        return consortia.stream()
                .filter(c -> onlyIn.map(c.jurisdiction()::equals).orElse(true) && c.state().isActive()
                        && !c.name().strip().equals(except.strip()) && c.lead().sameUnitAs(ref))
                .toList();
    }
}
