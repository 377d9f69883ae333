package io.consortia.benchmarks;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile written back as the plain tree a YAML or JSON parser gives ({@code Map}, {@code List},
 * {@code String}, {@code Boolean}, {@code Integer}, {@code Long}), in the shape of contract §1, for
 * the {@code ProfileReader} benchmark. Dates and codes are text, as Jackson's YAML reader gives them.
 */
final class ProfileTrees {

    private ProfileTrees() {}

    static Map<String, Object> of(Profile p) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", p.name());
        p.field().ifPresent(f -> tree.put("field", f));
        p.appliedOn().ifPresent(d -> tree.put("appliedOn", d.toString()));
        tree.put("lead", p.leadId());
        Map<String, Object> governance = new LinkedHashMap<>();
        p.governance().forEach((k, v) -> governance.put(k.key(), v));
        tree.put("governance", governance);
        List<Object> members = new ArrayList<>();
        p.members().forEach(m -> members.add(member(m)));
        tree.put("members", members);
        return tree;
    }

    private static Map<String, Object> member(Member m) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", m.id());
        tree.put("name", m.name());
        m.creditCode().map(CreditCode::value).ifPresent(c -> tree.put("creditCode", c));
        tree.put("kind", m.kind().name());
        tree.put("registeredIn", m.registeredIn().value());
        if (!m.stationedIn().isEmpty()) {
            tree.put("stationedIn", m.stationedIn().stream().map(DivisionCode::value).toList());
        }
        m.chainPosition().ifPresent(c -> tree.put("chainPosition", c.name()));
        m.traits().forEach((t, v) -> tree.put(t.key(), v));
        m.ongoingRdProjects().ifPresent(n -> tree.put("ongoingRdProjects", n));
        if (!m.platforms().isEmpty()) {
            List<Object> platforms = new ArrayList<>();
            for (Platform pl : m.platforms()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("name", pl.name());
                t.put("level", pl.level().name());
                pl.type().ifPresent(type -> t.put("type", type.name()));
                platforms.add(t);
            }
            tree.put("platforms", platforms);
        }
        if (!m.finances().isEmpty()) {
            List<Object> finances = new ArrayList<>();
            for (FiscalYear f : m.finances().values()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("year", f.year());
                f.revenue().ifPresent(v -> t.put("revenue", v.longValueExact()));
                f.rdExpense().ifPresent(v -> t.put("rdExpense", v.longValueExact()));
                finances.add(t);
            }
            tree.put("finances", finances);
        }
        Map<String, Object> attested = new LinkedHashMap<>();
        m.attested().forEach((a, v) -> attested.put(a.key(), v));
        if (!attested.isEmpty()) {
            tree.put("attested", attested);
        }
        return tree;
    }
}
