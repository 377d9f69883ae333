package io.consortia.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.kernel.gap.Change;
import io.consortia.kernel.gap.GapPlan;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.text.Text;
import java.util.Optional;
import java.util.List;

/** Gap plans as JSON (docs/formats/outputs.md, {@code gap}): one shape for the command and the HTTP API. */
public final class GapJson {

    private GapJson() {}

    /**
     * A jurisdiction's gap plan, as {@code consortia gap --format json} prints it: the verdict now
     * and the one the plan reaches, whether it closes the gap, its cost, the changes and the open
     * questions.
     */
    public static ObjectNode plan(Jurisdiction jurisdiction, GapPlan plan, Member lead) {
        ObjectNode n = Json.object();
        n.put("jurisdiction", jurisdiction.id());
        n.put("verdict", plan.now().name());
        n.put("reached", plan.reached().name());
        n.put("closes", plan.closes());
        n.put("cost", plan.cost());
        n.put("leadBlocks", plan.changes().stream().anyMatch(c -> c instanceof Change.ReplaceLead));
        n.put("leadRegistrationBlocks", plan.changes().stream().anyMatch(c -> c instanceof Change.ReplaceLead x && x.region().isPresent()));
        leadNote(plan, lead).ifPresentOrElse(why -> n.set("leadNote", Json.text(why)), () -> n.putNull("leadNote"));
        ArrayNode changes = n.putArray("changes");
        plan.changes().forEach(c -> changes.add(change(c)));
        ArrayNode questions = n.putArray("questions");
        plan.questions().forEach(c -> questions.add(change(c)));
        return n;
    }

    /**
     * When the lead is what blocks, that in plain words: where it is registered and which region
     * it is outside (every policy wants a lead registered in its own region), or that it does not
     * qualify at all.
     */
    public static Optional<Text> leadNote(GapPlan plan, Member lead) {
        for (Change c : plan.changes()) {
            if (c instanceof Change.ReplaceLead x && x.region().isPresent()) {
                Region region = x.region().get();
                return Optional.of(Text.of("牵头单位的注册地是障碍：" + lead.name() + "注册于" + lead.registeredIn().value() + "，不在" + region.name().zh()
                                + "（" + region.prefix() + "）；各地政策都要求在本地注册的牵头单位，仅调整成员无法符合，须另选本地牵头单位",
                        "the lead's registration is what blocks: " + lead.name() + " is registered in " + lead.registeredIn().value()
                                + ", outside " + region.name().en() + " (" + region.prefix() + "); every policy wants a lead registered in its"
                                + " own region, so no change to the members makes this consortium eligible here without another, local lead"));
            }
        }
        for (Change c : plan.changes()) {
            if (c instanceof Change.ReplaceLead) {
                return Optional.of(Text.of("牵头单位本身在此不符合条件，须另选牵头单位", "the lead itself does not qualify here: the consortium needs another lead"));
            }
        }
        return Optional.empty();
    }

    /** A change as data: {@code type}, its own keys, the rules it answers, its cost and its text. */
    public static ObjectNode change(Change c) {
        ObjectNode n = Json.object();
        n.put("type", c.getClass().getSimpleName());
        if (c instanceof Change.SetFact f) {
            strings(n.putArray("members"), f.members());
            n.put("fact", EvidenceJson.key(f.fact()));
            n.put("value", f.value());
        } else if (c instanceof Change.SetOwn o) {
            strings(n.putArray("members"), o.members());
            n.put("fact", "facts." + o.test().fact().key());
            n.set("value", EvidenceJson.ownValue(o.value()));
        } else if (c instanceof Change.Place p) {
            strings(n.putArray("members"), p.members());
            strings(n.putArray("positions"), p.positions().stream().map(Enum::name).toList());
        } else if (c instanceof Change.AddMembers a) {
            n.put("count", a.count());
            n.set("template", EvidenceJson.memberTest(a.template()));
        } else if (c instanceof Change.AddPlatform a) {
            strings(n.putArray("levels"), a.levels().stream().map(Enum::name).toList());
            strings(n.putArray("types"), a.types().stream().map(Enum::name).toList());
        } else if (c instanceof Change.SetNumber x) {
            n.put("member", x.member());
            n.put("fact", x.fact().key());
            n.put("atLeast", x.atLeast());
        } else if (c instanceof Change.RaiseRd x) {
            n.put("member", x.member());
            x.years().forEach(n.putArray("years")::add);
            n.put("amount", x.amount());
            n.put("share", x.share());
        } else if (c instanceof Change.StateFigures x) {
            n.put("member", x.member());
            x.years().forEach(n.putArray("years")::add);
        } else if (c instanceof Change.SetField x) {
            strings(n.putArray("fields"), x.fields());
        } else if (c instanceof Change.ReplaceLead x) {
            n.put("region", x.region().map(r -> r.prefix()).orElse(null));
            if (x.kinds().isPresent()) {
                strings(n.putArray("kinds"), x.kinds().get().stream().map(Enum::name).toList());
            }
        } else if (c instanceof Change.ClearBar x) {
            n.put("member", x.member());
            n.put("lead", x.lead());
        } else if (c instanceof Change.Justify x) {
            n.set("why", Json.text(x.why()));
        }
        strings(n.putArray("rules"), c.rules());
        n.put("cost", c.cost());
        n.set("describe", Json.text(c.describe()));
        return n;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
