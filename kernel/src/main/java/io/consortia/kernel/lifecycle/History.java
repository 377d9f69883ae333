package io.consortia.kernel.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lifecycle history as a file states it (contract §4).
 *
 * @param profile the profile's path, relative to the history file, when given
 * @param events the events, in date order
 */
public record History(String jurisdiction, Optional<String> profile, List<Event> events) {
    public History {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(profile, "profile");
        events = List.copyOf(events);
    }
}
