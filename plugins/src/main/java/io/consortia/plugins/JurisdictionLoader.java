package io.consortia.plugins;

import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.jurisdiction.Spi;
import io.vavr.control.Either;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Finds every jurisdiction provider a host can run: those in the boot layer (the module path, the
 * runtime image when they were linked into it, or the class path) and those in folders of jurisdiction jars, the folder the distribution bundles
 * and the plug-in folders a user names. Each jar is checked before any of its code runs: it is a
 * readable jar, a module that provides {@link JurisdictionProvider}, and its manifest declares a
 * jurisdiction SPI version this kernel runs ({@link Spi}); two jars may not hold one module. The
 * jars are then loaded in one module layer whose parent is the boot layer, each module with a
 * class loader of its own. Every problem is reported, one line each, naming the jar.
 *
 * <p>Two jurisdictions with one id are the catalog's to refuse ({@code JurisdictionCatalog.of}
 * with {@link Found#describe()} names where each came from).
 */
public final class JurisdictionLoader {

    private static final String SERVICE = JurisdictionProvider.class.getName();

    private JurisdictionLoader() {}

    /** Where a provider came from. */
    public enum Kind {
        /** A named module on the module path. */
        MODULE_PATH,
        /**
         * A module linked into the runtime image the host runs on (jlink): the launcher links the
         * jurisdictions it bundles into its image (ADR 0022).
         */
        IMAGE,
        /** The class path. */
        CLASS_PATH,
        /** A jar in the folder the distribution bundles its jurisdictions in. */
        BUNDLED,
        /** A jar in a plug-in folder. */
        PLUGIN
    }

    /**
     * A provider and where it came from.
     *
     * @param jar the jar, for bundled jurisdictions and plug-ins
     */
    public record Found(JurisdictionProvider provider, Kind kind, Optional<Path> jar) {

        /** Where it came from, for people: {@code bundled (jurisdiction-suzhou-0.1.0.jar)}, {@code plug-in /home/u/plugins/x.jar}. */
        public String source() {
            return switch (kind) {
                case MODULE_PATH -> "module path";
                case IMAGE -> "bundled (" + provider.getClass().getModule().getDescriptor().toNameAndVersion() + " in the runtime image)";
                case CLASS_PATH -> "class path";
                case BUNDLED -> "bundled (" + jar.orElseThrow().getFileName() + ")";
                case PLUGIN -> "plug-in " + jar.orElseThrow();
            };
        }

        /** The provider and where it came from, for messages. */
        public String describe() {
            return provider.getClass().getName() + " from " + source();
        }
    }

    /**
     * Every provider: the boot layer's, then those of the jars in the bundled folders (a folder
     * that does not exist holds none) and in the plug-in folders (which must exist), in file name
     * order.
     *
     * @return the providers, or every problem, each naming its jar or folder
     */
    public static Either<List<String>, List<Found>> load(List<Path> bundled, List<Path> plugins) {
        List<String> problems = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        try {
            ServiceLoader.load(JurisdictionProvider.class).stream().forEach(p -> found.add(new Found(p.get(), kind(p.type().getModule()), Optional.empty())));
        } catch (ServiceConfigurationError e) {
            problems.add("a jurisdiction on the module path cannot be loaded: " + e.getMessage());
        }
        Map<Path, Kind> jars = new LinkedHashMap<>();
        for (Path dir : bundled) {
            if (Files.isDirectory(dir)) {
                jars(dir, problems).forEach(j -> jars.put(j, Kind.BUNDLED));
            }
        }
        for (Path dir : plugins) {
            if (!Files.isDirectory(dir)) {
                problems.add(dir + ": no such plug-in folder");
                continue;
            }
            jars(dir, problems).forEach(j -> jars.putIfAbsent(j, Kind.PLUGIN));
        }
        Map<String, Path> modules = new LinkedHashMap<>();
        for (Path jar : jars.keySet()) {
            check(jar, problems).ifPresent(name -> {
                Path first = modules.putIfAbsent(name, jar);
                if (first != null) {
                    problems.add(jar + ": holds module " + name + ", which " + first + " holds too (remove one of them)");
                }
            });
        }
        if (!problems.isEmpty()) {
            return Either.left(problems);
        }
        if (!modules.isEmpty()) {
            load(modules, jars, found, problems);
        }
        return problems.isEmpty() ? Either.right(found) : Either.left(problems);
    }

    /** Where a module of the boot layer comes from: the class path, the runtime image ({@code jrt:}) or the module path. */
    private static Kind kind(Module module) {
        if (!module.isNamed()) {
            return Kind.CLASS_PATH;
        }
        boolean linked = module.getLayer() != null && module.getLayer().configuration().findModule(module.getName())
                .flatMap(m -> m.reference().location()).filter(uri -> "jrt".equals(uri.getScheme())).isPresent();
        return linked ? Kind.IMAGE : Kind.MODULE_PATH;
    }

    /** The jars of a folder, by name. */
    private static List<Path> jars(Path dir, List<String> problems) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.jar")) {
            ds.forEach(p -> out.add(p.toAbsolutePath().normalize()));
        } catch (IOException e) {
            problems.add(dir + ": cannot list the folder: " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    /** The module a jar holds, when the jar is a jurisdiction built against a compatible kernel; else its problem. */
    private static Optional<String> check(Path jar, List<String> problems) {
        Optional<String> declared;
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest m = file.getManifest();
            declared = Optional.ofNullable(m == null ? null : m.getMainAttributes().getValue(new Attributes.Name(Spi.MANIFEST_ATTRIBUTE)));
        } catch (IOException | SecurityException e) {
            problems.add(jar + ": not a readable jar (" + e.getMessage() + ")");
            return Optional.empty();
        }
        ModuleDescriptor d;
        try {
            Set<ModuleReference> refs = ModuleFinder.of(jar).findAll();
            d = refs.iterator().next().descriptor();
        } catch (FindException | IllegalArgumentException e) {
            problems.add(jar + ": not a usable module (" + message(e) + ")");
            return Optional.empty();
        }
        boolean provides = d.provides().stream().anyMatch(p -> p.service().equals(SERVICE));
        if (!provides) {
            problems.add(jar + ": module " + d.name() + " is not a jurisdiction (it provides no " + SERVICE + ")");
            return Optional.empty();
        }
        if (declared.isEmpty()) {
            problems.add(jar + ": module " + d.name() + " does not say which kernel it is built for (its manifest has no "
                    + Spi.MANIFEST_ATTRIBUTE + "; this kernel's is " + Spi.version() + ")");
            return Optional.empty();
        }
        Optional<String> why = Spi.incompatibility(declared.get());
        if (why.isPresent()) {
            problems.add(jar + ": module " + d.name() + " cannot run on this kernel: " + why.get());
            return Optional.empty();
        }
        return Optional.of(d.name());
    }

    /** Loads the checked jars in one layer over the boot layer and finds their providers. */
    private static void load(Map<String, Path> modules, Map<Path, Kind> kinds, List<Found> found, List<String> problems) {
        if (!JurisdictionProvider.class.getModule().isNamed()) {
            problems.add("jurisdiction jars are loaded as modules, and the kernel is on the class path: run on the module path");
            return;
        }
        ModuleLayer boot = ModuleLayer.boot();
        ModuleLayer layer;
        try {
            Configuration cf = boot.configuration().resolve(ModuleFinder.of(modules.values().toArray(Path[]::new)), ModuleFinder.of(),
                    modules.keySet());
            layer = boot.defineModulesWithManyLoaders(cf, ClassLoader.getSystemClassLoader());
        } catch (FindException | ResolutionException | LayerInstantiationException | SecurityException e) {
            problems.add("the jurisdiction jars (" + String.join(", ", modules.values().stream().map(p -> p.getFileName().toString()).toList())
                    + ") cannot be loaded together: " + message(e));
            return;
        }
        for (Map.Entry<String, Path> m : modules.entrySet()) {
            Module module = layer.findModule(m.getKey()).orElseThrow();
            try {
                ServiceLoader.load(layer, JurisdictionProvider.class).stream()
                        .filter(p -> p.type().getModule() == module)
                        .forEach(p -> found.add(new Found(p.get(), kinds.get(m.getValue()), Optional.of(m.getValue()))));
            } catch (ServiceConfigurationError e) {
                problems.add(m.getValue() + ": its jurisdiction provider cannot be created (" + message(e) + ")");
            }
        }
    }

    private static String message(Throwable e) {
        String s = e.getMessage();
        Throwable c = e.getCause();
        if (c != null && c.getMessage() != null && (s == null || !s.contains(c.getMessage()))) {
            s = (s == null ? "" : s + ": ") + c.getMessage();
        }
        return s == null ? e.getClass().getSimpleName() : s;
    }
}
