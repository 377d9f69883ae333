package io.consortia.kernel.assessment;

import io.consortia.kernel.reading.Reading;

/** A reading and the answer an assessment used. */
public record ReadingChoice(Reading reading, boolean alternative) {
    /** The option's name, as a user types it ({@code yes}). */
    public String option() {
        return reading.option(alternative);
    }
}
