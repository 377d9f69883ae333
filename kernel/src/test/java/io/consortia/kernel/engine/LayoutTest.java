package io.consortia.kernel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.kernel.code.Region;
import io.consortia.kernel.profile.FactBits;
import io.consortia.kernel.profile.Member;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The transposition of members' facts into columns, against its definition bit by bit. */
class LayoutTest {

    private static final Region[] REGIONS = {Region.of("3205", "苏州市", "Suzhou"), Region.of("15", "内蒙古自治区", "Inner Mongolia")};

    @Test
    void transpose8SwapsRowsAndColumns() {
        qt().withExamples(2000).forAll(longs().all()).checkAssert(x -> {
            long y = Layout.transpose8(x);
            for (int j = 0; j < 8; j++) {
                for (int t = 0; t < 8; t++) {
                    assertThat((y >>> (8 * t + j)) & 1).as("bit %d of byte %d", j, t).isEqualTo((x >>> (8 * j + t)) & 1);
                }
            }
        });
    }

    @Test
    void everyColumnHoldsEachMembersBit() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            // Some of the fact bits, as a program's predicates would read them, and both regions.
            long facts = r.nextLong() & ((1L << FactBits.OWN) - 1);
            Layout layout = Layout.of(new long[][] {{facts}}, REGIONS);
            int n = r.nextInt(4) == 0 ? 1 + r.nextInt(140) : 1 + r.nextInt(20);
            Member[] members = new Member[n];
            for (int i = 0; i < n; i++) {
                members[i] = CompiledTestsProperties.randomMember(r, "m" + i);
            }
            int words = (n + 63) >>> 6;
            long[] bits = layout.transpose(members, words);
            assertThat(bits).hasSize(layout.length(words));
            int valueAt = layout.valueAt(words);
            for (int i = 0; i < n; i++) {
                int w = i >>> 6;
                Member m = members[i];
                for (int c = 0; c < layout.factBits.length; c++) {
                    int b = layout.factBits[c];
                    if (c < layout.stated) {
                        assertThat(bit(bits[c * words + w], i)).as("member %d states fact %d", i, b).isEqualTo((m.knownBits() >>> b & 1) != 0);
                    }
                    assertThat(bit(bits[valueAt + c * words + w], i)).as("member %d has fact %d", i, b).isEqualTo((m.valueBits() >>> b & 1) != 0);
                }
                int first = valueAt + layout.factBits.length * words;
                for (int k = 0; k < REGIONS.length; k++) {
                    assertThat(bit(bits[first + 2 * k * words + w], i)).isEqualTo(m.registeredWithin(REGIONS[k]));
                    assertThat(bit(bits[first + (2 * k + 1) * words + w], i)).isEqualTo(m.presentIn(REGIONS[k]));
                }
            }
            // Nothing beyond the members: the unused bits of the last word stay clear.
            if (n % 64 != 0) {
                for (int row = 0; row < layout.stated + layout.columns; row++) {
                    assertThat(bits[row * words + words - 1] & -(1L << n)).as("row %d past member %d", row, n).isZero();
                }
            }
        });
    }

    private static boolean bit(long word, int i) {
        return (word >>> (i & 63) & 1) != 0;
    }
}
