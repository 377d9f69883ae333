package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.text.Text;
import java.util.Set;

/**
 * What a jurisdiction states its lifecycle through ({@code EditionSetup.lifecycle()}): the steps
 * of its procedure, the notice, validity, reports, grades, guards, endings and sanction its text
 * sets, and transitions of its own. Every threshold is a parameter the same edition declares;
 * every clause's quote must occur verbatim in the edition's document. The kernel checks both when
 * it loads the jurisdiction and names each mistake. Implemented by the kernel only; new methods
 * may be added in later versions.
 *
 * @since 0.2
 */
public interface LifecycleSetup {

    /** A step of the procedure, in order. Steps name the events that record them, core or the jurisdiction's own. */
    LifecycleSetup step(Step step);

    /** The clause for what the text leaves to the authority's general supervision. Required. */
    LifecycleSetup supervision(Clause clause);

    /** A public notice of any length between the review and establishment, without objection. */
    LifecycleSetup notice(Clause clause);

    /** A public notice of at least this many working days (counted per reading R9). */
    LifecycleSetup notice(Param<Integer> minWorkingDays, Clause clause);

    /** The standing lasts this many years from each establishment, and may be renewed. */
    LifecycleSetup validity(Param<Integer> years, Clause clause);

    /** An annual report owed for every year the consortium is established. */
    LifecycleSetup report(ReportDuty duty);

    /** The grades evaluations use, where the text enumerates them. */
    LifecycleSetup grades(Set<Grade> grades, Clause clause);

    /** What every evaluation with the grade brings. */
    LifecycleSetup onGrade(Grade grade, Consequence consequence, Clause clause);

    /** What this many evaluations in a row with the grade bring. */
    LifecycleSetup onGrade(Grade grade, Param<Integer> consecutive, Consequence consequence, Clause clause);

    /** A condition on events while the consortium is established. */
    LifecycleSetup guard(Guard guard);

    /** Changes that end an established consortium by the policy's own terms. */
    LifecycleSetup ending(Ending ending);

    /** A defaulting lead loses its lead status and is barred for this many years. */
    LifecycleSetup sanction(Param<Integer> years, Text says, Clause clause);

    /**
     * Changes that, once accepted, are to be filed with the authority (a follow-up obligation with
     * no due date, not a precondition).
     *
     * @param authority the authority as the text names it
     * @param what what is owed, in words
     */
    LifecycleSetup filing(Set<EventType> changes, String authority, Text what, Clause clause);

    /** A remark the text puts on accepted events when its condition holds (accepted, and noted). */
    LifecycleSetup remark(Remark remark);

    /**
     * A transition of the jurisdiction's own: in {@code from}, the event (core, or one of its
     * steps' own) is accepted in place or ends the consortium; it takes precedence over the
     * kernel's row for the same state and event.
     */
    LifecycleSetup transition(CoreState from, String event, CoreState to, Text says, Clause clause);
}
