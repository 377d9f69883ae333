package io.consortia.kernel.profile;

import java.util.Map;

/**
 * The compact form of a member's yes/no facts that rules are evaluated on: one bit per fact in a
 * {@code known} vector and a {@code value} vector ({@code value ⊆ known}). A unit kind and a chain
 * position are one-hot groups: a member's kind is always known (one bit set among the kind bits),
 * its chain position is known when given (one bit set among the chain bits, the four known
 * together). Traits and attestations have a bit each, known when the profile states them.
 *
 * <p>This is how the kernel stores what a profile says for evaluation; {@link Member#knownBits()}
 * and {@link Member#valueBits()} are computed once, when a member is built. The bits from {@link
 * #OWN} to 55 hold, per evaluation, the tests of a jurisdiction's own member facts; bits 56–63 are
 * left free for facts an evaluation adds per jurisdiction (its regions).
 */
public final class FactBits {

    private FactBits() {}

    /** The first bit of the unit kinds, in {@link UnitKind} order. */
    public static final int KIND = 0;
    /** The first bit of the chain positions, in {@link ChainPosition} order. */
    public static final int CHAIN = KIND + UnitKind.values().length;
    /** The first bit of the traits, in {@link Trait} order. */
    public static final int TRAIT = CHAIN + ChainPosition.values().length;
    /** The first bit of the attestations, in {@link Attestation} order. */
    public static final int ATTESTATION = TRAIT + Trait.values().length;
    /**
     * The first bit of the tests of a jurisdiction's own member facts: each program numbers the
     * ones its rules make from here, up to {@link #FREE} (see {@code MemberTest.Own}).
     *
     * @since 0.3
     */
    public static final int OWN = ATTESTATION + Attestation.values().length;
    /** The first bit an evaluation may use for facts of its own. */
    public static final int FREE = 56;

    /** All the chain bits. */
    public static final long CHAIN_MASK = ((1L << ChainPosition.values().length) - 1) << CHAIN;
    /** All the kind bits. */
    public static final long KIND_MASK = ((1L << UnitKind.values().length) - 1) << KIND;

    static {
        if (ATTESTATION + Attestation.values().length > FREE) {
            throw new ExceptionInInitializerError("the member facts need more than " + FREE + " bits");
        }
        if (OWN > 32 || GovernanceItem.values().length > 32) {
            throw new ExceptionInInitializerError("the stated facts need more than 32 bits: they no longer pack in a long");
        }
    }

    public static long of(UnitKind kind) {
        return 1L << (KIND + kind.ordinal());
    }

    public static long of(ChainPosition position) {
        return 1L << (CHAIN + position.ordinal());
    }

    public static long of(Trait trait) {
        return 1L << (TRAIT + trait.ordinal());
    }

    public static long of(Attestation attestation) {
        return 1L << (ATTESTATION + attestation.ordinal());
    }

    /** The bit of a member fact (a trait or an attestation). */
    public static long of(FactKey fact) {
        if (fact instanceof Trait t) {
            return of(t);
        }
        if (fact instanceof Attestation a) {
            return of(a);
        }
        throw new IllegalArgumentException("not a member fact with a bit: " + fact);
    }

    /** The bit of a governance item in a profile's governance vectors. */
    public static long of(GovernanceItem item) {
        return 1L << item.ordinal();
    }

    /**
     * The facts a member's or a profile's yes/no map states and those it states true, the first
     * fact at bit {@code first}: the stated bits in the low 32 bits of the result, the true ones in
     * the high 32 bits ({@link #known}, {@link #value}). Built members and profiles hold these maps
     * as {@link FactMap}s (ADR 0025), whose bits are only shifted into place.
     */
    static long packed(Map<?, Boolean> facts, int first) {
        long b = ((FactMap<?>) facts).bits();
        return known(b) << first | value(b) << (32 + first);
    }

    /** The stated bits of a {@link #packed} result. */
    static long known(long packed) {
        return packed & 0xFFFF_FFFFL;
    }

    /** The bits stated true of a {@link #packed} result. */
    static long value(long packed) {
        return packed >>> 32;
    }
}
