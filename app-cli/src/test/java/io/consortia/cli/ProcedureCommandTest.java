package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code consortia procedure}: steps with actors and deadlines, and diagram sources that parse.
 * DOT is parsed by Graphviz's {@code dot} when it is on the PATH (Debian package graphviz);
 * Mermaid by the real Mermaid parser under Node when {@code CONSORTIA_MERMAID_DIR} names an npm
 * prefix with {@code mermaid} and {@code jsdom} installed. Without them the sources get a strict
 * line-by-line structural check instead, and the test says so on stdout.
 */
class ProcedureCommandTest {

    static final List<String> IDS = List.of("yongchuan", "suzhou", "neimenggu", "jiyuan", "qingdao");

    /** A flowchart top to bottom: a subgraph of steps per state, terminal states as nodes, one labelled edge per pair of states. */
    private static final Pattern MERMAID_LINE = Pattern.compile(
            "flowchart TB|    start\\(\\(\" \"\\)\\) --> PROPOSED|    subgraph [A-Z_]+\\[\"[^\"\\n]+\"]|        direction LR|    end"
                    + "|        s_[a-z0-9_]+\\[\"[^\"\\n]+\"]|        s_[a-z0-9_]+ ~~~ s_[a-z0-9_]+"
                    + "|    [A-Z_]+(\\(\\[\"[^\"\\n]+\"]\\)|\\[\"[^\"\\n]+\"])"
                    + "|    [A-Z_]+ -->\\|\"[^\"|\\n]+\"\\| [A-Z_]+");
    /** A digraph top to bottom: a node per state, its steps in an HTML table, one labelled edge per pair of states. */
    private static final Pattern DOT_LINE = Pattern.compile(
            "digraph \"[a-z]+\" \\{|  rankdir=TB;|  ranksep=[0-9.]+;|  (node|edge) \\[[^\\n]+];|  start \\[shape=point, label=\"\"];"
                    + "|  [A-Z_]+ \\[shape=plain, label=<<table [^\\n]*</table>>];"
                    + "|  [A-Z_]+ \\[label=\"([^\"\\\\]|\\\\.)*\"(, peripheries=2)?];|  start -> PROPOSED;"
                    + "|  [A-Z_]+ -> [A-Z_]+ \\[label=\"([^\"\\\\]|\\\\.)*\"];|}");

    @TempDir
    Path tmp;

    @Test
    void showsEveryJurisdictionsStepsWithActorsDeadlinesAndClauses() {
        for (String id : IDS) {
            Cli.Result r = Cli.run("procedure", id);
            assertThat(r.status()).as(id).isZero();
            assertThat(r.out()).as(id).contains("steps").contains("who: ").contains("clause ").contains("transitions of the core state")
                    .contains("PROPOSED       --APPLIED--> UNDER_REVIEW");
        }
        assertThat(Cli.run("procedure", "jiyuan").out()).contains("deadline: 不少于5个工作日")
                .contains("at least 5 working days on the Chinese statutory calendar")
                .contains("MEMBER_ADDED, MEMBER_REMOVED: 增减成员单位应经全体成员单位同意");
        assertThat(Cli.run("procedure", "yongchuan", "--lang", "EN").out()).contains("deadline: by 31 January of the following year")
                .contains("who: district (county) S&T bureau; experts").contains("POOR → flagged for the authority's decision");
        assertThat(Cli.run("procedure", "qingdao", "--lang", "EN").out()).contains("validity: 3 years from establishment")
                .contains("ESTABLISHED    --EXPIRED [3 years after establishment]--> EXPIRED (五(六))")
                .contains("EXPIRED        --RENEWAL_APPLIED--> UNDER_REVIEW");
        assertThat(Cli.run("procedure", "neimenggu", "--lang", "EN").out()).contains("LEAD_CHANGED, RENAMED → DISSOLVED")
                .contains("who: joint meeting; provincial (regional) S&T department");
        assertThat(Cli.run("procedure", "suzhou", "--lang", "EN").out()).contains("2 consecutive UNQUALIFIED → REVOKED")
                .contains("LEAD_DEFAULTED: the lead loses its status and is barred").contains("3 years, the last day per reading R9")
                .contains("MEMBER_ADDED, MEMBER_REMOVED, LEAD_CHANGED, RENAMED: accepted, then to be filed promptly with 「苏州市科技局」");
        assertThat(Cli.run("procedure", "qingdao", "--lang", "EN").out()).contains("noted CHANGE_WITHOUT_PROJECT");
    }

