package io.consortia.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.kernel.explain.Explain;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.registry.RegisteredConsortium;
import io.consortia.kernel.rule.Evidence;
import io.consortia.kernel.sanction.Sanction;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A finding's evidence as JSON (docs/formats/evidence.md): an object with {@code type} and the
 * keys of that type; composites nest {@code parts}, each {@code {outcome, evidence}}. Values are
 * typed: numbers as numbers, facts as {@code true}/{@code false}/{@code null} (not stated).
 */
public final class EvidenceJson {

    private EvidenceJson() {}

    public static ObjectNode of(Evidence e) {
        ObjectNode n = Json.object();
        if (e instanceof Evidence.AllOf a) {
            n.put("type", "allOf");
            parts(n, a.parts());
        } else if (e instanceof Evidence.AnyOf a) {
            n.put("type", "anyOf");
            parts(n, a.parts());
        } else if (e instanceof Evidence.Implied i) {
            n.put("type", "implied");
            n.set("a", part(i.a()));
            n.set("b", part(i.b()));
        } else if (e instanceof Evidence.Permission p) {
            n.put("type", "permission");
            n.put("used", p.used().outcome() == Outcome.PASS ? Boolean.TRUE : p.used().outcome() == Outcome.FAIL ? Boolean.FALSE : null);
            n.set("use", part(p.used()));
        } else if (e instanceof Evidence.Fact f) {
            n.put("type", "fact");
            n.put("member", f.member().orElse(null));
            n.put("fact", key(f.fact()));
            bool(n, "value", f.value());
        } else if (e instanceof Evidence.Kind k) {
            n.put("type", "kind");
            n.put("member", k.member());
            n.put("actual", k.actual().name());
            names(n.putArray("required"), k.required());
        } else if (e instanceof Evidence.Location l) {
            n.put("type", "location");
            n.put("member", l.member());
            n.put("registeredIn", l.registeredIn().value());
            ArrayNode st = n.putArray("stationedIn");
            l.stationedIn().forEach(d -> st.add(d.value()));
            n.put("region", l.region().prefix());
            n.put("stationsCount", l.stationsCount());
            n.put("within", l.within());
        } else if (e instanceof Evidence.Placement p) {
            n.put("type", "placement");
            n.put("member", p.member());
            n.put("position", p.position().map(Enum::name).orElse(null));
            names(n.putArray("required"), p.required());
        } else if (e instanceof Evidence.Count c) {
            n.put("type", "count");
            tally(n, c.tally());
            n.put("required", c.required());
            n.put("parameter", c.parameter());
        } else if (e instanceof Evidence.Share s) {
            n.put("type", "share");
            tally(n, s.tally());
            n.put("required", s.required());
            n.put("parameter", s.parameter());
        } else if (e instanceof Evidence.Some s) {
            n.put("type", "some");
            tally(n, s.tally());
        } else if (e instanceof Evidence.Every ev) {
            n.put("type", "every");
            n.set("which", Json.text(Explain.describe(ev.which())));
            tally(n, ev.tally());
        } else if (e instanceof Evidence.Spread s) {
            n.put("type", "spread");
            tally(n, s.tally());
            names(n.putArray("present"), s.present());
            strings(n.putArray("unplaced"), s.unplaced());
            n.put("required", s.required());
            n.put("parameter", s.parameter());
        } else if (e instanceof Evidence.Platforms p) {
            n.put("type", "platforms");
            n.put("member", p.member());
            ArrayNode all = n.putArray("platforms");
            p.platforms().forEach(x -> all.add(platform(x)));
            names(n.putArray("levels"), p.levels());
            names(n.putArray("types"), p.types());
            n.set("match", p.match().map(EvidenceJson::platform).orElse(null));
            n.set("like", p.like().map(EvidenceJson::platform).orElse(null));
            strings(n.putArray("parameters"), p.parameters());
        } else if (e instanceof Evidence.Number x) {
            n.put("type", "number");
            n.put("member", x.member());
            n.put("fact", x.fact().key());
            n.put("value", x.value().orElse(null));
            n.put("required", x.required());
            n.put("parameter", x.parameter());
        } else if (e instanceof Evidence.Field f) {
            n.put("type", "field");
            n.put("field", f.field().orElse(null));
            strings(n.putArray("fields"), f.fields());
            n.put("parameter", f.parameter());
        } else if (e instanceof Evidence.RdIntensity r) {
            n.put("type", "rdIntensity");
            n.put("member", r.member());
            n.put("eachYear", r.eachYear());
            n.put("window", r.window());
            ArrayNode years = n.putArray("years");
            r.years().forEach(years::add);
            ArrayNode figures = n.putArray("figures");
            for (int y : r.years()) {
                FiscalYear f = r.figures().get(y);
                ObjectNode fy = figures.addObject();
                fy.put("year", y);
                fy.put("revenue", f == null ? null : f.revenue().orElse(null));
                fy.put("rdExpense", f == null ? null : f.rdExpense().orElse(null));
            }
            n.put("share", r.share());
            n.put("amount", r.amount());
            n.put("sharePart", r.sharePart().name());
            n.put("amountPart", r.amountPart().name());
            strings(n.putArray("parameters"), r.parameters());
            strings(n.putArray("readings"), r.readings());
        } else if (e instanceof Evidence.Bars b) {
            n.put("type", "bars");
            n.put("on", b.on().toString());
            n.put("scope", b.scope().orElse(null));
            n.put("dayCount", b.civilDayCount() ? "civil" : "inclusive");
            ArrayNode hits = n.putArray("hits");
            for (Evidence.BarHit h : b.hits()) {
                ObjectNode hn = hits.addObject();
                hn.put("member", h.member());
                hn.put("role", h.role());
                Sanction s = h.sanction();
                hn.put("creditCode", s.creditCode().map(c -> c.value()).orElse(null));
                hn.put("name", s.name().orElse(null));
                hn.put("jurisdiction", s.jurisdiction());
                hn.put("from", s.from().toString());
                hn.put("years", s.years());
                hn.put("lastDay", h.lastDay().toString());
                hn.put("reason", s.reason());
            }
        } else if (e instanceof Evidence.OtherConsortia o) {
            n.put("type", "otherConsortia");
            n.put("member", o.member());
            n.put("programme", o.programme());
            ArrayNode led = n.putArray("led");
            for (RegisteredConsortium c : o.led()) {
                led.addObject().put("name", c.name()).put("jurisdiction", c.jurisdiction()).put("state", c.state().name());
            }
        } else if (e instanceof Evidence.Own o) {
            n.put("type", "own");
            n.put("member", o.member().orElse(null));
            n.put("fact", o.test().fact().key());
            n.put("factType", o.test().fact().type().key());
            n.put("test", ownTest(o.test()));
            n.set("value", o.value().map(EvidenceJson::ownValue).orElse(Json.MAPPER.getNodeFactory().nullNode()));
            n.set("required", ownValue(o.required()));
            strings(n.putArray("parameters"), o.parameters());
            n.set("asks", Json.text(Explain.describe(o.test())));
        } else if (e instanceof Evidence.Custom c) {
            n.put("type", "custom");
            n.put("kind", c.kind());
            n.set("values", Json.MAPPER.valueToTree(c.values()));
            n.set("summary", Json.text(c.summary()));
        } else {
            throw new IllegalArgumentException("evidence without a JSON form: " + e);
        }
        return n;
    }

