package io.consortia.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.kernel.registry.RegisteredConsortium;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.sanction.Sanction;

/**
 * A registry written back in the registry format (docs/formats/registry.md), as the registry
 * reader reads it: the normal form of a registry, in its order, unknown values left out. Reading
 * the result gives the same registry.
 *
 * @since 0.2
 */
public final class RegistryJson {

    private RegistryJson() {}

    /** The registry as a JSON object of the registry format. */
    public static ObjectNode of(Registry r) {
        ObjectNode n = Json.object();
        ArrayNode consortia = n.putArray("consortia");
        for (RegisteredConsortium c : r.consortia()) {
            ObjectNode cn = consortia.addObject();
            cn.put("name", c.name());
            cn.put("jurisdiction", c.jurisdiction());
            c.leadCreditCode().ifPresent(x -> cn.put("leadCreditCode", x.value()));
            c.leadName().ifPresent(x -> cn.put("leadName", x));
            cn.put("state", c.state().name());
        }
        ArrayNode sanctions = n.putArray("sanctions");
        for (Sanction s : r.sanctions()) {
            ObjectNode sn = sanctions.addObject();
            s.creditCode().ifPresent(x -> sn.put("creditCode", x.value()));
            s.name().ifPresent(x -> sn.put("name", x));
            sn.put("jurisdiction", s.jurisdiction());
            sn.put("from", s.from().toString());
            sn.put("years", s.years());
            sn.put("reason", s.reason());
        }
        return n;
    }
}
