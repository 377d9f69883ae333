package io.consortia.kernel.sanction;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.profile.Member;
import java.util.Optional;

/**
 * A unit as a registry, a history or a profile names it, by credit code and/or name. Units are
 * matched by credit code when both sides have one, else by name (contract §3).
 */
public record UnitRef(Optional<CreditCode> creditCode, Optional<String> name) {

    public UnitRef {
        java.util.Objects.requireNonNull(creditCode, "creditCode");
        java.util.Objects.requireNonNull(name, "name");
        if (creditCode.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException("a unit is named by credit code or name");
        }
    }

    /** A unit known by name only. */
    public static UnitRef named(String name) {
        return new UnitRef(Optional.empty(), Optional.of(name));
    }

    public static UnitRef of(Member member) {
        return new UnitRef(member.creditCode(), Optional.of(member.name()));
    }

    /** Whether the two refer to the same unit. */
    public boolean sameUnitAs(UnitRef other) {
        if (creditCode.isPresent() && other.creditCode.isPresent()) {
            return creditCode.equals(other.creditCode);
        }
        return name.isPresent() && other.name.isPresent() && name.get().strip().equals(other.name.get().strip());
    }

    /** How a user recognises the unit: its credit code, else its name. */
    public String display() {
        return creditCode.map(CreditCode::value).or(() -> name).orElseThrow();
    }
}
