package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;

/** A named yes/no fact of a profile: its key in the profile format and a bilingual label. */
public interface FactKey {
    /** The camelCase key in the profile format. */
    String key();

    /** What the fact means, in Chinese and English. */
    Text label();
}
