package io.consortia.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.Profile;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A profile written back in the profile format (docs/formats/profile.md), as the profile reader
 * reads it: the normal form of a profile, whatever YAML or JSON it was read from. What is unknown
 * is left out (absent means unknown); empty lists and maps that mean the same as absent are left
 * out; members keep their order; fiscal years are in year order; amounts are written as numbers
 * without trailing zeros ({@code 1.50} as {@code 1.5}, the same amount). Reading the result gives
 * the same profile (amounts equal in value). With {@link io.consortia.io.canonical.Canonical}, it
 * is the canonical form whose digest identifies a profile in a decision record (ADR 0017).
 *
 * @since 0.2
 */
public final class ProfileJson {

    private ProfileJson() {}

    /** The profile as a JSON object of the profile format. */
    public static ObjectNode of(Profile p) {
        ObjectNode n = Json.object();
        n.put("name", p.name());
        p.field().ifPresent(f -> n.put("field", f));
        p.appliedOn().ifPresent(d -> n.put("appliedOn", d.toString()));
        n.put("lead", p.leadId());
        facts(n, "governance", p.governance());
        ArrayNode members = n.putArray("members");
        p.members().forEach(m -> members.add(member(m)));
        return n;
    }

    private static ObjectNode member(Member m) {
        ObjectNode n = Json.object();
        n.put("id", m.id());
        n.put("name", m.name());
        m.creditCode().ifPresent(c -> n.put("creditCode", c.value()));
        n.put("kind", m.kind().name());
        n.put("registeredIn", m.registeredIn().value());
        if (!m.stationedIn().isEmpty()) {
            ArrayNode s = n.putArray("stationedIn");
            m.stationedIn().stream().map(DivisionCode::value).forEach(s::add);
        }
        m.chainPosition().ifPresent(c -> n.put("chainPosition", c.name()));
        new TreeMap<>(keyed(m.traits())).forEach(n::put);
        m.ongoingRdProjects().ifPresent(x -> n.put("ongoingRdProjects", x));
        if (!m.platforms().isEmpty()) {
            ArrayNode platforms = n.putArray("platforms");
            for (Platform p : m.platforms()) {
                ObjectNode pn = platforms.addObject();
                if (!p.name().isEmpty()) {
                    pn.put("name", p.name());
                }
                pn.put("level", p.level().name());
                p.type().ifPresent(t -> pn.put("type", t.name()));
            }
        }
        if (!m.finances().isEmpty()) {
            ArrayNode finances = n.putArray("finances");
            for (FiscalYear f : m.fiscalYears()) {
                ObjectNode fn = finances.addObject();
                fn.put("year", f.year());
                f.revenue().ifPresent(x -> fn.put("revenue", amount(x)));
                f.rdExpense().ifPresent(x -> fn.put("rdExpense", amount(x)));
            }
        }
        facts(n, "attested", m.attested());
        return n;
    }

    /** An amount without trailing zeros, never in exponent notation in the tree (the canonical text decides how it is written). */
    private static BigDecimal amount(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static void facts(ObjectNode n, String key, Map<? extends FactKey, Boolean> facts) {
        if (!facts.isEmpty()) {
            ObjectNode f = n.putObject(key);
            new TreeMap<>(keyed(facts)).forEach(f::put);
        }
    }

    private static Map<String, Boolean> keyed(Map<? extends FactKey, Boolean> facts) {
        Map<String, Boolean> out = new TreeMap<>();
        facts.forEach((k, v) -> out.put(k.key(), v));
        return out;
    }
}