    /** A member test as data: {@code {"all": […]}}, {@code {"any": […]}}, {@code {"kind": […]}}, {@code {"fact": "attested.x"}},
     * {@code {"registeredIn": "15"}}, {@code {"presentIn": "15"}}, {@code {"chainPosition": […]}}, {@code {}} (any member). */
    public static ObjectNode memberTest(io.consortia.kernel.rule.MemberTest t) {
        ObjectNode n = Json.object();
        if (t instanceof io.consortia.kernel.rule.MemberTest.And a) {
            ArrayNode parts = n.putArray("all");
            a.parts().forEach(x -> parts.add(memberTest(x)));
        } else if (t instanceof io.consortia.kernel.rule.MemberTest.Or o) {
            ArrayNode parts = n.putArray("any");
            o.parts().forEach(x -> parts.add(memberTest(x)));
        } else if (t instanceof io.consortia.kernel.rule.MemberTest.Kind k) {
            names(n.putArray("kind"), k.kinds());
        } else if (t instanceof io.consortia.kernel.rule.MemberTest.Fact f) {
            n.put("fact", key(f.fact()));
        } else if (t instanceof io.consortia.kernel.rule.MemberTest.RegisteredIn r) {
            n.put("registeredIn", r.region().prefix());
        } else if (t instanceof io.consortia.kernel.rule.MemberTest.PresentIn r) {
            n.put("presentIn", r.region().prefix());
        } else if (t instanceof io.consortia.kernel.rule.MemberTest.Placed p) {
            names(n.putArray("chainPosition"), p.positions());
        } else if (t instanceof io.consortia.kernel.rule.MemberTest.ByReading b) {
            n.put("reading", b.reading().id());
            n.set("default", memberTest(b.byDefault()));
            n.set("alternative", memberTest(b.alternative()));
        } else if (t instanceof io.consortia.kernel.rule.MemberTest.Own o) {
            n.put("own", o.test().fact().key());
            n.put("test", ownTest(o.test()));
            n.set("asks", Json.text(Explain.describe(o.test())));
        }
        return n;
    }

