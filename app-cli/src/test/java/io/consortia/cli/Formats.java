package io.consortia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.consortia.cli.schema.Schemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled JSON Schemas, loaded into a draft 2020-12 validator that asserts {@code format}
 * (dates) as well as the structure; and the example files they describe.
 */
final class Formats {

    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    // The record schema refers to the others by their $id: served from the bundle, nothing is downloaded.
                    .schemas(java.util.Arrays.stream(Schemas.Kind.values()).collect(java.util.stream.Collectors.toMap(
                            k -> "https://consortia.invalid/schema/" + k.resource(), Schemas::text))));

    private static final Map<Schemas.Kind, Schema> SCHEMAS = new EnumMap<>(Schemas.Kind.class);

    private Formats() {}

    static synchronized Schema schema(Schemas.Kind kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> REGISTRY.getSchema(Schemas.text(k), InputFormat.JSON));
    }

    /** The draft 2020-12 meta-schema, bundled in the validator's jar (nothing is downloaded). */
    static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }

    /** The problems the schema finds in the document, one line each ("$.members[0].kind: ..."). */
    static List<String> problems(Schemas.Kind kind, JsonNode document) {
        return schema(kind).validate(document).stream().map(Error::toString).toList();
    }

    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The .yaml and .json files directly in the folder, sorted. */
    static List<Path> files(String folder) {
        try (Stream<Path> s = Files.list(Path.of(folder))) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text in a temporary .yaml file, deleted when the tests end; its path. */
    static String write(String text) {
        try {
            Path f = Files.createTempFile("consortia-test-", ".yaml");
            f.toFile().deleteOnExit();
            Files.writeString(f, text, java.nio.charset.StandardCharsets.UTF_8);
            return f.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
