package io.consortia.facade.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.facade.Decision;
import io.consortia.facade.Versions;
import io.consortia.io.canonical.Canonical;
import io.consortia.io.input.InputProblem;
import io.consortia.io.json.EvidenceJson;
import io.consortia.io.json.Json;
import io.consortia.io.json.ProfileJson;
import io.consortia.io.json.RegistryJson;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.assessment.ReadingChoice;
import io.consortia.kernel.parameter.Parameter;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The record of one decision that a host stores for audit (docs/formats/decision-record.md, format
 * version {@value #FORMAT_VERSION}): the profile itself in canonical form and its digest, the
 * jurisdiction, the edition and the digest of its document, the reference date, the readings, the
 * overrides and the parameter values in force, the registry when one was used, the verdict, every
 * finding with its evidence, and the versions of the code that decided. Its id is derived from its
 * content (a name-based UUID, version 8, from the SHA-256 of the canonical record without the
 * id: ADR 0018), so the same decision always has the same id and an altered record is detected.
 *
 * <p>Immutable. {@link #text()} is the record as stored: its RFC 8785 canonical JSON, one line.
 *
 * @since 0.2
 */
public final class DecisionRecord {

    /** The value of the {@code format} key. */
    public static final String FORMAT = "consortia-decision-record";
    /** The version of the format this code writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** The namespace of the name-based ids (RFC 9562 section 5.8 / appendix B.2): a fixed random UUID of this format. */
    public static final UUID NAMESPACE = UUID.fromString("5b1f7c2e-3d0a-4c8e-9a61-7e2f0c4d9b13");

    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonNodeFactory.withExactBigDecimals(true));

    private final ObjectNode json;
    private final String text;

    private DecisionRecord(ObjectNode json, String text) {
        this.json = json;
        this.text = text;
    }

    /** The record of a decision, with these versions; refused when the profile or registry has no canonical form. */
    public static Either<List<InputProblem>, DecisionRecord> of(Decision d, Versions versions) {
        Assessment a = d.assessment();
        ObjectNode n = Json.object();
        n.put("format", FORMAT);
        n.put("formatVersion", FORMAT_VERSION);
        n.put("jurisdiction", d.jurisdiction());
        n.put("verdict", a.verdict().name());
        n.put("asOf", d.asOf().toString());
        n.put("asOfSource", d.asOfSource());
        ObjectNode profile = ProfileJson.of(d.profile());
        n.set("profile", profile);
        ObjectNode edition = n.putObject("edition");
        edition.set("document", Json.document(d.edition().document()));
        edition.put("inForceFrom", d.edition().inForceFrom().map(Object::toString).orElse(null));
        edition.put("inForce", a.editionInForce());
        edition.put("documentDigest", Canonical.digest(d.edition().document().text()));
        n.put("binding", a.binding());
        ObjectNode readings = n.putObject("readings");
        for (ReadingChoice c : a.readings()) {
            readings.put(c.reading().id(), c.option());
        }
        ArrayNode set = n.putArray("set");
        d.overrideSpecs().forEach(set::add);
        n.set("overrides", Json.overrides(a.overrides()));
        ObjectNode parameters = n.putObject("parameters");
        for (Parameter p : d.edition().parameters()) {
            parameters.set(p.name(), EvidenceJson.value(d.overrides().get(p.name()).orElse(p.value())));
        }
        if (d.registry().isPresent()) {
            ObjectNode registry = n.putObject("registry");
            registry.set("content", RegistryJson.of(d.registry().get()));
        } else {
            n.putNull("registry");
        }
        ArrayNode findings = n.putArray("findings");
        for (Finding f : a.findings()) {
            ObjectNode fn = findings.addObject();
            fn.put("rule", f.rule().id().toString());
            fn.put("strength", f.strength().name());
            fn.put("outcome", f.outcome().name());
            fn.put("citation", f.rule().clause());
            fn.set("because", Json.text(f.because()));
            fn.set("evidence", EvidenceJson.of(f.evidence()));
        }
        ObjectNode v = n.putObject("versions");
        v.put("kernel", versions.kernel());
        v.put("facade", versions.facade());
        Versions.ModuleVersion jm = versions.jurisdiction(d.jurisdiction());
        v.putObject("jurisdiction").put("module", jm.module()).put("version", jm.version());
        try {
            // Pointers are made from the root, so that a problem names its place in the record.
            Canonical.text(n);
            n.put("profileDigest", Canonical.digest(profile));
            if (d.registry().isPresent()) {
                ((ObjectNode) n.get("registry")).put("digest", Canonical.digest(n.get("registry").get("content")));
            }
            return Either.right(sealed(n));
        } catch (Canonical.NotCanonical e) {
            return Either.left(List.of(problem("record", e)));
        }
    }

    /** Adds the id derived from the rest and fixes the canonical text. */
    private static DecisionRecord sealed(ObjectNode n) {
        n.remove("id");
        n.put("id", id(Canonical.bytes(n)).toString());
        return new DecisionRecord(n, Canonical.text(n));
    }

    /**
     * The id of a record's canonical text without its id: a name-based UUID of version 8 (RFC 9562
     * appendix B.2): the first 128 bits of SHA-256(namespace ‖ text), with the version and variant bits set.
     */
    static UUID id(byte[] canonicalWithoutId) {
        ByteBuffer in = ByteBuffer.allocate(16 + canonicalWithoutId.length);
        in.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits()).put(canonicalWithoutId);
        ByteBuffer h = ByteBuffer.wrap(Canonical.sha256(in.array()));
        long msb = h.getLong();
        long lsb = h.getLong();
        msb = (msb & ~0xF000L) | 0x8000L;                 // version 8
        lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // variant 10
        return new UUID(msb, lsb);
    }

    private static InputProblem problem(String source, Canonical.NotCanonical e) {
        String m = e.getMessage();
        return new InputProblem(source, -1, -1, path(e.pointer()), e.pointer().isEmpty() ? m : m.substring(e.pointer().length() + 2));
    }

    /** A JSON Pointer as a path of the profile format: {@code /profile/members/2/name} → {@code profile.members[2].name}. */
    static String path(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String p = part.replace("~1", "/").replace("~0", "~");
            if (p.chars().allMatch(Character::isDigit)) {
                out.append('[').append(p).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(p);
            }
        }
        return out.toString();
    }

    /**
     * Reads a stored record: JSON of this format's version, whose id matches its content and whose
     * profile digest matches its profile.
     *
     * @param name what problems call the input (a file name)
     * @return the record, or what is wrong with it, with its place
     */
    public static Either<List<InputProblem>, DecisionRecord> parse(String text, String name) {
        JsonNode n;
        try {
            n = READER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            return Either.left(List.of(new InputProblem(name, line, -1, "", "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""))));
        }
        List<InputProblem> problems = new ArrayList<>();
        if (n == null || !n.isObject()) {
            return Either.left(List.of(InputProblem.of(name, "a decision record is a JSON object")));
        }
        if (!FORMAT.equals(n.path("format").asText(null))) {
            return Either.left(List.of(new InputProblem(name, -1, -1, "format", "not a decision record: format is not \"" + FORMAT + "\"")));
        }
        if (!n.path("formatVersion").isInt() || n.get("formatVersion").intValue() != FORMAT_VERSION) {
            return Either.left(List.of(new InputProblem(name, -1, -1, "formatVersion", "format version " + n.path("formatVersion")
                    + " is not one this version reads (" + FORMAT_VERSION + ")")));
        }
        for (String key : List.of("id", "jurisdiction", "verdict", "asOf", "asOfSource", "profileDigest")) {
            if (!n.path(key).isTextual()) {
                problems.add(new InputProblem(name, -1, -1, key, "missing, or not a text"));
            }
        }
        for (String key : List.of("profile", "edition", "readings", "parameters", "versions")) {
            if (!n.path(key).isObject()) {
                problems.add(new InputProblem(name, -1, -1, key, "missing, or not an object"));
            }
        }
        for (String key : List.of("set", "overrides", "findings")) {
            if (!n.path(key).isArray()) {
                problems.add(new InputProblem(name, -1, -1, key, "missing, or not a list"));
            }
        }
        if (!problems.isEmpty()) {
            return Either.left(problems);
        }
        ObjectNode o = (ObjectNode) n;
        try {
            if (!Canonical.digest(o.get("profile")).equals(o.get("profileDigest").asText())) {
                problems.add(new InputProblem(name, -1, -1, "profileDigest", "does not match the profile: the record was altered after it was written"));
            }
            ObjectNode withoutId = o.deepCopy();
            withoutId.remove("id");
            if (!id(Canonical.bytes(withoutId)).toString().equals(o.get("id").asText())) {
                problems.add(new InputProblem(name, -1, -1, "id", "does not match the record's content: the record was altered after it was written"));
            }
        } catch (Canonical.NotCanonical e) {
            problems.add(problem(name, e));
        }
        return problems.isEmpty() ? Either.right(new DecisionRecord(o, Canonical.text(o))) : Either.left(problems);
    }

    /** The record's id: a UUID derived from its content. */
    public String id() {
        return json.get("id").asText();
    }

    public String jurisdiction() {
        return json.get("jurisdiction").asText();
    }

    /** The verdict's name: {@code ELIGIBLE}, {@code ELIGIBLE_WITH_DEVIATIONS}, {@code UNDETERMINED}, {@code INELIGIBLE}. */
    public String verdict() {
        return json.get("verdict").asText();
    }

    /** The profile's digest: {@code sha256:} and 64 hex digits of its canonical form. */
    public String profileDigest() {
        return json.get("profileDigest").asText();
    }

    /** The record as stored: its canonical JSON text, one line, without a line break. */
    public String text() {
        return text;
    }

    /** The record as a JSON tree (a copy: the record itself does not change). */
    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionRecord r && r.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "DecisionRecord[" + id() + " " + jurisdiction() + " " + verdict() + "]";
    }

    /** The canonical text's UTF-8 bytes. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
