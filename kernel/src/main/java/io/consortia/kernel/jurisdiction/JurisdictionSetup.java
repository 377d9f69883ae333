package io.consortia.kernel.jurisdiction;

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
}
