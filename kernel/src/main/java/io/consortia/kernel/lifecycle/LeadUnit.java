package io.consortia.kernel.lifecycle;

import io.consortia.kernel.code.CreditCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit as a history or profile names it, by credit code and/or name; matched as contract §3
 * matches units: by credit code when both sides have one, else by name.
 *
 * <p>The lifecycle has its own small value here rather than the registry's {@code UnitRef}: the
 * registry depends on the lifecycle's {@link CoreState}, and kernel packages stay free of cycles.
 */
public record LeadUnit(Optional<CreditCode> creditCode, Optional<String> name) {

    public LeadUnit {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(name, "name");
        if (creditCode.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException("a unit is named by credit code or name");
        }
    }

    public static LeadUnit named(String name) {
        return new LeadUnit(Optional.empty(), Optional.of(name));
    }

    /** Whether the two name the same unit. */
    public boolean sameUnitAs(LeadUnit other) {
        if (creditCode.isPresent() && other.creditCode.isPresent()) {
            return creditCode.equals(other.creditCode);
        }
        return name.isPresent() && other.name.isPresent() && name.get().strip().equals(other.name.get().strip());
    }

    /** How a user recognises the unit: its credit code, else its name. */
    public String display() {
        return creditCode.map(CreditCode::value).or(() -> name).orElse("?");
    }
}
