package io.consortia.kernel.profile;

import java.util.Objects;

/**
 * An innovation platform a member has built.
 *
 * @param name the platform's name; may be empty when the profile does not give one
 */
public record Platform(String name, PlatformLevel level, PlatformType type) {
    public Platform {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(type, "type");
    }
}