    @Test
    void anUnknownJurisdictionIsBadInput() {
        Cli.Result r = Cli.run("procedure", "atlantis");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("atlantis: unknown jurisdiction; installed: jiyuan").doesNotContain("Exception");
    }

    @Test
    void theDotSourceOfEveryJurisdictionParses() throws Exception {
        boolean graphviz = onPath("dot", "-V");
        for (String id : IDS) {
            String dot = Cli.run("procedure", id, "--format", "dot").out();
            assertThat(dot.lines()).as(id).allSatisfy(l -> assertThat(l).matches(DOT_LINE));
            assertThat(dot).contains("UNDER_REVIEW -> ESTABLISHED");
            if (graphviz) {
                Path file = tmp.resolve(id + ".dot");
                Files.writeString(file, dot, StandardCharsets.UTF_8);
                Run run = run(List.of("dot", "-Tsvg", file.toString()), Optional.empty(), null);
                assertThat(run.status()).as(id + ": " + run.err()).isZero();
                assertThat(run.out()).contains("<svg").contains("UNDER_REVIEW");
            }
        }
        System.out.println(graphviz ? "DOT checked with Graphviz dot" : "DOT checked structurally (Graphviz dot is not installed)");
    }

    @Test
    void theMermaidSourceOfEveryJurisdictionParses() throws Exception {
        Optional<Path> mermaid = Optional.ofNullable(System.getenv("CONSORTIA_MERMAID_DIR")).map(Path::of)
                .filter(d -> Files.isDirectory(d.resolve("node_modules/mermaid")) && Files.isDirectory(d.resolve("node_modules/jsdom")));
        boolean node = mermaid.isPresent() && onPath("node", "--version");
        String script;
        try (InputStream in = ProcedureCommandTest.class.getResourceAsStream("/mermaid-parse.mjs")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String id : IDS) {
            String m = Cli.run("procedure", id, "--format", "mermaid").out();
            assertThat(m.lines()).as(id).allSatisfy(l -> assertThat(l).matches(MERMAID_LINE));
            assertThat(m).startsWith("flowchart TB\n").contains("    start((\" \")) --> PROPOSED").contains("    subgraph ESTABLISHED[");
            if (node) {
                Path file = tmp.resolve(id + ".mmd");
                Files.writeString(file, m, StandardCharsets.UTF_8);
                Run run = run(List.of("node", "--input-type=module", "-", file.toString()), mermaid, script);
                assertThat(run.status()).as(id + ": " + run.err()).isZero();
                assertThat(run.out()).contains("parsed flowchart");
            }
        }
        System.out.println(node ? "Mermaid checked with the Mermaid parser" : "Mermaid checked structurally (set CONSORTIA_MERMAID_DIR to parse it)");
    }

    @Test
    void aBrokenDiagramFailsTheParsersThatCheckTheOthers() throws Exception {
        // The checks above could not pass vacuously: the same validators refuse a broken source.
        String broken = "digraph \"x\" {\n  A -> ;\n}\n";
        assertThat(broken.lines()).anySatisfy(l -> assertThat(DOT_LINE.matcher(l).matches()).isFalse());
        if (onPath("dot", "-V")) {
            Path file = tmp.resolve("broken.dot");
            Files.writeString(file, broken, StandardCharsets.UTF_8);
            assertThat(run(List.of("dot", "-Tsvg", file.toString()), Optional.empty(), null).status()).isNotZero();
        }
        assertThat(MERMAID_LINE.matcher("    PROPOSED --> --> X").matches()).isFalse();
    }

    record Run(int status, String out, String err) {}

    private static boolean onPath(String... command) {
        try {
            return run(List.of(command), Optional.empty(), null).status() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Run run(List<String> command, Optional<Path> dir, String stdin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        dir.ifPresent(d -> pb.directory(d.toFile()));
        Path out = Files.createTempFile("proc", ".out");
        Path err = Files.createTempFile("proc", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try {
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, "", "timed out");
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, "", "interrupted");
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
