package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code consortia serve} in a JVM of its own: it serves, says where, and stops on SIGTERM without a stack trace. */
class ServeCommandTest {

    private static Process serve(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "--module-path", System.getProperty("jdk.module.path"), "--module", "io.consortia.cli/io.consortia.cli.Main", "serve"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void servesOnAFreePortAndStopsGracefullyOnSigterm() throws Exception {
        Process p = serve("--port", "0");
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String line = err.readLine();
            assertThat(line).startsWith("consortia: serving 5 jurisdictions on http://127.0.0.1:");
            Matcher m = Pattern.compile("on (http://127\\.0\\.0\\.1:[0-9]+/)").matcher(line);
            assertThat(m.find()).isTrue();
            HttpURLConnection c = (HttpURLConnection) URI.create(m.group(1) + "health").toURL().openConnection();
            assertThat(c.getResponseCode()).isEqualTo(200);
            assertThat(new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("\"status\":\"UP\"");
            p.toHandle().destroy(); // SIGTERM, without closing our end of its streams
            String rest = String.join("\n", err.lines().toList());
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(rest).doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aBadPortOrAPortInUseIsBadUsage() throws Exception {
        Cli.Result bad = Cli.run("serve", "--port", "70000");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("serve: a port is between 0 and 65535");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Cli.Result busy = Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(busy.status()).isEqualTo(2);
            assertThat(busy.err()).startsWith("error: serve: cannot listen on 127.0.0.1:" + taken.getLocalPort());
            assertThat(busy.err()).doesNotContain("\tat ");
        }
    }
}
