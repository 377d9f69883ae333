package io.consortia.io.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.assessment.ReadingChoice;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.jurisdiction.SupportMeasure;
import io.consortia.kernel.parameter.AppliedOverride;
import io.consortia.kernel.parameter.Parameter;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.text.Text;

/** JSON forms of kernel values, with the keys of contract §3. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ObjectNode text(Text t) {
        return object().put("zh", t.zh()).put("en", t.en());
    }

    public static ObjectNode document(Document d) {
        ObjectNode n = object();
        n.set("title", text(d.title()));
        n.put("number", d.number().orElse(null));
        n.set("issuer", text(d.issuer()));
        n.put("date", d.issued().map(Object::toString).orElse(null));
        ArrayNode status = n.putArray("status");
        d.statusList().stream().map(DocumentStatus::name).forEach(status::add);
        return n;
    }

    public static ObjectNode finding(Finding f, Language language) {
        Rule r = f.rule();
        ObjectNode n = object();
        Text because = f.because();
        n.put("rule", r.id().toString());
        n.put("strength", f.strength().name());
        n.put("outcome", f.outcome().name());
        n.put("citation", r.clause());
        n.put("message", language.of(r.requirement()) + " — " + language.of(because));
        n.set("requirement", text(r.requirement()));
        n.set("because", text(because));
        n.put("quote", r.quote());
        n.set("evidence", EvidenceJson.of(f.evidence()));
        return n;
    }

    /** A parameter with its value typed (number, list, text), unit, clause and quote. */
    public static ObjectNode parameter(Parameter p) {
        ObjectNode n = object();
        n.put("name", p.name());
        n.put("jurisdiction", p.jurisdiction());
        n.set("value", EvidenceJson.value(p.value()));
        n.put("unit", p.unit().key());
        n.put("clause", p.clause());
        n.put("quote", p.quote());
        n.set("label", text(p.label()));
        n.put("concept", p.concept().orElse(null));
        if (!p.choices().isEmpty()) {
            ArrayNode choices = n.putArray("choices");
            p.choices().forEach(choices::add);
        }
        return n;
    }

    /** The overrides an assessment applied: each {@code {name, declared, value}}. */
    public static ArrayNode overrides(java.util.List<AppliedOverride> applied) {
        ArrayNode a = MAPPER.createArrayNode();
        for (AppliedOverride o : applied) {
            ObjectNode n = a.addObject();
            n.put("name", o.parameter().name());
            n.set("declared", EvidenceJson.value(o.parameter().value()));
            n.set("value", EvidenceJson.value(o.value()));
        }
        return a;
    }

    public static ObjectNode assessment(Assessment a, Language language) {
        ObjectNode n = object();
        n.put("jurisdiction", a.jurisdiction());
        n.put("verdict", a.verdict().name());
        n.put("asOf", a.asOf().toString());
        n.set("edition", document(a.edition()));
        n.put("editionInForce", a.editionInForce());
        n.put("officialName", a.officialName().orElse(null));
        ObjectNode readings = n.putObject("readings");
        for (ReadingChoice c : a.readings()) {
            readings.put(c.reading().id(), c.option());
        }
        n.put("registryUsed", a.registryUsed());
        n.put("binding", a.binding());
        n.put("caveat", a.caveat().map(c -> c.zh() + " / " + c.en()).orElse(null));
        n.set("overrides", overrides(a.overrides()));
        ArrayNode findings = n.putArray("findings");
        a.findings().forEach(f -> findings.add(finding(f, language)));
        return n;
    }

    /**
     * A rule with its source, as {@code consortia explain --format json} prints it: strength,
     * clause, requirement, quote and its paragraphs in the document, readings, parameters (with an
     * override's value), whether it is cross-consortium.
     */
    public static ObjectNode rule(Jurisdiction j, Edition e, Rule r, io.consortia.kernel.parameter.Overrides set) {
        ObjectNode n = object();
        n.put("rule", r.id().toString());
        n.put("jurisdiction", j.id());
        n.put("strength", r.strength().name());
        n.put("citation", r.clause());
        n.set("requirement", text(r.requirement()));
        n.put("quote", r.quote());
        ArrayNode paragraphs = n.putArray("paragraphs");
        for (String part : r.quoteParts()) {
            paragraphs.add(e.document().paragraphOf(part).orElse(part));
        }
        n.set("document", document(e.document()));
        ArrayNode readings = n.putArray("readings");
        r.readings().forEach(x -> readings.add(reading(x)));
        r.strengthSwitch().ifPresent(sw -> n.putObject("strengthUnder").put("reading", sw.reading().id())
                .put("option", sw.reading().alternativeOption()).put("strength", sw.underAlternative().name()));
        ArrayNode ps = n.putArray("parameters");
        for (io.consortia.kernel.parameter.Param<?> h : r.parameters()) {
            e.parameter(h).ifPresent(p -> {
                ObjectNode pn = parameter(p);
                set.get(p.name()).ifPresent(v -> pn.set("override", EvidenceJson.value(v)));
                ps.add(pn);
            });
        }
        n.put("crossConsortium", r.crossConsortium());
        return n;
    }

    public static ObjectNode reading(Reading r) {
        ObjectNode n = object();
        n.put("id", r.id());
        n.set("question", text(r.question()));
        n.put("default", r.defaultOption());
        n.set("defaultMeaning", text(r.defaultMeaning()));
        n.put("alternative", r.alternativeOption());
        n.set("alternativeMeaning", text(r.alternativeMeaning()));
        return n;
    }

    /** An own fact's declaration: {@code key}, {@code level}, {@code type}, {@code label}, and its {@code choices} for a choice. */
    public static ObjectNode ownFact(io.consortia.kernel.profile.OwnFact<?> f) {
        ObjectNode n = object();
        n.put("key", f.key());
        n.put("level", f.level().name());
        n.put("type", f.type().key());
        n.set("label", text(f.label()));
        if (!f.type().choices().isEmpty()) {
            ArrayNode choices = n.putArray("choices");
            f.type().choices().forEach(c -> choices.addObject().put("key", c.key()).set("label", text(c.label())));
        }
        return n;
    }

    public static ObjectNode jurisdiction(Jurisdiction j) {
        Edition e = j.latest();
        ObjectNode n = object();
        n.put("id", j.id());
        n.set("name", text(j.identity().name()));
        n.put("region", j.identity().region().prefix());
        n.set("document", document(e.document()));
        n.put("inForceFrom", e.inForceFrom().map(Object::toString).orElse(null));
        ObjectNode route = n.putObject("route");
        route.put("formation", e.outline().route().formation().name());
        route.put("initiative", e.outline().route().initiative().name());
        route.set("description", text(e.outline().route().description()));
        route.put("clause", e.outline().route().clause());
        e.outline().target().ifPresentOrElse(t -> {
            ObjectNode target = n.putObject("target");
            target.put("count", t.count());
            target.put("bound", t.atLeast() ? "AT_LEAST" : "ABOUT");
            target.put("byYear", t.byYear());
            target.put("clause", t.clause());
        }, () -> n.putNull("target"));
        e.outline().naming().ifPresentOrElse(nm -> {
            ObjectNode naming = n.putObject("naming");
            naming.put("pattern", nm.asWritten());
            naming.put("clause", nm.clause());
        }, () -> n.putNull("naming"));
        ArrayNode fields = n.putArray("fields");
        e.outline().fields().forEach(fields::add);
        n.put("rules", e.rules().size());
        ArrayNode readings = n.putArray("readings");
        j.readings().forEach(r -> readings.add(r.id()));
        ArrayNode facts = n.putArray("facts");
        j.facts().forEach(f -> facts.add(ownFact(f)));
        ArrayNode measures = n.putArray("measures");
        for (SupportMeasure m : e.measures()) {
            ObjectNode mn = object();
            mn.put("category", m.category().name());
            mn.set("description", text(m.description()));
            mn.put("clause", m.clause());
            m.capYuan().ifPresentOrElse(c -> mn.put("capYuan", c), () -> mn.putNull("capYuan"));
            measures.add(mn);
        }
        return n;
    }

    /** One line of JSON. */
    public static String line(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Indented JSON. */
    public static String pretty(Object node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
