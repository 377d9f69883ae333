package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A named yes/no fact of a profile: its key in the profile format and a bilingual label. */
public interface FactKey {
    /** The camelCase key in the profile format. */
    String key();

    /** What the fact means, in Chinese and English. */
    Text label();

    /** The constant of a fact enum with this profile key. */
    static <E extends Enum<E> & FactKey> Optional<E> byKey(Class<E> type, String key) {
        return Optional.ofNullable(type.cast(Keys.BY_KEY.get(type).get(key)));
    }

    /** The key-to-constant table of each fact enum, built once per enum. */
    final class Keys {
        private static final ClassValue<Map<String, Object>> BY_KEY = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> m = new HashMap<>();
                for (Object c : type.getEnumConstants()) {
                    m.put(((FactKey) c).key(), c);
                }
                return Map.copyOf(m);
            }
        };

        private Keys() {}
    }
}
