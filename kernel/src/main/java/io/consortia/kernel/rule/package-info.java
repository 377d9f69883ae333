/**
 * Rules and their tests: {@link io.consortia.kernel.rule.Rule}, the three-valued {@link
 * io.consortia.kernel.rule.Condition}s and the library of common ones in {@link
 * io.consortia.kernel.rule.Conditions}, with the count and ratio bound semantics of contract §1.
 */
package io.consortia.kernel.rule;
