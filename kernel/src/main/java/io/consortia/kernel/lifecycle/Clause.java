package io.consortia.kernel.lifecycle;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a lifecycle rule comes from: the clause in the document's own numbering ({@code 六(三)})
 * and, where useful, the sentence verbatim from the source document.
 */
public record Clause(String ref, Optional<String> quote) {

    public Clause {
        Objects.requireNonNull(quote, "quote");
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("a clause has a reference");
        }
        if (quote.isPresent() && quote.get().isBlank()) {
            throw new IllegalArgumentException("a quote is not blank");
        }
    }

    public static Clause of(String ref) {
        return new Clause(ref, Optional.empty());
    }

    public static Clause quoted(String ref, String quote) {
        return new Clause(ref, Optional.of(quote));
    }

    @Override
    public String toString() {
        return ref;
    }
}
