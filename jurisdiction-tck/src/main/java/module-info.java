/**
 * The jurisdiction TCK: the contract every jurisdiction module passes, as an abstract JUnit 5
 * suite ({@link io.consortia.tck.JurisdictionTck}) that a module's tests extend, supplying its
 * provider, an eligible profile and a home division. With it come what the suite runs on and what
 * a module's own tests find useful: random valid profiles and histories, profile builders, the
 * installed catalog. Open: JUnit reads the suite's test methods reflectively.
 */
open module io.consortia.tck {
    requires transitive io.consortia.kernel;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports io.consortia.tck;

    uses io.consortia.kernel.jurisdiction.JurisdictionProvider;
}
