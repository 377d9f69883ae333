package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.profile.FactType;
import io.consortia.kernel.profile.OwnFact;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.source.Document;

/**
 * What a {@link JurisdictionProvider} registers into. Implemented by the kernel only; new
 * methods may be added in later versions, so providers call it and never implement it.
 *
 * @since 0.1
 */
public interface JurisdictionSetup {

    /** Who the jurisdiction is; exactly once. */
    JurisdictionSetup identity(Identity identity);

    /** A reading some rule consults; rules may only consult readings registered here. */
    JurisdictionSetup reading(Reading reading);

    /** Starts an edition of the policy, issued as this document. */
    EditionSetup edition(Document document);

    /**
     * Declares a fact of each member that the kernel's vocabulary lacks, for this jurisdiction's
     * rules to test ({@code MemberTest.own}); profiles state it under {@code members[i].facts} as
     * {@code <id>.<name>}. Declare it after the identity; the returned handle is what rules name.
     *
     * @param name camelCase, unique among the jurisdiction's facts ({@code hnteCertified})
     * @param type {@link FactType#BOOLEAN}, {@link FactType#NUMBER}, {@link FactType#AMOUNT},
     *     {@link FactType#DATE} or {@link FactType#choice}
     * @param zh what it is, in Chinese
     * @param en what it is, in English
     * @since 0.3
     */
    <T> OwnFact<T> memberFact(String name, FactType<T> type, String zh, String en);

    /**
     * Declares a fact of the consortium as a whole that the kernel's vocabulary lacks, for rules
     * to test ({@code Tests.own}); profiles state it under the profile's {@code facts}. As {@link
     * #memberFact}.
     *
     * @since 0.3
     */
    <T> OwnFact<T> consortiumFact(String name, FactType<T> type, String zh, String en);
}
