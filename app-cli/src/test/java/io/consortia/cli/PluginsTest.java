package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.jurisdiction.Spi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jurisdictions as plug-ins: a jurisdiction compiled here against the kernel, jarred and put in a
 * folder, is loaded by {@code --plugins} (or {@code CONSORTIA_PLUGINS}, or the default folder)
 * without a rebuild, listed with where it came from, and assesses a profile with its own fact. A
 * folder holding a jar that is not a jurisdiction, one built for another kernel, a broken jar, or
 * a second module with an id already installed: one clear message each, exit 2.
 */
class PluginsTest {

    @TempDir
    static Path work;

    /** A folder with the compiled sample plug-in, Lanling, in it. */
    static Path lanling;

    private static final String PROVIDER = """
            package com.example.lanling;

            import io.consortia.kernel.code.Region;
            import io.consortia.kernel.jurisdiction.*;
            import io.consortia.kernel.outcome.Strength;
            import io.consortia.kernel.profile.FactType;
            import io.consortia.kernel.profile.OwnFact;
            import io.consortia.kernel.rule.MemberTest;
            import io.consortia.kernel.rule.Tests;
            import io.consortia.kernel.source.*;
            import io.consortia.kernel.text.Text;
            import java.util.*;

            public final class LanlingProvider implements JurisdictionProvider {
                @Override
                public void register(JurisdictionSetup setup) {
                    setup.identity(new Identity("lanling", Text.of("兰陵市", "Lanling"), Region.of("3713", "兰陵市", "Lanling")));
                    OwnFact<Boolean> hnte = setup.memberFact("hnteCertified", FactType.BOOLEAN, "高新技术企业证书", "high-tech enterprise certificate");
                    String text = "第一条 牵头单位应取得高新技术企业证书。";
                    EditionSetup e = setup.edition(new Document(Text.of("兰陵办法", "Lanling measures"), Optional.empty(),
                            Text.of("兰陵市科技局", "Lanling S&T bureau"), Optional.empty(), Set.of(DocumentStatus.IN_FORCE), text));
                    e.outline(new Outline(Optional.empty(), Optional.empty(),
                            new Route(Route.Formation.FILING, Route.Initiative.BOTTOM_UP, Text.of("备案", "filing"), "第一条"), List.of(),
                            Text.of("不限", "any")));
                    e.rule("L1", Strength.MANDATORY, "第一条").quote("牵头单位应取得高新技术企业证书。")
                            .says("牵头单位为高新技术企业", "the lead is a high-tech enterprise").test(Tests.lead(MemberTest.holds(hnte)));
                }
            }
            """;

    private static final String MODULE = """
            module com.example.lanling {
                requires io.consortia.kernel;
                provides io.consortia.kernel.jurisdiction.JurisdictionProvider with com.example.lanling.LanlingProvider;
            }
            """;

