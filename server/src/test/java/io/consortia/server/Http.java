package io.consortia.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consortia.facade.Consortia;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real HTTP client against a server on an ephemeral port of localhost. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Consortia CONSORTIA = Consortia.discover().getOrElseThrow(e -> new IllegalStateException(String.join("; ", e)));

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final URI base;

    Http(URI base) {
        this.base = base;
    }

    record Reply(int status, String type, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An example file (YAML) as a JSON value, for a request body. */
    static JsonNode example(String file) {
        try {
            return JSON.valueToTree(io.consortia.io.input.TreeFile.parse(Files.readString(Path.of(file)), file,
                    io.consortia.io.input.TreeFile.Format.YAML, io.consortia.io.input.InputLimits.DEFAULT).tree());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
