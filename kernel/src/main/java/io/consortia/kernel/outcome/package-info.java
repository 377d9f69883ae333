/** Three-valued outcomes, rule strengths and the verdict algebra of contract §2. */
package io.consortia.kernel.outcome;
