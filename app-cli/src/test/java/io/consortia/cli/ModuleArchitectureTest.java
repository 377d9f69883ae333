package io.consortia.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module roles of ADR 0001, checked on the compiled classes. */
class ModuleArchitectureTest {

    private static List<URL> jurisdictionLocations() {
        List<URL> urls = new ArrayList<>();
        ServiceLoader.load(JurisdictionProvider.class).stream()
                .map(p -> p.type().getProtectionDomain().getCodeSource().getLocation())
                .forEach(urls::add);
        return urls;
    }

    /** The packages the kernel module exports, read from its descriptor. */
    private static String[] allowedForJurisdictions() {
        ModuleDescriptor kernel = JurisdictionProvider.class.getModule().getDescriptor();
        assertThat(kernel).as("the kernel runs as a named module").isNotNull();
        Stream<String> exported = kernel.exports().stream().filter(e -> !e.isQualified()).map(e -> e.source());
        return Stream.concat(exported, Stream.of("java.lang..", "java.util..", "java.time..", "java.math..", "java.io..",
                "java.nio.charset..", "io.vavr..", "io.consortia.jurisdiction..")).toArray(String[]::new);
    }

    @Test
    void jurisdictionsTouchOnlyExportedKernelPackages() {
        List<URL> locations = jurisdictionLocations();
        assertThat(locations).hasSizeGreaterThanOrEqualTo(1);
        JavaClasses jurisdictions = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrls(locations);
        classes().that().resideInAPackage("io.consortia.jurisdiction..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowedForJurisdictions())
                .because("a jurisdiction speaks to the kernel only through what it exports (and reads its own seed)")
                .check(jurisdictions);
    }

    @Test
    void jurisdictionsDoNotDependOnEachOther() {
        JavaClasses jurisdictions = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrls(jurisdictionLocations());
        for (JavaClasses one : List.of(jurisdictions)) {
            com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                    .matching("io.consortia.jurisdiction.(*)..").should().notDependOnEachOther()
                    .because("each policy module stands alone").check(one);
        }
    }

    @Test
    void theCliKnowsNoJurisdictionAtCompileTime() {
        JavaClasses cli = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrl(Main.class.getProtectionDomain().getCodeSource().getLocation());
        noClasses().that().resideInAPackage("io.consortia.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.consortia.jurisdiction..")
                .because("jurisdictions are loaded at run time: from the module path, the bundled folder and plug-in folders")
                .check(cli);
    }
}