    @BeforeAll
    static void compileThePlugin() throws IOException, URISyntaxException, InterruptedException {
        Path src = Files.createDirectories(work.resolve("src/com/example/lanling"));
        Files.writeString(src.resolve("LanlingProvider.java"), PROVIDER);
        Files.writeString(work.resolve("src/module-info.java"), MODULE);
        Path classes = Files.createDirectories(work.resolve("classes"));
        String modulePath = location(JurisdictionProvider.class) + java.io.File.pathSeparator + location(io.vavr.control.Either.class);
        // The JDK's javac, as a jurisdiction's author would run it (the tests run on a JDK).
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        Process p = new ProcessBuilder(javac.toString(), "-encoding", "UTF-8", "--release", "17", "--module-path", modulePath,
                "-d", classes.toString(), src.resolve("LanlingProvider.java").toString(), work.resolve("src/module-info.java").toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        lanling = Files.createDirectories(work.resolve("lanling-plugins"));
        jar(classes, lanling.resolve("lanling.jar"), Optional.of(Spi.version()));
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** A jar of the classes under a folder or in a jar, with a manifest declaring the SPI version when given. */
    static void jar(Path classes, Path jar, Optional<String> spi) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        spi.ifPresent(v -> m.getMainAttributes().put(new Attributes.Name(Spi.MANIFEST_ATTRIBUTE), v));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            if (Files.isDirectory(classes)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(classes)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                    j.write(Files.readAllBytes(f));
                    j.closeEntry();
                }
            } else {
                try (java.util.jar.JarFile in = new java.util.jar.JarFile(classes.toFile())) {
                    for (JarEntry e : java.util.Collections.list(in.entries())) {
                        if (!e.isDirectory() && !e.getName().equals("META-INF/MANIFEST.MF")) {
                            j.putNextEntry(new JarEntry(e.getName()));
                            j.write(in.getInputStream(e).readAllBytes());
                            j.closeEntry();
                        }
                    }
                }
            }
        }
    }

    /** The Suzhou module's classes, as the tests have them (a folder, or its jar). */
    private static Path suzhouClasses() throws URISyntaxException {
        Class<?> type = ServiceLoader.load(JurisdictionProvider.class).stream().map(ServiceLoader.Provider::type)
                .filter(t -> t.getName().equals("io.consortia.jurisdiction.suzhou.SuzhouProvider")).findFirst().orElseThrow();
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Cli.Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true), Cli.CLOCK, env);
        return new Cli.Result(status, out.toString(), err.toString());
    }

    private static Path profile(boolean certified) throws IOException {
        Path p = work.resolve("lanling-" + certified + ".yaml");
        Files.writeString(p, """
                name: 兰陵联合体
                lead: m1
                members:
                  - id: m1
                    name: 兰陵科技
                    kind: ENTERPRISE
                    registeredIn: "371324"
                    facts:
                      lanling.hnteCertified: %s
                """.formatted(certified));
        return p;
    }

    @Test
    void aPluginFolderAddsAJurisdictionThatListsWhereItCameFrom() {
        Cli.Result r = run(Map.of(), "--plugins", lanling.toString(), "jurisdictions");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("lanling", "兰陵市 Lanling", "plug-in " + lanling.resolve("lanling.jar").toAbsolutePath());
        assertThat(r.out()).contains("suzhou").contains("module path");
        Cli.Result facts = run(Map.of(), "--plugins", lanling.toString(), "jurisdictions", "--facts");
        assertThat(facts.out()).contains("lanling.hnteCertified", "members[i].facts", "boolean", "高新技术企业证书");
    }

    @Test
    void thePluginAssessesWithItsOwnFact() throws IOException {
        Cli.Result yes = run(Map.of(), "--plugins", lanling.toString(), "assess", "-j", "lanling", "--as-of", "2025-06-01",
                "--format", "json", profile(true).toString());
        assertThat(yes.status()).as(yes.err()).isZero();
        assertThat(yes.out()).contains("\"verdict\":\"ELIGIBLE\"").contains("\"fact\":\"lanling.hnteCertified\"", "\"value\":true");
        Cli.Result no = run(Map.of(), "--plugins", lanling.toString(), "assess", "-j", "lanling", "--as-of", "2025-06-01", profile(false).toString());
        assertThat(no.status()).as(no.err()).isZero();
        assertThat(no.out()).contains("INELIGIBLE", "高新技术企业证书 — 否");
    }

    @Test
    void withoutThePluginItsFactIsWarnedAndIgnored() throws IOException {
        Cli.Result r = run(Map.of(), "assess", "-j", "suzhou", "--as-of", "2025-06-01", profile(true).toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning:", "members[0].facts.lanling.hnteCertified", "no installed jurisdiction declares");
    }

    @Test
    void aValueOfTheWrongTypeIsBadInputNamingItsPlace() throws IOException {
        Path p = work.resolve("wrong-type.yaml");
        Files.writeString(p, Files.readString(profile(true)).replace("lanling.hnteCertified: true", "lanling.hnteCertified: sometimes"));
        Cli.Result r = run(Map.of(), "--plugins", lanling.toString(), "assess", p.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("wrong-type.yaml:9: members[0].facts.lanling.hnteCertified: expected true or false");
    }

    @Test
    void theEnvironmentAndTheDefaultFolderNamePluginsToo() throws IOException {
        Cli.Result env = run(Map.of("CONSORTIA_PLUGINS", lanling.toString()), "jurisdictions");
        assertThat(env.out()).contains("lanling");
        Path config = work.resolve("config");
        Path folder = Files.createDirectories(config.resolve("consortia/plugins"));
        Files.copy(lanling.resolve("lanling.jar"), folder.resolve("lanling.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(run(Map.of("XDG_CONFIG_HOME", config.toString()), "jurisdictions").out()).contains("lanling");
        assertThat(run(Map.of("HOME", work.resolve("nobody").toString()), "jurisdictions").out()).doesNotContain("lanling");
    }

    /** The folder with one jar in it, prepared by the action; the command's status and messages. */
    private static Cli.Result withJar(String name, JarMaker action) throws Exception {
        Path dir = Files.createDirectories(work.resolve("case-" + name));
        action.make(dir.resolve(name + ".jar"));
        return run(Map.of(), "--plugins", dir.toString(), "jurisdictions");
    }

    interface JarMaker {
        void make(Path jar) throws Exception;
    }

    @Test
    void aSecondModuleWithAnInstalledIdIsRefusedNamingBoth() throws Exception {
        Cli.Result r = withJar("suzhou-copy", jar -> jar(suzhouClasses(), jar, Optional.of(Spi.version())));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("two modules provide jurisdiction \"suzhou\"", "from module path", "from plug-in ")
                .contains("suzhou-copy.jar").doesNotContain("Exception");
    }

    @Test
    void aJarThatIsNotAJurisdictionIsRefused() throws Exception {
        Cli.Result r = withJar("notes", jar -> {
            try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar))) {
                j.putNextEntry(new JarEntry("notes/readme.txt"));
                j.write("nothing here".getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("notes.jar: module notes is not a jurisdiction (it provides no io.consortia.kernel.jurisdiction.JurisdictionProvider)");
    }

    @Test
    void aJarBuiltForAnotherKernelIsRefused() throws Exception {
        String kernelMajor = Spi.version().substring(0, Spi.version().indexOf('.'));
        String future = kernelMajor + ".99";
        Cli.Result newer = withJar("from-the-future", jar -> jar(work.resolve("classes"), jar, Optional.of(future)));
        assertThat(newer.status()).isEqualTo(2);
        assertThat(newer.err()).contains("from-the-future.jar: module com.example.lanling cannot run on this kernel: it is built against the "
                + "jurisdiction SPI " + future + ", newer than this kernel's " + Spi.version());
        Cli.Result major = withJar("major", jar -> jar(work.resolve("classes"), jar, Optional.of((Integer.parseInt(kernelMajor) + 1) + ".0")));
        assertThat(major.err()).contains("another major version");
        Cli.Result before = withJar("before-lifecycle-v2", jar -> jar(work.resolve("classes"), jar, Optional.of("0.3")));
        assertThat(before.status()).as("built before the lifecycle registrar").isEqualTo(2);
        assertThat(before.err()).contains("another major version");
        Cli.Result undeclared = withJar("undeclared", jar -> jar(work.resolve("classes"), jar, Optional.empty()));
        assertThat(undeclared.status()).isEqualTo(2);
        assertThat(undeclared.err()).contains("undeclared.jar: module com.example.lanling does not say which kernel it is built for",
                Spi.MANIFEST_ATTRIBUTE);
    }

    @Test
    void aBrokenJarIsRefused() throws Exception {
        Cli.Result r = withJar("broken", jar -> Files.write(jar, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3}));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("broken.jar: not a readable jar").doesNotContain("\tat ");
    }

    @Test
    void aMissingPluginFolderIsBadUsage() {
        Cli.Result r = run(Map.of(), "--plugins", work.resolve("nowhere").toString(), "jurisdictions");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nowhere: no such plug-in folder");
    }

    @Test
    void theJurisdictionJarsTheBuildBundlesDeclareThisKernelsSpi() throws IOException {
        // The parent POM writes the version into every jurisdiction jar's manifest.
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<consortia.spi>" + Spi.version() + "</consortia.spi>");
        Path bundle = Path.of("target", "jurisdictions");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(bundle)) {
            try (Stream<Path> s = Files.list(bundle)) {
                s.filter(p -> p.toString().endsWith(".jar")).forEach(jars::add);
            }
        }
        // The bundle is made at package time; a test-only run of the reactor has none to check.
        for (Path jar : jars) {
            try (java.util.jar.JarFile f = new java.util.jar.JarFile(jar.toFile())) {
                assertThat(f.getManifest().getMainAttributes().getValue(Spi.MANIFEST_ATTRIBUTE)).as("%s", jar).isEqualTo(Spi.version());
            }
        }
    }
}
