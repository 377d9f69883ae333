package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns {@code --reading R1=no} options into a {@link ReadingSet}. */
final class ReadingOptions {
    private ReadingOptions() {}

    static ReadingSet parse(List<String> options, List<Reading> known) {
        return parse(options, known, ReadingSet.defaults(), "--reading");
    }

    /** The options applied on top of a reading set; messages name the option as {@code name}. */
    static ReadingSet parse(List<String> options, List<Reading> known, ReadingSet base, String name) {
        ReadingSet set = base;
        if (options == null) {
            return set;
        }
        String catalog = known.stream()
                .map(r -> r.id() + "=" + r.defaultOption() + "|" + r.alternativeOption())
                .collect(Collectors.joining(", "));
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new InputException(name + " " + option + ": expected ID=OPTION, e.g. R1=no; known: " + catalog);
            }
            String id = option.substring(0, eq).strip().toUpperCase(java.util.Locale.ROOT);
            String value = option.substring(eq + 1).strip().toLowerCase(java.util.Locale.ROOT);
            Optional<Reading> reading = known.stream().filter(r -> r.id().equals(id)).findFirst();
            if (reading.isEmpty()) {
                throw new InputException(name + " " + option + ": unknown reading " + id + "; known: " + catalog);
            }
            Reading r = reading.get();
            if (!r.accepts(value)) {
                throw new InputException(name + " " + option + ": " + r.id() + " takes " + r.defaultOption()
                        + " (default: " + r.defaultMeaning().en() + ") or " + r.alternativeOption()
                        + " (" + r.alternativeMeaning().en() + ")");
            }
            set = set.with(r, r.isAlternative(value));
        }
        return set;
    }
}
