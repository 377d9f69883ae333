package io.consortia.kernel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.consortia.kernel.outcome.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kernel stays pure: JDK, Vavr and Immutables annotations only; no I/O, clock or cycles. */
class KernelArchitectureTest {

    private static JavaClasses kernel;

    @BeforeAll
    static void importKernel() {
        // The kernel's own compiled classes, wherever the build put them (a folder or a jar).
        kernel = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrl(Outcome.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void kernelDependsOnlyOnTheJdkVavrAndImmutables() {
        classes().that().resideInAPackage("io.consortia.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java.lang..", "java.util..", "java.time..", "java.math..", "io.vavr..",
                        // org.immutables.encode: the metadata annotation of FactMapEncodingEnabled (compile time only).
                        "org.immutables.value..", "org.immutables.encode..", "javax.annotation.processing..", "io.consortia.kernel..")
                .because("the kernel is a pure domain model: data and time are inputs, never read")
                .check(kernel);
    }

    @Test
    void kernelDoesNoIo() {
        noClasses().that().resideInAPackage("io.consortia.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("host applications and the CLI do the reading and writing")
                .check(kernel);
    }

    @Test
    void kernelReadsNoClock() {
        noClasses().that().resideInAPackage("io.consortia.kernel..")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .because("time is an input: the reference date is always given")
                .check(kernel);
    }

    @Test
    void kernelNeitherLogsNorPrints() {
        noClasses().that().resideInAPackage("io.consortia.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "picocli..", "com.fasterxml..")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("logging, the command line and JSON live at the edge")
                .check(kernel);
    }

    @Test
    void kernelPackagesAreFreeOfCycles() {
        slices().matching("io.consortia.kernel.(*)..").should().beFreeOfCycles()
                .because("each package is one concept, layered")
                .check(kernel);
    }
}
