package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A support measure of a policy.
 *
 * @param cap the amount cap where the text states one (苏州: 2,000,000 yuan), a parameter
 */
public record SupportMeasure(MeasureCategory category, Text description, String clause, Optional<Param<BigDecimal>> cap) {
    public SupportMeasure {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(cap, "cap");
    }

    public static SupportMeasure of(MeasureCategory category, String clause, String zh, String en) {
        return new SupportMeasure(category, Text.of(zh, en), clause, Optional.empty());
    }

    public SupportMeasure withCap(Param<BigDecimal> cap) {
        return new SupportMeasure(category, description, clause, Optional.of(cap));
    }

    /** The cap in yuan, as the document states it. */
    public Optional<BigDecimal> capYuan() {
        return cap.map(Param::value);
    }
}
