package io.consortia.kernel.source;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A policy document: the authority every rule cites.
 *
 * @param title the title as the document gives it, with an English rendering
 * @param number the document number (文号), when it has one
 * @param issuer the issuing body
 * @param issued the date of issue, when the document gives one ("undated" otherwise)
 * @param status its legal status; not empty
 * @param text the full text, verbatim, against which every rule's quote is checked
 */
public record Document(Text title, Optional<String> number, Text issuer, Optional<LocalDate> issued,
                       Set<DocumentStatus> status, String text) {

    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(text, "text");
        if (status.isEmpty()) {
            throw new IllegalArgumentException("a document has a status");
        }
        status = Set.copyOf(EnumSet.copyOf(status));
    }

    /** Whether the document is in force: not a draft for comments (contract §2 {@code binding}). */
    public boolean binding() {
        return !status.contains(DocumentStatus.DRAFT);
    }

    /** The caveat every assessment under a document that is not binding carries. */
    public Optional<Text> caveat() {
        return binding() ? Optional.empty() : Optional.of(Text.of("征求意见稿，尚未生效", "draft for comments, not in force"));
    }

    /** Whether the text contains the quote verbatim. */
    public boolean quotes(String quote) {
        return text.contains(quote);
    }

    /**
     * The paragraph (line) of the text that holds the quote, trimmed; empty when the quote is not
     * in the text.
     */
    public Optional<String> paragraphOf(String quote) {
        int at = text.indexOf(quote);
        if (at < 0) {
            return Optional.empty();
        }
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at + quote.length());
        return Optional.of(text.substring(start, end < 0 ? text.length() : end).strip());
    }

    /** The statuses in declaration order (IN_FORCE, DRAFT, TRIAL). */
    public java.util.List<DocumentStatus> statusList() {
        return EnumSet.copyOf(status).stream().toList();
    }
}
