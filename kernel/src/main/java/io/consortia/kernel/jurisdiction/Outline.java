package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.text.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of a policy beyond its rules: target, naming, route and the industry fields it lists.
 *
 * @param fields the industry fields the text lists; empty when it lists none
 * @param fieldsNote where the fields come from, or why there are none
 */
public record Outline(Optional<Target> target, Optional<Naming> naming, Route route, List<String> fields, Text fieldsNote) {
    public Outline {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(fieldsNote, "fieldsNote");
        fields = List.copyOf(fields);
    }
}
