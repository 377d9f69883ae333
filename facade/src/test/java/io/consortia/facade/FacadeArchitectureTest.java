package io.consortia.facade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The facade is a library for hosts: no global state, no edge concerns, no knowledge of particular policies. */
class FacadeArchitectureTest {

    /** The compiled main classes of the facade and io modules, by location (a build dir other than target/ included). */
    private static final JavaClasses FACADE_AND_IO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrls(java.util.List.of(Consortia.class.getProtectionDomain().getCodeSource().getLocation(),
                    io.consortia.io.json.Json.class.getProtectionDomain().getCodeSource().getLocation()));

    @Test
    void holdsNoGlobalState() {
        fields().that().areStatic().should().beFinal()
                .because("two facades in one JVM must not see each other (a host may run several)")
                .check(FACADE_AND_IO);
    }

    @Test
    void knowsNoJurisdictionCommandLineServerOrLoggingBackend() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.consortia.jurisdiction..", "io.consortia.cli..", "io.consortia.server..",
                        "picocli..", "org.eclipse.jetty..", "org.slf4j..")
                .because("jurisdictions are found at run time, and the edges (command, HTTP, logging) are the host's")
                .check(FACADE_AND_IO);
    }

    @Test
    void theFacadeDoesNotTouchFilesOrTheNetwork() {
        noClasses().that().resideInAPackage("io.consortia.facade..").should().dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.net..")
                .because("a host hands the facade text, streams or values; where they come from is the host's business")
                .check(FACADE_AND_IO);
    }
}
