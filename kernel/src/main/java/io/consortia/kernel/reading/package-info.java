/** Switchable readings (R1–R5) of ambiguous clauses, and the set in force for an assessment. */
package io.consortia.kernel.reading;
