package io.consortia.kernel.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * An innovation platform a member has built.
 *
 * @param name the platform's name; may be empty when the profile does not give one
 * @param type its type, when the profile states one (a rule that asks for a type finds a platform
 *     without one unknown)
 */
public record Platform(String name, PlatformLevel level, Optional<PlatformType> type) {
    public Platform {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(type, "type");
    }

    /** A platform of a stated type. */
    public Platform(String name, PlatformLevel level, PlatformType type) {
        this(name, level, Optional.of(type));
    }
}
