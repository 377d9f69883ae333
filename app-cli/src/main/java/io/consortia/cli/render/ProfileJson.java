package io.consortia.cli.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A profile written as JSON in the profile format (docs/formats/profile.md), through a streaming
 * generator: keys in the order the format documents them, absent facts left out (absent means
 * unknown), money in yuan as plain numbers. What {@code ProfileReader} reads back is the same
 * profile.
 *
 * <p>Not {@link io.consortia.io.json.ProfileJson}, on purpose: that one builds a tree in the normal
 * form that decision records hold and digest (the keys of traits and facts in name order, an empty
 * platform name and the trailing zeros of an amount left out); this one streams a population in
 * the format's documented order, and the lines {@code consortia generate} has written must stay
 * the same.
 */
public final class ProfileJson {

    private ProfileJson() {}

    /** Writes the profile as one JSON object. */
    public static void write(JsonGenerator g, Profile p) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        if (p.field().isPresent()) {
            g.writeStringField("field", p.field().get());
        }
        if (p.appliedOn().isPresent()) {
            g.writeStringField("appliedOn", p.appliedOn().get().toString());
        }
        g.writeStringField("lead", p.leadId());
        if (!p.governance().isEmpty()) {
            g.writeObjectFieldStart("governance");
            for (GovernanceItem item : GovernanceItem.values()) {
                Boolean v = p.governance().get(item);
                if (v != null) {
                    g.writeBooleanField(item.key(), v);
                }
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("members");
        for (Member m : p.members()) {
            member(g, m);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void member(JsonGenerator g, Member m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("name", m.name());
        if (m.creditCode().isPresent()) {
            g.writeStringField("creditCode", m.creditCode().get().value());
        }
        g.writeStringField("kind", m.kind().name());
        g.writeStringField("registeredIn", m.registeredIn().value());
        if (!m.stationedIn().isEmpty()) {
            g.writeArrayFieldStart("stationedIn");
            for (DivisionCode d : m.stationedIn()) {
                g.writeString(d.value());
            }
            g.writeEndArray();
        }
        if (m.chainPosition().isPresent()) {
            g.writeStringField("chainPosition", m.chainPosition().get().name());
        }
        Map<Trait, Boolean> traits = m.traits();
        for (Trait t : Trait.values()) {
            Boolean v = traits.get(t);
            if (v != null) {
                g.writeBooleanField(t.key(), v);
            }
        }
        if (m.ongoingRdProjects().isPresent()) {
            g.writeNumberField("ongoingRdProjects", m.ongoingRdProjects().get());
        }
        if (!m.platforms().isEmpty()) {
            g.writeArrayFieldStart("platforms");
            for (Platform pl : m.platforms()) {
                g.writeStartObject();
                g.writeStringField("name", pl.name());
                g.writeStringField("level", pl.level().name());
                if (pl.type().isPresent()) {
                    g.writeStringField("type", pl.type().get().name());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!m.finances().isEmpty()) {
            g.writeArrayFieldStart("finances");
            for (FiscalYear f : m.fiscalYears()) {
                g.writeStartObject();
                g.writeNumberField("year", f.year());
                if (f.revenue().isPresent()) {
                    amount(g, "revenue", f.revenue().get());
                }
                if (f.rdExpense().isPresent()) {
                    amount(g, "rdExpense", f.rdExpense().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!m.attested().isEmpty()) {
            g.writeObjectFieldStart("attested");
            for (Attestation a : Attestation.values()) {
                Boolean v = m.attested().get(a);
                if (v != null) {
                    g.writeBooleanField(a.key(), v);
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Whole yuan as an integer, anything else as a plain decimal (never in exponent notation). */
    private static void amount(JsonGenerator g, String key, BigDecimal v) throws IOException {
        g.writeFieldName(key);
        if (v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0) {
            g.writeNumber(v.longValueExact());
        } else {
            g.writeNumber(v.toPlainString());
        }
    }
}
