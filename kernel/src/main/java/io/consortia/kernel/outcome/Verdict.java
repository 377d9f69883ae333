package io.consortia.kernel.outcome;

import io.consortia.kernel.text.Text;

/**
 * The verdict for one consortium in one jurisdiction (contract §2). Derived from findings by
 * {@link #of}: the first matching line decides.
 * <ol>
 *   <li>{@link #INELIGIBLE} if any MANDATORY finding FAILs;</li>
 *   <li>else {@link #UNDETERMINED} if any MANDATORY or PRESUMPTIVE finding is UNKNOWN;</li>
 *   <li>else {@link #ELIGIBLE_WITH_DEVIATIONS} if any PRESUMPTIVE finding FAILs;</li>
 *   <li>else {@link #ELIGIBLE}.</li>
 * </ol>
 * ENCOURAGED and PREFERENCE findings never change the verdict.
 */
public enum Verdict {
    ELIGIBLE(Text.of("符合条件", "eligible")),
    ELIGIBLE_WITH_DEVIATIONS(Text.of("基本符合（有偏离）", "eligible with deviations")),
    UNDETERMINED(Text.of("尚不能确定", "undetermined")),
    INELIGIBLE(Text.of("不符合条件", "ineligible"));

    private final Text label;

    Verdict(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** One (strength, outcome) pair, the only part of a finding the verdict looks at. */
    public interface Graded {
        Strength strength();

        Outcome outcome();
    }

    /** The verdict of a set of findings, per contract §2. */
    public static Verdict of(Iterable<? extends Graded> findings) {
        boolean mandatoryFails = false;
        boolean bindingUnknown = false;
        boolean presumptiveFails = false;
        for (Graded f : findings) {
            Strength s = f.strength();
            Outcome o = f.outcome();
            if (s == Strength.MANDATORY && o == Outcome.FAIL) {
                mandatoryFails = true;
            } else if (s.bindsVerdict() && o == Outcome.UNKNOWN) {
                bindingUnknown = true;
            } else if (s == Strength.PRESUMPTIVE && o == Outcome.FAIL) {
                presumptiveFails = true;
            }
        }
        if (mandatoryFails) {
            return INELIGIBLE;
        }
        if (bindingUnknown) {
            return UNDETERMINED;
        }
        return presumptiveFails ? ELIGIBLE_WITH_DEVIATIONS : ELIGIBLE;
    }
}
