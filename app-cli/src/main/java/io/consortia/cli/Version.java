package io.consortia.cli;

import io.consortia.kernel.jurisdiction.Jurisdiction;
import java.util.Locale;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints, on every command: the version the build gave this module (its
 * module descriptor's, else its jar manifest's Implementation-Version), the kernel's, and the Java
 * runtime that runs them. Nothing is written twice: the version comes from the build.
 */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "consortia " + of(ConsortiaCommand.class),
            "kernel " + of(Jurisdiction.class) + ", Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + "), "
                    + System.getProperty("os.name", "?") + " " + System.getProperty("os.arch", "?").toLowerCase(Locale.ROOT)
        };
    }

    /** The first line: {@code consortia VERSION}. */
    static String tool() {
        return "consortia " + of(ConsortiaCommand.class);
    }

    /**
     * The version of the module (or, on the class path, the jar) that holds the class: the module
     * descriptor's, else the jar manifest's, else (consortia itself, run from its classes) the one
     * the build wrote into {@code version.properties}; "unknown" when the build gave none.
     */
    static String of(Class<?> c) {
        Module m = c.getModule();
        if (m.getDescriptor() != null && m.getDescriptor().rawVersion().isPresent()) {
            return m.getDescriptor().rawVersion().get();
        }
        String manifest = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
        if (manifest != null) {
            return manifest;
        }
        if (c == ConsortiaCommand.class) {
            try (java.io.InputStream in = Version.class.getResourceAsStream("version.properties")) {
                java.util.Properties p = new java.util.Properties();
                if (in != null) {
                    p.load(in);
                    String v = p.getProperty("version", "");
                    if (!v.isBlank() && !v.startsWith("$")) {
                        return v;
                    }
                }
            } catch (java.io.IOException e) {
                // no version written: unknown
            }
        }
        return "unknown";
    }
}
