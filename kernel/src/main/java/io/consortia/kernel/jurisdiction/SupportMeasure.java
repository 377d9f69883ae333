package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A support measure of a policy.
 *
 * @param capYuan the amount cap in yuan where the text states one (苏州: 2,000,000)
 */
public record SupportMeasure(MeasureCategory category, Text description, String clause, Optional<BigDecimal> capYuan) {
    public SupportMeasure {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(capYuan, "capYuan");
    }

    public static SupportMeasure of(MeasureCategory category, String clause, String zh, String en) {
        return new SupportMeasure(category, Text.of(zh, en), clause, Optional.empty());
    }

    public SupportMeasure withCap(long yuan) {
        return new SupportMeasure(category, description, clause, Optional.of(BigDecimal.valueOf(yuan)));
    }
}
