/** Findings and assessments: every rule's outcome, and the verdict they imply. */
package io.consortia.kernel.assessment;
