package io.consortia.kernel.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.text.Text;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RuleId's and Reading's equality, written out for start-up's sake, behaves as a record's. */
class RuleIdTest {

    @Test
    void ruleIdsAreEqualWhenBothPartsAre() {
        RuleId s5 = new RuleId("suzhou", "S5");
        assertThat(s5).isEqualTo(RuleId.parse("suzhou.S5").orElseThrow()).hasSameHashCodeAs(new RuleId("suzhou", "S5"));
        assertThat(s5).isNotEqualTo(new RuleId("suzhou", "S5.a")).isNotEqualTo(new RuleId("qingdao", "S5")).isNotEqualTo("suzhou.S5");
        assertThat(Set.of(s5, new RuleId("suzhou", "S12"))).contains(new RuleId("suzhou", "S12")).doesNotContain(new RuleId("suzhou", "S1"));
    }

    @Test
    void readingsHashAsTheyCompare() {
        Reading copy = new Reading(Reading.R1.id(), Reading.R1.question(), Reading.R1.defaultOption(), Reading.R1.defaultMeaning(),
                Reading.R1.alternativeOption(), Reading.R1.alternativeMeaning());
        Reading other = new Reading(Reading.R1.id(), Text.of("另一问题", "another question"), "yes", Reading.R1.defaultMeaning(),
                "no", Reading.R1.alternativeMeaning());
        assertThat(copy).isEqualTo(Reading.R1).hasSameHashCodeAs(Reading.R1);
        assertThat(other).isNotEqualTo(Reading.R1);
        assertThat(Set.of(Reading.R1, Reading.R4)).contains(copy).doesNotContain(other);
    }
}
