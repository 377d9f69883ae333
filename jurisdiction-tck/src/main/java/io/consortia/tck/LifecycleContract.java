package io.consortia.tck;

import io.consortia.kernel.jurisdiction.Edition;
import java.util.List;

/**
 * What the TCK asks of a jurisdiction's lifecycle: an extension point, so that the checks follow
 * the lifecycle model without the rest of the suite changing. {@link #coreStates()} is the
 * contract of the lifecycle as the kernel models it now (steps mapped onto core states, the
 * transitions the policy allows); a jurisdiction's suite returns another from {@link
 * JurisdictionTck#lifecycleContract()} when the model grows.
 *
 * @since 0.3
 */
public interface LifecycleContract {

    /**
     * Faults in the lifecycle an edition governs, each naming the step, phase, transition or
     * clause at fault; empty when it is well formed.
     *
     * @param document the edition's document text, which quotes must occur in verbatim
     */
    List<String> faults(Edition edition, String document);

    /**
     * Checks its behaviour on generated histories; a failure names the seed that replays it.
     *
     * @param examples how many histories
     * @throws AssertionError on the first failure
     */
    void checkHistories(Edition edition, int examples);

    /**
     * Every phase reachable, terminal phases absorbing, every step with actors and a clause, every
     * clause quoting the document verbatim; the invariants of issue 4 on random histories, with
     * the edition's declared values, under either day count.
     */
    static LifecycleContract coreStates() {
        return new CoreStateLifecycle();
    }
}
