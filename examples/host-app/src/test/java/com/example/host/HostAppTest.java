package com.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the example as a host would: as a program on the module path; checks what it prints. */
class HostAppTest {

    @Test
    void runsOnTheModulePathAndPrintsItsDecisions() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--module-path", System.getProperty("jdk.module.path"), "--module", "com.example.host/com.example.host.HostApp")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        check(out.lines().toList());
    }

    @Test
    void runsInProcessToo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, HostApp.run(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        check(bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static void check(List<String> lines) {
        assertEquals("installed: qingdao, suzhou", lines.get(0), String.join("\n", lines));
        assertTrue(lines.get(1).matches("qingdao (INELIGIBLE|UNDETERMINED) as of 2025-06-01 \\([0-9]+ failing\\)"), lines.get(1));
        assertTrue(lines.get(2).startsWith("suzhou INELIGIBLE as of 2025-06-01 ("), lines.get(2));
        assertTrue(lines.get(3).matches("record [0-9a-f-]{36} suzhou INELIGIBLE profile sha256:[0-9a-f]{64}"), lines.get(3));
        assertEquals("replay: same result, identical record", lines.get(4));
        assertTrue(lines.get(5).startsWith("bad input: example.yaml:6: members[1].kind: unknown value \"COLLEGE\""), lines.get(5));
        assertEquals(6, lines.size(), String.join("\n", lines));
    }
}
