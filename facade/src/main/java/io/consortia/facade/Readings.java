package io.consortia.facade;

import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reading choices ({@code R1 → no}) checked against the readings the installed jurisdictions
 * consult. Ids are case-insensitive ({@code r1}), options too ({@code NO}).
 *
 * @since 0.2
 */
public final class Readings {

    private Readings() {}

    /** One choice that cannot be made, with the id as given and why. */
    public record Refused(String id, String message) {}

    /**
     * The reading set the choices make.
     *
     * @param known the readings some installed jurisdiction consults
     * @return the set, or every choice refused (an unknown reading, an option it does not take)
     */
    public static Either<List<Refused>, ReadingSet> of(Map<String, String> choices, List<Reading> known) {
        ReadingSet set = ReadingSet.defaults();
        List<Refused> refused = new ArrayList<>();
        for (Map.Entry<String, String> c : choices.entrySet()) {
            String id = c.getKey().strip().toUpperCase(Locale.ROOT);
            String value = c.getValue().strip().toLowerCase(Locale.ROOT);
            Optional<Reading> reading = known.stream().filter(r -> r.id().equals(id)).findFirst();
            if (reading.isEmpty()) {
                refused.add(new Refused(c.getKey(), "unknown reading " + id + "; known: " + catalog(known)));
                continue;
            }
            Reading r = reading.get();
            if (!r.accepts(value)) {
                refused.add(new Refused(c.getKey(), r.id() + " takes " + r.defaultOption() + " (default: " + r.defaultMeaning().en() + ") or "
                        + r.alternativeOption() + " (" + r.alternativeMeaning().en() + ")"));
                continue;
            }
            set = set.with(r, r.isAlternative(value));
        }
        return refused.isEmpty() ? Either.right(set) : Either.left(refused);
    }

    /** The readings as a message lists them: {@code R1=yes|no, R2=sum|each}. */
    public static String catalog(List<Reading> known) {
        return known.stream().map(r -> r.id() + "=" + r.defaultOption() + "|" + r.alternativeOption()).collect(Collectors.joining(", "));
    }
}
