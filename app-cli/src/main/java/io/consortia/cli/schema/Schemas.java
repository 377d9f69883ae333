package io.consortia.cli.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the formats users write and read, bundled with the command:
 * the profile, the lifecycle history, the registry, one line of {@code assess --format json}, and
 * a decision record (one line of {@code assess --format record}).
 * Documented in {@code docs/formats/}.
 */
public final class Schemas {

    /** The formats that have a schema, named as on the command line. */
    public enum Kind {
        profile, history, registry, assessment, record;

        /** The resource's name next to this class: {@code profile.schema.json}. */
        public String resource() {
            return name() + ".schema.json";
        }
    }

    private Schemas() {}

    /** The schema's text, as bundled. */
    public static String text(Kind kind) {
        try (InputStream in = Schemas.class.getResourceAsStream(kind.resource())) {
            if (in == null) {
                throw new IllegalStateException("the bundled schema " + kind.resource() + " is missing from the module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
