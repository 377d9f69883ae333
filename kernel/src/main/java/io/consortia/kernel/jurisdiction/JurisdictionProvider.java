package io.consortia.kernel.jurisdiction;

/**
 * The service a jurisdiction module provides ({@code provides ... with ...}). A provider
 * registers what its policy says through the setup it is handed; it never builds kernel objects
 * itself, so the setup can grow without breaking providers.
 *
 * <p>Contract: {@link #register} is called once per load, on one thread; it must register one
 * identity and at least one edition, must be deterministic, and must not do I/O beyond reading
 * its own module's resources. Every rule's quote must occur verbatim in its edition's document
 * text: the kernel checks, and refuses the jurisdiction if not.
 *
 * @since 0.1
 */
public interface JurisdictionProvider {

    /** Registers the jurisdiction's identity, readings and editions. */
    void register(JurisdictionSetup setup);
}
