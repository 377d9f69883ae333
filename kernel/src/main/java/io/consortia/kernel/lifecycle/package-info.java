/** The consortium lifecycle: core states, procedures, events, obligations and sanctions. */
package io.consortia.kernel.lifecycle;
