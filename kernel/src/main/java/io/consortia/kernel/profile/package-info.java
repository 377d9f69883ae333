/**
 * The consortium profile of contract §1: immutable values, and {@link
 * io.consortia.kernel.profile.ProfileReader}, the validating factory that reads a profile from a
 * plain tree and reports every problem with its path.
 */
@ValueStyle
@FactMapEncodingEnabled
package io.consortia.kernel.profile;

import io.consortia.kernel.ValueStyle;
