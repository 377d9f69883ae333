package io.consortia.kernel.registry;

import io.consortia.kernel.sanction.UnitRef;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.lifecycle.CoreState;
import java.util.Objects;
import java.util.Optional;

/**
 * Another consortium known to the registry (contract §3 {@code consortia[]}).
 *
 * @param leadCreditCode the lead's credit code, when known
 * @param leadName the lead's name, when known
 */
public record RegisteredConsortium(String name, String jurisdiction, Optional<CreditCode> leadCreditCode,
                                   Optional<String> leadName, CoreState state) {
    public RegisteredConsortium {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(leadCreditCode, "leadCreditCode");
        Objects.requireNonNull(leadName, "leadName");
        Objects.requireNonNull(state, "state");
    }

    /** Unit identity of the lead, for matching. */
    public UnitRef lead() {
        return new UnitRef(leadCreditCode, leadName);
    }
}
