package io.consortia.kernel.jurisdiction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the jurisdiction SPI ({@link JurisdictionProvider} and the setup interfaces it
 * registers into), for hosts that load jurisdictions built elsewhere. A jurisdiction declares the
 * version it was built against (a plug-in jar, in its manifest); it runs on a kernel of the same
 * major version and an equal or later minor one: minor versions only add to the SPI (new setup
 * methods, new test kinds), which old providers never call; a major version changes it.
 *
 * <p>1.0: lifecycles are registered through {@code EditionSetup.lifecycle()} (a {@code LifecycleSetup}, ADR 0014)
 * instead of a built {@code LifecyclePolicy}; jars built against 0.x are refused.
 *
 * @since 0.3
 */
public final class Spi {

    /** What a plug-in jar's manifest names the version it was built against. */
    public static final String MANIFEST_ATTRIBUTE = "Consortia-Jurisdiction-SPI";

    private static final Pattern VERSION = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");

    private Spi() {}

    /** This kernel's SPI version, {@code MAJOR.MINOR}. */
    public static String version() {
        return "1.0";
    }

    /**
     * Why a jurisdiction built against the declared version cannot run on this kernel; empty when
     * it can.
     */
    public static Optional<String> incompatibility(String declared) {
        Matcher d = VERSION.matcher(declared == null ? "" : declared.strip());
        if (!d.matches()) {
            return Optional.of("its SPI version \"" + declared + "\" is not MAJOR.MINOR, like " + version());
        }
        Matcher k = VERSION.matcher(version());
        if (!k.matches()) {
            throw new IllegalStateException(version());
        }
        int major = Integer.parseInt(d.group(1));
        int minor = Integer.parseInt(d.group(2));
        int kernelMajor = Integer.parseInt(k.group(1));
        int kernelMinor = Integer.parseInt(k.group(2));
        if (major != kernelMajor) {
            return Optional.of("it is built against the jurisdiction SPI " + declared.strip() + ", this kernel has " + version()
                    + " (another major version)");
        }
        if (minor > kernelMinor) {
            return Optional.of("it is built against the jurisdiction SPI " + declared.strip() + ", newer than this kernel's " + version()
                    + " (update consortia)");
        }
        return Optional.empty();
    }
}
