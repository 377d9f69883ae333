package io.consortia.kernel.rule;

import io.consortia.kernel.reading.Reading;
import java.util.Objects;

/**
 * Which members a counting rule counts, as data. Some populations depend on a reading (R1: does
 * the lead count toward "member units"?).
 *
 * @since 0.2
 */
public sealed interface Population {

    /** Every member, the lead included. */
    record Everyone() implements Population {}

    /** Every member other than the lead. */
    record OtherThanLead() implements Population {}

    /** The population a reading chooses. */
    record ByReading(Reading reading, Population byDefault, Population alternative) implements Population {
        public ByReading {
            Objects.requireNonNull(reading, "reading");
            Objects.requireNonNull(byDefault, "byDefault");
            Objects.requireNonNull(alternative, "alternative");
        }
    }

    /** Every member, the lead included. */
    Population ALL = new Everyone();

    /** Every member other than the lead ("every non-lead member"). */
    Population OTHERS = new OtherThanLead();

    /**
     * "Member units" as reading R1 says: every member by default, the members other than the
     * lead under the alternative.
     */
    Population MEMBER_UNITS = new ByReading(Reading.R1, ALL, OTHERS);
}
