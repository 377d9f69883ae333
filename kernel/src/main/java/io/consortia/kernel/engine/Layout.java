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
     * {@code valueAt(words) + c * words + w}.
     *
     * <p>Eight members at a time: each byte of their fact vectors (the facts are below bit 32,
     * {@link FactBits#OWN}) makes, with the same byte of the seven others, an 8 × 8 bit matrix,
     * transposed at once ({@link #transpose8}); then each column takes the byte of its fact, the
     * eight members' bits, without a branch.
     */
    long[] transpose(Member[] members, int words) {
        int n = members.length;
        long[] bits = new long[length(words)];
        if (columns == 0) {
            return bits;
        }
        int valueAt = valueAt(words);
        // Byte L of the eight members' known vectors at L, of their value vectors at 4 + L.
        long[] lanes = new long[8];
        for (int from = 0; from < n; from += 8) {
            Arrays.fill(lanes, 0);
            for (int j = 0; j < 8 && from + j < n; j++) {
                long known = members[from + j].knownBits();
                long value = members[from + j].valueBits();
                for (int lane = 0; lane < 4; lane++) {
                    lanes[lane] |= ((known >>> (lane << 3)) & 0xFF) << (j << 3);
                    lanes[4 + lane] |= ((value >>> (lane << 3)) & 0xFF) << (j << 3);
                }
            }
            for (int lane = 0; lane < 8; lane++) {
                lanes[lane] = transpose8(lanes[lane]);
            }
            int w = from >>> 6;
            int at = from & 63;
            for (int c = 0; c < factBits.length; c++) {
                int b = factBits[c];
                int byteOf = (b & 7) << 3;
                if (c < stated) {
                    bits[c * words + w] |= ((lanes[b >>> 3] >>> byteOf) & 0xFF) << at;
                }
                bits[valueAt + c * words + w] |= ((lanes[4 + (b >>> 3)] >>> byteOf) & 0xFF) << at;
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

    /**
     * Transposes an 8 × 8 bit matrix, row j in byte j: bit t of byte j becomes bit j of byte t
     * (Hacker's Delight, 7-3).
     */
    static long transpose8(long x) {
        long t = (x ^ (x >>> 7)) & 0x00AA00AA00AA00AAL;
        x = x ^ t ^ (t << 7);
        t = (x ^ (x >>> 14)) & 0x0000CCCC0000CCCCL;
        x = x ^ t ^ (t << 14);
        t = (x ^ (x >>> 28)) & 0x00000000F0F0F0F0L;
        return x ^ t ^ (t << 28);
    }
}
