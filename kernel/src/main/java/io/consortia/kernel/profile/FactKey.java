package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;
import java.util.Arrays;
import java.util.Optional;

/** A named yes/no fact of a profile: its key in the profile format and a bilingual label. */
public interface FactKey {
    /** The camelCase key in the profile format. */
    String key();

    /** What the fact means, in Chinese and English. */
    Text label();

    /** The constant of a fact enum with this profile key. */
    static <E extends Enum<E> & FactKey> Optional<E> byKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.key().equals(key)).findFirst();
    }
}
