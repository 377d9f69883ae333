/**
 * Units as records name them, and the sanctions against them: shared by the registry (sanctions in
 * force) and the lifecycle (sanctions a history produces), below both so neither depends on the other.
 */
package io.consortia.kernel.sanction;
