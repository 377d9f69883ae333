package io.consortia.kernel.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.code.DivisionCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Member#fiscalYears()} holds the member's stated years oldest first, each once, whatever the
 * order the finances were put in (the engine's R&D figures read them by index).
 */
class FiscalYearsProperties {

    @Test
    void fiscalYearsAreTheStatedYearsOldestFirst() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<Integer> years = new ArrayList<>();
            int n = r.nextInt(8);
            while (years.size() < n) {
                int y = 2015 + r.nextInt(12);
                if (!years.contains(y)) {
                    years.add(y);
                }
            }
            ImmutableMember.Builder b = ImmutableMember.builder().id("m1").name("成员1").kind(UnitKind.ENTERPRISE)
                    .registeredIn(DivisionCode.of("320505"));
            List<FiscalYear> stated = new ArrayList<>();
            for (int y : years) {
                FiscalYear f = FiscalYear.of(y, 1_000_000L + r.nextInt(1000), r.nextInt(1000));
                stated.add(f);
                b.putFinances(y, f);
            }
            List<FiscalYear> expected = new ArrayList<>(stated);
            expected.sort(Comparator.comparingInt(FiscalYear::year));
            assertThat(b.build().fiscalYears()).containsExactlyElementsOf(expected);
        });
    }
}
