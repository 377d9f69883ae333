package io.consortia.kernel.lifecycle;

/** Where an obligation stands on the as-of date (contract §4). */
public enum ObligationStatus {
    /** Not met, and not yet due. */
    OPEN,
    /** Met (possibly late: see {@link Obligation#late()}). */
    MET,
    /** Not met, and its due date has passed. */
    OVERDUE
}
