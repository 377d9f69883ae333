package io.consortia.cli.template;

import io.consortia.cli.render.Columns;
import io.consortia.io.json.Json;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.FactLevel;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.OwnFact;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.rule.RuleId;
import io.consortia.kernel.source.DocumentStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * A commented YAML profile (contract §1) for {@code consortia init}: every field the profile
 * reader knows, each with what it means and the rules that read it. The yes/no facts are listed
 * from the kernel's own tables, so a fact the kernel learns appears here without a change.
 *
 * <p>Facts are left empty, which the reader takes as unknown. For a jurisdiction the template is a
 * valid profile as written (the lead registered in the region's own division); the generic one
 * leaves {@code registeredIn} to be filled in.
 */
public final class ProfileTemplate {

    /** The column comments start at. */
    private static final int COMMENT_COLUMN = 30;

    private final Optional<Jurisdiction> jurisdiction;
    private final FieldUsage usage;
    private final StringBuilder out = new StringBuilder();

    private ProfileTemplate(Optional<Jurisdiction> jurisdiction, FieldUsage usage) {
        this.jurisdiction = jurisdiction;
        this.usage = usage;
    }

    /**
     * The template.
     *
     * @param jurisdiction the jurisdiction it is for, or empty for a generic template
     * @param usage which rules read which field: of that jurisdiction, or of all for a generic one
     */
    public static String render(Optional<Jurisdiction> jurisdiction, FieldUsage usage) {
        return new ProfileTemplate(jurisdiction, usage).build();
    }

    private String build() {
        header();
        Optional<Edition> edition = jurisdiction.map(Jurisdiction::latest);
        String namePlaceholder = edition.flatMap(e -> e.outline().naming()).map(n -> n.asWritten()).orElse("（联合体名称）创新联合体");
        String nameNote = edition.flatMap(e -> e.outline().naming())
                .map(n -> "; the policy's pattern: " + n.asWritten() + " (" + n.clause() + ")").orElse("");
        line(0, "name: " + quoted(namePlaceholder), "required: the consortium's name (联合体名称)" + nameNote + rules("name"));
        String fields = edition.map(e -> e.outline().fields()).filter(f -> !f.isEmpty())
                .map(f -> "; the policy lists " + String.join("、", f)).orElse("");
        line(0, "field:", "industry field (产业领域), free text" + fields + rules("field"));
        line(0, "appliedOn:", "application date, e.g. 2025-06-01: the default as-of date (empty: today)");
        line(0, "lead: m1", "required: the id of the lead member (牵头单位)");
        line(0, "governance:", "bodies and documents in place: true / false, empty = unknown");
        for (GovernanceItem g : GovernanceItem.values()) {
            fact(2, g, "governance." + g.key());
        }
        ownFacts(0, FactLevel.CONSORTIUM, "facts.");
        line(0, "members:", "required: every member unit, the lead included");
        member();
        return out.toString();
    }

    private void header() {
        if (jurisdiction.isPresent()) {
            Jurisdiction j = jurisdiction.get();
            Edition e = j.latest();
            comment("Consortium profile for " + j.identity().name().zh() + " " + j.identity().name().en()
                    + ", written by `consortia init " + j.id() + "`.");
            comment("Policy: 《" + e.document().title().zh() + "》 ("
                    + e.document().statusList().stream().map(DocumentStatus::name).collect(Collectors.joining(", ")) + ").");
        } else {
            comment("Consortium profile, written by `consortia init` (generic: `consortia init ID` adds one jurisdiction's rules).");
        }
        comment("Format: docs/formats/profile.md; JSON Schema: `consortia schema profile`.");
        comment("");
        comment("Empty or absent means UNKNOWN, never \"no\": fill in what you know and leave the rest empty.");
        comment("A rule whose facts are unknown comes out UNKNOWN, and `consortia assess` says which fact it needs.");
        if (jurisdiction.isPresent()) {
            String id = jurisdiction.get().id();
            comment("\"rules:\" lists the rules of " + id + " that read a field; `consortia explain "
                    + firstRule().map(RuleId::catalogId).orElse("RULE_ID") + "` shows one with its clause and original text.");
            comment("Check the filled-in profile with `consortia assess FILE -j " + id + "` and `consortia gap FILE -j " + id + "`.");
        } else {
            comment("\"rules:\" lists the rules of the installed jurisdictions that read a field (`consortia explain suzhou.S5`).");
            comment("Fill in registeredIn, then check the profile with `consortia assess FILE`.");
        }
        out.append('\n');
    }

    private Optional<RuleId> firstRule() {
        return jurisdiction.flatMap(j -> j.latest().rules().stream().map(r -> r.id()).findFirst());
    }

    private void member() {
        line(2, "- id: m1", "required: any id, unique in the profile");
        line(4, "name: " + quoted("（单位名称）"), "required: the unit's registered name" + rules("members.name"));
        line(4, "creditCode:", "统一社会信用代码: 18 characters (GB 32100), checked when given" + rules("members.creditCode"));
        line(4, "kind: ENTERPRISE", "required: " + names(UnitKind.values()) + rules("members.kind"));
        String division = jurisdiction.map(j -> FieldUsage.divisionOf(j.identity().region())).orElse("");
        String divisionNote = jurisdiction.map(j -> "; " + division + " is " + j.identity().name().zh()
                + " itself: put the district's code").orElse("; fill in");
        line(4, "registeredIn:" + (division.isEmpty() ? "" : " " + quoted(division)),
                "required: 6-digit division code (行政区划代码, GB/T 2260) of the registered address" + divisionNote
                        + rules("members.registeredIn"));
        line(4, "stationedIn: []", "divisions where it has a standing branch (驻区), e.g. [\"150102\"]; complete: empty = none"
                + rules("members.stationedIn"));
        line(4, "chainPosition:", "place in the industry chain: " + names(ChainPosition.values()) + "; empty = unknown"
                + rules("members.chainPosition"));
        for (Trait t : Trait.values()) {
            fact(4, t, "members." + t.key());
        }
        line(4, "ongoingRdProjects:", "R&D projects under way (在研项目), a whole number ≥ 0; empty = unknown"
                + rules("members.ongoingRdProjects"));
        line(4, "platforms: []", "innovation platforms built (创新平台); complete: empty = none" + rules("members.platforms"));
        comment(4, "  - {name: \"…\", level: PROVINCIAL, type: ENGINEERING_TECHNOLOGY_RESEARCH_CENTER}");
        comment(4, "    level: " + names(PlatformLevel.values()));
        comment(4, "    type: " + names(PlatformType.values()));
        line(4, "finances: []", "one row per fiscal year, in yuan (元); a year not listed is unknown" + rules("members.finances"));
        comment(4, "  - {year: 2024, revenue: 1200000000, rdExpense: 60000000}");
        line(4, "attested:", "judgement criteria: true / false, empty = unknown");
        for (Attestation a : Attestation.values()) {
            fact(6, a, "members.attested." + a.key());
        }
        ownFacts(4, FactLevel.MEMBER, "members.facts.");
        comment(2, "One entry per further member unit, with the same fields as the lead's, e.g.:");
        comment(2, "- {id: m2, name: \"…\", kind: UNIVERSITY, registeredIn: \""
                + (division.isEmpty() ? "…" : division) + "\", attested: {qualifiedTeam: true}}");
    }

    /** The jurisdiction's own facts of a level, under {@code facts}, each with its type and the rules that read it. */
    private void ownFacts(int indent, FactLevel level, String field) {
        List<OwnFact<?>> facts = jurisdiction.map(Jurisdiction::facts).orElse(List.of()).stream().filter(f -> f.level() == level).toList();
        if (facts.isEmpty()) {
            return;
        }
        line(indent, "facts:", "the jurisdiction's own facts, empty = unknown");
        for (OwnFact<?> f : facts) {
            String type = f.type().choices().isEmpty() ? f.type().key()
                    : "one of " + f.type().choices().stream().map(c -> c.key() + " (" + c.label().zh() + ")").collect(Collectors.joining(" | "));
            line(indent + 2, f.key() + ":", f.label().zh() + " · " + f.label().en() + " · " + type + rules(field + f.key()));
        }
    }

    private void fact(int indent, FactKey key, String field) {
        line(indent, key.key() + ":", key.label().zh() + " · " + key.label().en() + rules(field));
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(" | "));
    }

    /** " · rules: S3, S4" (catalog ids for one jurisdiction, full ids for all), or " · rules: none". */
    private String rules(String field) {
        SortedSet<RuleId> ids = usage.rules(field);
        if (ids.isEmpty()) {
            return " · rules: none";
        }
        return " · rules: " + ids.stream().map(id -> jurisdiction.isPresent() ? id.catalogId() : id.toString())
                .collect(Collectors.joining(", "));
    }

    /** A YAML double-quoted scalar (JSON string syntax, which YAML reads as is). */
    private static String quoted(String text) {
        return Json.line(text);
    }

    private void line(int indent, String yaml, String comment) {
        String left = " ".repeat(indent) + yaml;
        out.append(Columns.pad(left, Math.max(COMMENT_COLUMN, Columns.width(left) + 1)))
                .append("# ").append(comment.replace('\n', ' ')).append('\n');
    }

    private void comment(String text) {
        out.append(text.isEmpty() ? "#" : "# " + text).append('\n');
    }

    private void comment(int indent, String text) {
        out.append(" ".repeat(indent)).append("# ").append(text).append('\n');
    }
}
