package io.consortia.kernel.engine;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.profile.FactBits;
import io.consortia.kernel.profile.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns member tests read: facts of a member's own vectors ({@link FactBits}), then two per
 * region (registered in it, present in it). A profile's members are transposed into these columns
 * once ({@link #transpose}), and member tests are then evaluated 64 members at a time.
 *
 * <p>The columns a member may leave unstated come first ({@code c < stated}): only they keep who
 * states the fact; kinds and regions are always known. One program has its own layout; several
 * programs assessing the same profile share the union of theirs ({@link ProgramSet}).
 */
final class Layout {

    /** The fact bit of each fact column, the unstated ones first. */
    final int[] factBits;
    /** Column {@code c} may be unstated exactly when {@code c < stated}. */
    final int stated;
    /** The regions, each with two columns after the facts: registered at {@code 2r}, present at {@code 2r + 1}. */
    final Region[] regions;
    final int columns;
    /** The fact bits of the fact columns, as one mask. */
    final long factMask;
    private final int[] columnOfBit;

    private Layout(long facts, Region[] regions) {
        long unstated = facts & ~FactBits.KIND_MASK;
        this.stated = Long.bitCount(unstated);
        this.factBits = new int[Long.bitCount(facts)];
        this.columnOfBit = new int[64];
        Arrays.fill(columnOfBit, -1);
        int column = 0;
        for (long part : new long[] {unstated, facts & FactBits.KIND_MASK}) {
            for (long x = part; x != 0; x &= x - 1) {
                int bit = Long.numberOfTrailingZeros(x);
                factBits[column] = bit;
                columnOfBit[bit] = column++;
            }
        }
        this.factMask = facts;
        this.regions = regions;
        this.columns = factBits.length + 2 * regions.length;
    }

    /**
     * The layout of one program: the fact bits its predicates read, and its regions (whose bits in
     * a predicate are {@link Preds.Regions#registeredBit} and {@link Preds.Regions#presentBit}).
     */
    static Layout of(long[][] preds, Region[] regions) {
        long used = 0;
        for (long[] clauses : preds) {
            for (long c : clauses) {
                used |= c;
            }
        }
        // Fact bits only: the region bits are columns of their own, and the own facts' tests are
        // computed per run (Program.OWN_COLUMN), never transposed from the members' vectors.
        return new Layout(used & ((1L << FactBits.OWN) - 1), regions);
    }

    /** The union of several layouts: every fact column and every region of any of them. */
    static Layout union(List<Layout> layouts) {
        long facts = 0;
        List<Region> regions = new ArrayList<>();
        for (Layout l : layouts) {
            facts |= l.factMask;
            for (Region r : l.regions) {
                if (regionIndex(regions, r) < 0) {
                    regions.add(r);
                }
            }
        }
        return new Layout(facts, regions.toArray(Region[]::new));
    }

    private static int regionIndex(List<Region> regions, Region r) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).prefix().equals(r.prefix())) {
                return i;
            }
        }
        return -1;
    }

    /** The column of a bit of a predicate compiled against this layout's regions. */
    int column(int bit) {
        if (bit < FactBits.FREE) {
            return columnOfBit[bit];
        }
        return factBits.length + (bit - FactBits.FREE);
    }

    /** The column in {@code other} (a union containing this layout) of this layout's column {@code c}. */
    int columnIn(Layout other, int c) {
        if (c < factBits.length) {
            return other.columnOfBit[factBits[c]];
        }
        int r = (c - factBits.length) >>> 1;
        return other.factBits.length + 2 * regionIndex(Arrays.asList(other.regions), regions[r]) + ((c - factBits.length) & 1);
    }

    /** The length of a transposition of {@code words} words of members. */
    int length(int words) {
        return (stated + columns) * words;
    }

    /** Where the value columns begin in a transposition. */
    int valueAt(int words) {
        return stated * words;
    }

    /**
     * The members' facts by column: for column c and word w (members 64w to 64w + 63), who states
     * the fact at {@code c * words + w} (only for {@code c < stated}), who states it true at
     * {@code valueAt(words) + c * words + w}. Each fact column is gathered 64 members at a time
     * without a branch.
     */
    long[] transpose(Member[] members, int words) {
        int n = members.length;
        long[] bits = new long[length(words)];
        if (columns == 0) {
            return bits;
        }
        int valueAt = valueAt(words);
        for (int w = 0; w < words; w++) {
            int from = w << 6;
            int to = Math.min(n, from + 64);
            for (int c = 0; c < stated; c++) {
                int b = factBits[c];
                long k = 0;
                long v = 0;
                for (int i = from; i < to; i++) {
                    Member m = members[i];
                    k |= ((m.knownBits() >>> b) & 1L) << i;
                    v |= ((m.valueBits() >>> b) & 1L) << i;
                }
                bits[c * words + w] = k;
                bits[valueAt + c * words + w] = v;
            }
            for (int c = stated; c < factBits.length; c++) {
                int b = factBits[c];
                long v = 0;
                for (int i = from; i < to; i++) {
                    v |= ((members[i].valueBits() >>> b) & 1L) << i;
                }
                bits[valueAt + c * words + w] = v;
            }
        }
        if (regions.length > 0) {
            int first = valueAt + factBits.length * words;
            for (int i = 0; i < n; i++) {
                long bit = 1L << i;
                int w = i >>> 6;
                Member m = members[i];
                int code = m.registeredNumber();
                boolean stations = m.hasStations();
                for (int r = 0; r < regions.length; r++) {
                    if (regions[r].contains(code)) {
                        bits[first + 2 * r * words + w] |= bit;
                        bits[first + (2 * r + 1) * words + w] |= bit;
                    } else if (stations && m.presentIn(regions[r])) {
                        bits[first + (2 * r + 1) * words + w] |= bit;
                    }
                }
            }
        }
        return bits;
    }
}
