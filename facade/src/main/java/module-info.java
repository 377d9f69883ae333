/**
 * The kernel for host applications: one thread-safe, immutable entry point ({@link
 * io.consortia.facade.Consortia}) that discovers the installed jurisdictions, reads profiles from
 * Java values, YAML or JSON, and assesses, plans gaps and simulates histories with the as-of date,
 * readings, parameter overrides and registry as inputs; errors are values naming their place.
 * {@code io.consortia.facade.record}: decision records a host stores for audit, and their replay.
 */
module io.consortia.facade {
    requires transitive io.consortia.kernel;
    requires transitive io.consortia.io;
    requires io.consortia.calendar;

    uses io.consortia.kernel.jurisdiction.JurisdictionProvider;

    exports io.consortia.facade;
    exports io.consortia.facade.record;
}