    /** The kind of a test of an own fact: {@code is}, {@code atLeast}, {@code atMost}, {@code oneOf}, {@code onOrBefore}, {@code onOrAfter}. */
    public static String ownTest(io.consortia.kernel.rule.OwnTest t) {
        return t.kind();
    }

    /** An own fact's value (or what a test requires) typed for JSON: booleans, numbers, strings, dates as text, lists as arrays. */
    public static com.fasterxml.jackson.databind.JsonNode ownValue(Object v) {
        if (v instanceof Boolean b) {
            return Json.MAPPER.getNodeFactory().booleanNode(b);
        }
        if (v instanceof String s) {
            return Json.MAPPER.getNodeFactory().textNode(s);
        }
        return value(v);
    }

    /** A fact's key as the profile writes it: {@code attested.industryLeader}, {@code governance.council}, {@code equityFund}. */
    public static String key(FactKey f) {
        if (f instanceof GovernanceItem) {
            return "governance." + f.key();
        }
        if (f instanceof Attestation) {
            return "attested." + f.key();
        }
        return f.key();
    }

    private static void bool(ObjectNode n, String key, Outcome o) {
        if (o == Outcome.UNKNOWN) {
            n.putNull(key);
        } else {
            n.put(key, o == Outcome.PASS);
        }
    }

    private static ObjectNode part(Evidence.Part p) {
        ObjectNode n = Json.object();
        n.put("outcome", p.outcome().name());
        n.set("evidence", of(p.evidence()));
        return n;
    }

    private static void parts(ObjectNode n, List<Evidence.Part> parts) {
        ArrayNode a = n.putArray("parts");
        parts.forEach(p -> a.add(part(p)));
    }

    private static void tally(ObjectNode n, Evidence.Tally t) {
        n.put("leadIncluded", t.leadIncluded());
        n.set("test", Json.text(Explain.describe(t.test())));
        strings(n.putArray("population"), t.population());
        strings(n.putArray("qualifying"), t.qualifying());
        strings(n.putArray("failing"), t.failing());
        strings(n.putArray("unknown"), t.unknown());
    }

    private static ObjectNode platform(Platform p) {
        ObjectNode n = Json.object();
        n.put("name", p.name());
        n.put("level", p.level().name());
        n.put("type", p.type().map(Enum::name).orElse(null));
        return n;
    }

    private static void names(ArrayNode a, Collection<? extends Enum<?>> values) {
        values.forEach(v -> a.add(v.name()));
    }

    private static void strings(ArrayNode a, Collection<String> values) {
        values.forEach(a::add);
    }

    /** A parameter value typed for JSON: numbers as numbers, lists as arrays, others as text. */
    public static com.fasterxml.jackson.databind.JsonNode value(Object v) {
        if (v instanceof Integer i) {
            return Json.MAPPER.getNodeFactory().numberNode(i);
        }
        if (v instanceof BigDecimal d) {
            return Json.MAPPER.getNodeFactory().numberNode(d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros());
        }
        if (v instanceof List<?> list) {
            ArrayNode a = Json.MAPPER.createArrayNode();
            list.forEach(x -> a.add(String.valueOf(x)));
            return a;
        }
        if (v instanceof Map<?, ?>) {
            return Json.MAPPER.valueToTree(v);
        }
        return Json.MAPPER.getNodeFactory().textNode(io.consortia.kernel.parameter.Values.display(v));
    }
}
