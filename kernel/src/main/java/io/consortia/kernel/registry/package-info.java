/** The registry of other consortia and sanctions in force, for cross-consortium rules (⊕). */
package io.consortia.kernel.registry;
