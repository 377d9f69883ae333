package io.consortia.kernel.rule;

import io.consortia.kernel.profile.Member;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.text.Text;
import java.util.List;

/**
 * Which members a counting rule counts. Some populations depend on a reading (R1: does the lead
 * count toward "member units"?).
 */
public interface Population {

    List<Member> members(Context context);

    /** What the population is, for explanations. */
    Text label(Context context);

    /** Every member, the lead included. */
    Population ALL = new Population() {
        @Override
        public List<Member> members(Context context) {
            return context.profile().members();
        }

        @Override
        public Text label(Context context) {
            return Text.of("成员单位（含牵头单位）", "member units (lead included)");
        }
    };

    /** Every member other than the lead. */
    Population OTHERS = new Population() {
        @Override
        public List<Member> members(Context context) {
            return context.profile().others();
        }

        @Override
        public Text label(Context context) {
            return Text.of("牵头单位以外的成员单位", "member units other than the lead");
        }
    };

    /**
     * "Member units" as reading R1 says: every member by default, the members other than the lead
     * under the alternative.
     */
    Population MEMBER_UNITS = byReading(Reading.R1, ALL, OTHERS);

    /** The population chosen by a reading. */
    static Population byReading(Reading reading, Population byDefault, Population alternative) {
        return new Population() {
            @Override
            public List<Member> members(Context context) {
                return pick(context).members(context);
            }

            @Override
            public Text label(Context context) {
                return pick(context).label(context);
            }

            private Population pick(Context context) {
                return context.alternative(reading) ? alternative : byDefault;
            }
        };
    }
}
