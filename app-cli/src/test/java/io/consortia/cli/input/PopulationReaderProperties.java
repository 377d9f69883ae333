package io.consortia.cli.input;

import io.consortia.io.input.InputLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Lines splitter against the obvious byte-by-byte reading of the same bytes. */
class PopulationReaderProperties {

    @Test
    void theFastNewlineSearchFindsWhatALoopFinds() {
        qt().forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 70), integers().between(0, 70), integers().between(0, 70))
                .checkAssert((bytes, a, b) -> {
                    byte[] buf = new byte[bytes.size()];
                    for (int i = 0; i < buf.length; i++) {
                        buf[i] = (byte) (bytes.get(i) % 3 == 0 ? '\n' : bytes.get(i));
                    }
                    int from = Math.min(a, buf.length);
                    int to = Math.max(from, Math.min(b, buf.length));
                    int expected = to;
                    for (int i = from; i < to; i++) {
                        if (buf[i] == '\n') {
                            expected = i;
                            break;
                        }
                    }
                    assertThat(PopulationReader.newline(buf, from, to)).isEqualTo(expected);
                });
    }

    @Test
    void linesAreSplitAsTheyAreWrittenWhateverTheirLengthAgainstTheChunks() {
        qt().forAll(lists().of(integers().between(0, 200_000)).ofSizeBetween(0, 12)).checkAssert(lengths -> {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < lengths.size(); i++) {
                String line = i % 4 == 3 ? "  " : ("x" + i).repeat(Math.max(1, lengths.get(i) / 4));
                text.append(line).append(i % 2 == 0 ? "\n" : "\r\n");
                if (!line.isBlank()) {
                    expected.add((i + 1) + ":" + line);
                }
            }
            List<String> got = new ArrayList<>();
            List<String> rejected = new ArrayList<>();
            new PopulationReader(InputLimits.DEFAULT, new ByteArrayInputStream(text.toString().getBytes()), e -> rejected.add(e.getMessage()))
                    .read(List.of("-"), item -> got.add(item.line() + ":" + new String(item.bytes())));
            assertThat(rejected).isEmpty();
            assertThat(got).isEqualTo(expected);
        });
    }
}
