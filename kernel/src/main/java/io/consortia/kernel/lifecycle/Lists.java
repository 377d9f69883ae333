package io.consortia.kernel.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Small list helpers for immutable updates. */
final class Lists {

    private Lists() {}

    static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }

    static <T> List<T> withoutFirst(List<T> list, Predicate<T> which) {
        List<T> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (which.test(out.get(i))) {
                out.remove(i);
                break;
            }
        }
        return out;
    }
}
