package io.consortia.cli;

import static io.consortia.cli.BadInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Honest exit codes for output: a write that fails ends the command with status 1 and one line,
 * a pipe closed by its reader ends it quietly (status 141, as for a process killed by SIGPIPE),
 * and {@code --output} replaces its file only when the command succeeds.
 */
class OutputTest {

    private static final String[] PROFILES = {"examples/suzhou-eligible.yaml", "examples/suzhou-deviations.yaml", "examples/qingdao-branch-lead.yaml"};

    @TempDir
    Path dir;

    /** Standard output that fails as the system would, counting the writes it was asked for. */
    static final class Failing extends OutputStream {
        final String reason;
        int writes;

        Failing(String reason) {
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            writes++;
            throw new IOException(reason);
        }
    }

    private static String[] assess(String... extra) {
        return Stream.concat(Stream.of("assess", "--format", "json"), Stream.concat(Stream.of(extra), Stream.of(PROFILES))).toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"No space left on device", "Bad file descriptor"})
    void aFailedWriteExitsOneWithOneLineAndStopsTheBatch(String reason) {
        Failing stream = new Failing(reason);
        Cli.Result r = Cli.runWithOut(new CheckedWriter(stream), assess());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("consortia: cannot write to standard output (" + reason + ")\n");
        Failing one = new Failing(reason);
        Cli.runWithOut(new CheckedWriter(one), "assess", "--format", "json", PROFILES[0]);
        assertThat(stream.writes).as("the batch stops at the first failed write: no more attempts than for one profile").isEqualTo(one.writes);
        for (String[] other : List.of(new String[] {"compare"}, new String[] {"jurisdictions"}, new String[] {"explain", "suzhou.S1"})) {
            Cli.Result o = Cli.runWithOut(new CheckedWriter(new Failing(reason)), other);
            assertThat(o.status()).as(other[0]).isEqualTo(1);
            assertThat(o.err()).isEqualTo("consortia: cannot write to standard output (" + reason + ")\n");
        }
    }

    @Test
    void aPipeClosedByItsReaderEndsQuietly() {
        Cli.Result r = Cli.runWithOut(new CheckedWriter(new Failing("Broken pipe")), assess());
        assertThat(r.status()).isEqualTo(OutputFailure.BROKEN_PIPE_STATUS).isEqualTo(141);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void outputFileIsReplacedWhenTheRunSucceeds() throws IOException {
        Path target = dir.resolve("out.jsonl");
        Files.writeString(target, "old\n");
        Cli.Result r = Cli.run(assess("--output", target.toString()));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(target)).isEqualTo(Cli.run(assess()).out());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedRunLeavesTheOutputFileAsItWas() throws IOException {
        Path target = dir.resolve("out.jsonl");
        Files.writeString(target, "old\n");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\n");
        Cli.Result r = Cli.run("assess", "--format", "json", "--output", target.toString(), PROFILES[0], bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("consortia: " + target + " not written (it is replaced only when every profile is assessed)");
        assertThat(Files.readString(target)).isEqualTo("old\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(target, bad);
        }
        Path fresh = dir.resolve("fresh.jsonl");
        assertThat(Cli.run("assess", "--output", fresh.toString(), bad.toString()).status()).isEqualTo(2);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void outputMustBeARegularFileInAnExistingDirectory() {
        Cli.Result d = Cli.run(assess("--output", dir.toString()));
        assertThat(d.status()).isEqualTo(2);
        assertThat(d.err()).isEqualTo("error: --output " + dir + ": is a directory\n");
        Cli.Result n = Cli.run(assess("--output", "/dev/null"));
        assertThat(n.status()).isEqualTo(2);
        assertThat(n.err()).contains("--output /dev/null: is not a regular file");
        Cli.Result m = Cli.run(assess("--output", dir.resolve("no/such/out.jsonl").toString()));
        assertThat(m.status()).isEqualTo(2);
        assertThat(m.err()).contains(": no such directory");
        assertNoStackTrace(m);
    }
}
