package io.consortia.kernel.gap;

import io.consortia.kernel.profile.FactType;
import io.consortia.kernel.rule.OwnTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Values of an own fact that meet a test, and that fail it: what a plan proposes, and "no" to a question. */
final class OwnAnswers {

    private OwnAnswers() {}

    /** A value that meets the test, from what it requires ({@link OwnTest#required}); empty when none does. */
    static Optional<Object> meeting(OwnTest test, Object required) {
        if (test instanceof OwnTest.OneOf) {
            List<?> items = (List<?>) required;
            return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
        }
        return Optional.of(required);
    }

    /** A value that fails the test; empty when every value meets it (an amount of at least 0). */
    static Optional<Object> failing(OwnTest test, Object required) {
        if (test instanceof OwnTest.Is) {
            return Optional.of(!(Boolean) required);
        }
        if (test instanceof OwnTest.Bounded b) {
            BigDecimal limit = (BigDecimal) required;
            if (b.bound() == OwnTest.Bound.AT_MOST) {
                return Optional.of(limit.add(BigDecimal.ONE));
            }
            if (test.fact().type().kind() == FactType.Kind.AMOUNT) {
                return limit.signum() > 0 ? Optional.of(BigDecimal.ZERO) : Optional.empty();
            }
            return Optional.of(limit.subtract(BigDecimal.ONE));
        }
        if (test instanceof OwnTest.OneOf) {
            List<?> items = (List<?>) required;
            return test.fact().type().keys().stream().filter(k -> !items.contains(k)).findFirst().map(k -> (Object) k);
        }
        OwnTest.Dated d = (OwnTest.Dated) test;
        return Optional.of(d.bound() == OwnTest.Bound.AT_MOST ? ((LocalDate) required).plusDays(1) : ((LocalDate) required).minusDays(1));
    }
}
