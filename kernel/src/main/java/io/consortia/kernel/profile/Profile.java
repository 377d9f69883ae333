package io.consortia.kernel.profile;

import io.consortia.kernel.outcome.Outcome;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A consortium as its applicants describe it (contract §1). Build one with
 * {@code ImmutableProfile.builder()} or read one from a tree with {@link ProfileReader}, which
 * reports every problem with its place instead of throwing.
 */
@Value.Immutable
public abstract class Profile {

    public abstract String name();

    /** The industry field, free text. */
    public abstract Optional<String> field();

    /** The application date; the default reference date of an assessment. */
    public abstract Optional<LocalDate> appliedOn();

    /** The id of the lead member. */
    public abstract String leadId();

    /** Governance bodies and documents; an item not in the map is unknown. */
    public abstract Map<GovernanceItem, Boolean> governance();

    /**
     * The jurisdictions' own facts the profile states of the consortium, by key; a fact not in the
     * map is unknown. Values as in {@link Member#ownFacts()}.
     *
     * @since 0.3
     */
    public abstract Map<String, Object> ownFacts();

    /** An own fact of the consortium as stated; empty when unknown. */
    public <T> Optional<T> own(OwnFact<T> fact) {
        return fact.valueIn(ownFacts());
    }

    /** The member units, lead included, in the order given. */
    public abstract List<Member> members();

    /** The lead member. */
    @Value.Lazy
    public Member lead() {
        return members().get(leadIndex());
    }

    /** The lead's position in {@link #members()}. */
    @Value.Derived
    @Value.Auxiliary
    public int leadIndex() {
        List<Member> all = members();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(leadId())) {
                return i;
            }
        }
        return -1;
    }

    /** The governance items stated, as bits ({@link FactBits#of(GovernanceItem)}). */
    public long governanceKnown() {
        return FactBits.known(governanceBits());
    }

    /** The governance items stated to be in place, as bits; a subset of {@link #governanceKnown()}. */
    public long governanceValue() {
        return FactBits.value(governanceBits());
    }

    /** {@link #governanceKnown()} and {@link #governanceValue()} packed ({@link FactBits#packed}), computed once. */
    @Value.Derived
    @Value.Auxiliary
    long governanceBits() {
        return FactBits.packed(governance(), 0);
    }

    /** Members other than the lead, in order. */
    @Value.Lazy
    public List<Member> others() {
        return members().stream().filter(m -> !m.id().equals(leadId())).toList();
    }

    /** The governance item as an outcome: PASS if true, FAIL if false, UNKNOWN if absent. */
    public Outcome has(GovernanceItem item) {
        long bit = FactBits.of(item);
        if ((governanceKnown() & bit) == 0) {
            return Outcome.UNKNOWN;
        }
        return (governanceValue() & bit) != 0 ? Outcome.PASS : Outcome.FAIL;
    }

    /**
     * A member id that occurs twice, or {@code null}. Up to {@value #PAIRWISE} members, each id's
     * hash code marks one of 128 buckets in two {@code long}s, and only an id whose bucket is
     * already marked is compared with the ids before it (a string's hash code is cached, so most of
     * those comparisons stop there): without the hash set that larger profiles use, and without
     * comparing every pair. Profiles are built by the million in surveys, and most have a dozen
     * members with distinct ids.
     */
    private static String duplicateId(List<Member> members) {
        int n = members.size();
        if (n > PAIRWISE) {
            Set<String> ids = new HashSet<>();
            for (Member m : members) {
                if (!ids.add(m.id())) {
                    return m.id();
                }
            }
            return null;
        }
        long low = 0;
        long high = 0;
        for (int i = 0; i < n; i++) {
            String id = members.get(i).id();
            int h = id.hashCode();
            int bucket = (h ^ h >>> 7 ^ h >>> 14) & 127;
            long bit = 1L << bucket; // the shift takes the bucket's low six bits
            long marked = bucket < 64 ? low : high;
            if ((marked & bit) != 0) {
                for (int j = 0; j < i; j++) {
                    String other = members.get(j).id();
                    if (other.hashCode() == h && other.equals(id)) {
                        return id;
                    }
                }
            }
            if (bucket < 64) {
                low |= bit;
            } else {
                high |= bit;
            }
        }
        return null;
    }

    private static final int PAIRWISE = 64;

    @Value.Check
    protected void check() {
        if (name().isBlank()) {
            throw new IllegalStateException("a profile needs a name");
        }
        OwnValues.check(ownFacts());
        String duplicate = duplicateId(members());
        if (duplicate != null) {
            throw new IllegalStateException("duplicate member id " + duplicate);
        }
        if (leadIndex() < 0) {
            throw new IllegalStateException("the lead " + leadId() + " is not a member");
        }
    }
}
