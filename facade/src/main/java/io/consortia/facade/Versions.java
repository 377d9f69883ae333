package io.consortia.facade;

import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of the code that decides: the kernel, the facade, and each jurisdiction's module,
 * read from the module descriptors (Maven writes the project version into them); {@code
 * unknown} for code run from the class path, which has none.
 *
 * @param kernel the kernel module's version
 * @param facade the facade module's version
 * @param jurisdictions by jurisdiction id: the module that provides it and its version
 * @since 0.2
 */
public record Versions(String kernel, String facade, Map<String, ModuleVersion> jurisdictions) {

    /** A module's name and version. */
    public record ModuleVersion(String module, String version) {}

    public Versions {
        jurisdictions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(jurisdictions));
    }

    /** The versions of the running code, with each provider's jurisdiction (each provider is registered once more, alone, to learn its id). */
    static Versions of(List<JurisdictionProvider> providers) {
        Map<String, ModuleVersion> byId = new LinkedHashMap<>();
        for (JurisdictionProvider p : providers) {
            Module m = p.getClass().getModule();
            ModuleVersion v = new ModuleVersion(m.isNamed() ? m.getName() : p.getClass().getName(), version(m));
            JurisdictionCatalog.of(List.of(p)).forEach(c -> c.ids().forEach(id -> byId.put(id, v)));
        }
        return new Versions(version(JurisdictionProvider.class.getModule()), version(Versions.class.getModule()), byId);
    }

    /** A module's version from its descriptor, else its package's implementation version, else {@code unknown}. */
    public static String version(Module m) {
        Optional<String> v = m.getDescriptor() == null ? Optional.empty() : m.getDescriptor().rawVersion();
        return v.orElse("unknown");
    }

    /** The module of a jurisdiction, or {@code unknown} ones when it is not installed. */
    public ModuleVersion jurisdiction(String id) {
        return jurisdictions.getOrDefault(id, new ModuleVersion("unknown", "unknown"));
    }
}
