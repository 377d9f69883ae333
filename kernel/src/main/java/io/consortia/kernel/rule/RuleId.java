package io.consortia.kernel.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule's id, {@code <jurisdiction>.<catalog id>} (contract §2): {@code suzhou.S5}, or with a
 * suffix where a catalog item is split, {@code suzhou.S5.a}.
 */
public record RuleId(String jurisdiction, String catalogId) implements Comparable<RuleId> {

    private static final Pattern JURISDICTION = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern CATALOG = Pattern.compile("[A-Z][A-Z0-9]*[0-9]+(\\.[a-z0-9]+)?");

    public RuleId {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(catalogId, "catalogId");
        if (!JURISDICTION.matcher(jurisdiction).matches()) {
            throw new IllegalArgumentException("a jurisdiction id is lower case: " + jurisdiction);
        }
        if (!CATALOG.matcher(catalogId).matches()) {
            throw new IllegalArgumentException("a catalog id is like S5 or S5.a: " + catalogId);
        }
    }

    /** Parses {@code suzhou.S5}; empty when the text is not a rule id. */
    public static java.util.Optional<RuleId> parse(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0) {
            return java.util.Optional.empty();
        }
        String j = text.substring(0, dot);
        String c = text.substring(dot + 1);
        if (!JURISDICTION.matcher(j).matches() || !CATALOG.matcher(c).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RuleId(j, c));
    }

    /** The catalog number for ordering: S12 after S2. */
    private int number() {
        String digits = catalogId.replaceAll("^[A-Z]+([0-9]+).*$", "$1");
        return Integer.parseInt(digits);
    }

    @Override
    public int compareTo(RuleId o) {
        int c = jurisdiction.compareTo(o.jurisdiction);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(number(), o.number());
        return c != 0 ? c : catalogId.compareTo(o.catalogId);
    }

    @Override
    public String toString() {
        return jurisdiction + "." + catalogId;
    }

    // equals and hashCode written out, as the record's would be: the record's are linked by an
    // invokedynamic bootstrap, the first of which costs every start of the CLI about 15 ms
    // (catalogs put rule ids in hash sets; docs/performance.md, Start-up).

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleId r && jurisdiction.equals(r.jurisdiction) && catalogId.equals(r.catalogId);
    }

    @Override
    public int hashCode() {
        return 31 * jurisdiction.hashCode() + catalogId.hashCode();
    }
}
