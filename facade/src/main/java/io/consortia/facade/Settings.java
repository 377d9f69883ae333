package io.consortia.facade;

import io.consortia.kernel.registry.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an assessment is asked under, beside the profile: which jurisdictions (none named: all),
 * the reference date (none: the profile's {@code appliedOn}, else the host's today), the readings
 * switched ({@code R1 → no}), parameter overrides ({@code suzhou.S1.minimum=7}, as the command's
 * {@code --set} takes them) and the registry for cross-consortium rules. An immutable value; the
 * {@code with…} methods return a copy. Checked against the installed jurisdictions when used,
 * every problem named by its place ({@code readings.R1}, {@code set[0]}, {@code jurisdictions[1]}).
 *
 * @param jurisdictions jurisdiction ids, in the order wanted; empty for every installed one
 * @param asOf the reference date, when given
 * @param readings reading id to option; readings not named keep their default
 * @param overrides {@code NAME=VALUE} parameter overrides
 * @param registry other consortia and sanctions in force, when cross-consortium rules are wanted
 * @since 0.2
 */
public record Settings(List<String> jurisdictions, Optional<LocalDate> asOf, Map<String, String> readings, List<String> overrides,
                       Optional<Registry> registry) {

    private static final Settings DEFAULTS = new Settings(List.of(), Optional.empty(), Map.of(), List.of(), Optional.empty());

    public Settings {
        jurisdictions = List.copyOf(jurisdictions);
        Objects.requireNonNull(asOf, "asOf");
        readings = java.util.Collections.unmodifiableMap(new TreeMap<>(readings));
        overrides = List.copyOf(overrides);
        Objects.requireNonNull(registry, "registry");
    }

    /** Every jurisdiction, the profile's date, default readings, declared parameters, no registry. */
    public static Settings defaults() {
        return DEFAULTS;
    }

    /** Only these jurisdictions. */
    public Settings withJurisdictions(String... ids) {
        return new Settings(List.of(ids), asOf, readings, overrides, registry);
    }

    /** Only these jurisdictions. */
    public Settings withJurisdictions(List<String> ids) {
        return new Settings(ids, asOf, readings, overrides, registry);
    }

    /** Assessed as of this date. */
    public Settings withAsOf(LocalDate date) {
        return new Settings(jurisdictions, Optional.of(date), readings, overrides, registry);
    }

    /** With a reading switched: {@code withReading("R1", "no")}. */
    public Settings withReading(String id, String option) {
        Map<String, String> r = new TreeMap<>(readings);
        r.put(id, option);
        return new Settings(jurisdictions, asOf, r, overrides, registry);
    }

    /** With these readings (id to option). */
    public Settings withReadings(Map<String, String> choices) {
        return new Settings(jurisdictions, asOf, choices, overrides, registry);
    }

    /** With a parameter override: {@code withOverride("suzhou.S1.minimum", "7")}. */
    public Settings withOverride(String name, String value) {
        List<String> o = new java.util.ArrayList<>(overrides);
        o.add(name + "=" + value);
        return new Settings(jurisdictions, asOf, readings, o, registry);
    }

    /** With these overrides, each {@code NAME=VALUE}. */
    public Settings withOverrides(List<String> specs) {
        return new Settings(jurisdictions, asOf, readings, specs, registry);
    }

    /** With a registry, for cross-consortium rules. */
    public Settings withRegistry(Registry r) {
        return new Settings(jurisdictions, asOf, readings, overrides, Optional.of(r));
    }
}
