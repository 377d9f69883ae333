package io.consortia.cli;

import static io.consortia.cli.Formats.problems;
import static io.consortia.cli.Formats.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.consortia.cli.schema.Schemas;
import io.consortia.cli.schema.Schemas.Kind;
import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.lifecycle.EventType;
import io.consortia.kernel.lifecycle.Grade;
import io.consortia.kernel.lifecycle.ProjectLevel;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.source.DocumentStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled schemas (docs/formats/) against the files and outputs they describe: every example
 * profile, history and registry, every line of {@code assess --format json} over the examples;
 * and bad documents that they must refuse.
 */
class FormatSchemasTest {

    private static final String REGISTRY_SAMPLE = "examples/registries/cross-consortium.yaml";

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everySchemaIsAValidDraft202012Schema(Kind kind) throws Exception {
        JsonNode schema = Formats.JSON.readTree(Schemas.text(kind));
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(Formats.metaSchema().validate(schema)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSchemaCommandPrintsTheBundledSchema(Kind kind) throws Exception {
        Cli.Result r = Cli.run("schema", kind.name());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(Schemas.text(kind));
        assertThat(Formats.JSON.readTree(r.out()).get("title").asText()).isNotBlank();
    }

    @Test
    void anUnknownSchemaIsBadUsage() {
        Cli.Result r = Cli.run("schema", "verdict");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("verdict").contains("profile, history, registry, assessment");
        assertThat(r.out()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleProfileIsValid() {
        return everyFileIsValid("examples", Kind.profile, 10);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleHistoryIsValid() {
        return everyFileIsValid("examples/histories", Kind.history, 5);
    }

    private static Stream<DynamicTest> everyFileIsValid(String folder, Kind kind, int atLeast) {
        List<Path> files = Formats.files(folder);
        assertThat(files).hasSizeGreaterThanOrEqualTo(atLeast);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> assertThat(problems(kind, yaml(f))).isEmpty()));
    }

    @Test
    void theRegistrySampleIsValidAndTheCommandReadsIt() {
        assertThat(problems(Kind.registry, yaml(Path.of(REGISTRY_SAMPLE)))).isEmpty();
        Cli.Result r = Cli.run("assess", "-j", "suzhou", "--registry", REGISTRY_SAMPLE, "examples/suzhou-eligible.yaml");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning");
        assertThat(r.out()).contains("INELIGIBLE");
    }

    /** Every line of assess --format json over every example, with and without a registry and a switched reading. */
    @TestFactory
    Stream<DynamicTest> everyLineOfAssessJsonIsAValidAssessment() {
        List<String> profiles = Formats.files("examples").stream().map(Path::toString).toList();
        List<List<String>> runs = List.of(List.of(), List.of("--registry", REGISTRY_SAMPLE), List.of("--reading", "R1=no", "--lang", "ZH"));
        return runs.stream().map(extra -> DynamicTest.dynamicTest("assess --format json " + String.join(" ", extra), () -> {
            List<String> args = new ArrayList<>(List.of("assess", "--format", "json"));
            args.addAll(extra);
            args.addAll(profiles);
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.status()).as(r.err()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines).hasSize(profiles.size());
            for (String line : lines) {
                JsonNode n = Formats.JSON.readTree(line);
                assertThat(problems(Kind.assessment, n)).as(n.get("profile").asText()).isEmpty();
                assertThat(n.get("assessments")).hasSize(5);
            }
        }));
    }

    // ---------------------------------------------------------------- what the schemas refuse

    private static final String PROFILE = """
            name: 苏州市测试创新联合体
            appliedOn: 2025-06-01
            lead: m1
            members:
              - {id: m1, name: 苏州某某有限公司, kind: ENTERPRISE, registeredIn: "320505", creditCode: 91320500MA1W4X6L2Q}
            """;

    @Test
    void theBaseProfileOfTheNegativeCasesIsValid() {
        assertThat(problems(Kind.profile, yaml(PROFILE))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kind: ENTERPRISE|kind: COMPANY",
            "appliedOn: 2025-06-01|appliedOn: 2025-13-01",
            "appliedOn: 2025-06-01|appliedOn: 1 June 2025",
            "registeredIn: \"320505\"|registeredIn: \"32050\"",
            "registeredIn: \"320505\"|registeredIn: \"990505\"",
            "creditCode: 91320500MA1W4X6L2Q|creditCode: 91320500MA1W4X6L2I",
            "name: 苏州市测试创新联合体|name: \" \"",
            "lead: m1|lead: [m1]",
            "kind: ENTERPRISE, |kind: ENTERPRISE, chainPosition: SIDESTREAM, ",
            "kind: ENTERPRISE, |kind: ENTERPRISE, listed: yes please, ",
            "kind: ENTERPRISE, |kind: ENTERPRISE, ongoingRdProjects: -1, ",
            "kind: ENTERPRISE, |kind: ENTERPRISE, platforms: [{level: CITY, type: KEY_LAB}], ",
            "kind: ENTERPRISE, |kind: ENTERPRISE, finances: [{year: 1800, revenue: 1}], ",
            "kind: ENTERPRISE, |kind: ENTERPRISE, attested: {strongRd: 1}, "})
    void aProfileWithAWrongValueIsRefused(String change) {
        String[] parts = change.split("\\|", 2);
        assertThat(PROFILE).contains(parts[0]);
        assertThat(problems(Kind.profile, yaml(PROFILE.replace(parts[0], parts[1])))).isNotEmpty();
    }

    @Test
    void aProfileWithTheFieldsOfContractV2IsValid() {
        String v2 = PROFILE.replace("appliedOn: 2025-06-01\n", "appliedOn: 2025-06-01\n"
                        + "governance: {regularExchange: true, ipSystem: true, constructionPlan: false}\n")
                .replace("kind: ENTERPRISE, ", "kind: ENTERPRISE, core: true, centralSoeBranch: false, chainPosition: OUTSIDE, "
                        + "attested: {commercialisation: true, fieldAdvantage: true, cooperationBasis: true, rdSupportCapability: true, "
                        + "backbone: true, serviceCapability: false}, ");
        assertThat(v2).contains("OUTSIDE").contains("ipSystem");
        assertThat(problems(Kind.profile, yaml(v2))).isEmpty();
        assertThat(problems(Kind.registry, yaml("consortia: [{name: x, jurisdiction: neimenggu, leadName: y}]"))).as("state defaults").isEmpty();
    }

    @Test
    void aProfileWithoutMembersIsRefused() {
        assertThat(problems(Kind.profile, yaml("name: x\nlead: m1\nmembers: []\n"))).isNotEmpty();
        assertThat(problems(Kind.profile, yaml("name: x\nlead: m1\n"))).isNotEmpty();
    }

    @Test
    void unknownProfileFieldsAreAcceptedAsTheReaderOnlyWarns() {
        String typo = PROFILE.replace("kind: ENTERPRISE", "kind: ENTERPRISE, lisetd: true");
        assertThat(problems(Kind.profile, yaml(typo))).isEmpty();
        assertThat(Cli.run("assess", "-j", "suzhou", Formats.write(typo)).err()).contains("warning").contains("lisetd");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{on: 2025-04-01, event: REVIEWED}",
            "{on: 2025-04-01, event: REVIEWED, passed: maybe}",
            "{on: 2025-04-01, event: EXPIRED}",
            "{on: 2025-04-01, event: evaluated, grade: POOR}",
            "{on: 2025-04-01, event: EVALUATED, grade: BAD}",
            "{on: 2025-04-01, event: REPORT_SUBMITTED}",
            "{on: 2025-04-01, event: PROJECT_STARTED, level: COUNTY}",
            "{on: 2025-04-01, event: ESTABLISHED, validUntil: 2028-02-30}",
            "{on: 2025-04-31, event: APPLIED}",
            "{event: APPLIED}",
            "{on: 2025-04-01, event: LEAD_CHANGED, leadCreditCode: 123}"})
    void aHistoryWithABadEventIsRefused(String event) {
        String history = "jurisdiction: qingdao\nevents:\n  - {on: 2025-03-10, event: APPLIED}\n  - " + event + "\n";
        assertThat(problems(Kind.history, yaml(history))).isNotEmpty();
    }

    @Test
    void aHistoryWithTheEventsAndFieldsOfContractV2IsValid() {
        String history = "jurisdiction: qingdao\nevents:\n  - {on: 2025-03-10, event: APPLIED}\n"
                + "  - {on: 2025-04-11, event: ESTABLISHED, validUntil: 2028-04-10}\n  - {on: 2025-05-01, event: CHANGE_FILED}\n"
                + "  - {on: 2025-06-01, event: MEMBER_ADDED, filed: false, projectAuthorityApplied: true}\n"
                + "  - {on: 2025-07-01, event: DISTRICT_FORWARDED, note: a jurisdiction's own event}\n";
        assertThat(problems(Kind.history, yaml(history))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "other: []",
            "consortia: [{name: x, jurisdiction: suzhou}]",
            "consortia: [{name: x, jurisdiction: suzhou, leadName: y, state: ACTIVE}]",
            "sanctions: [{name: x, jurisdiction: suzhou, from: 2024-05-01, years: 0, reason: LEAD_DEFAULTED}]",
            "sanctions: [{name: x, jurisdiction: suzhou, from: 2024-05-01, reason: LEAD_DEFAULTED}]",
            "sanctions: [{jurisdiction: suzhou, from: 2024-05-01, years: 3, reason: LEAD_DEFAULTED}]",
            "sanctions: [{name: x, jurisdiction: suzhou, from: 2024/05/01, years: 3, reason: LEAD_DEFAULTED}]"})
    void aBadRegistryIsRefused(String registry) {
        assertThat(problems(Kind.registry, yaml(registry))).isNotEmpty();
    }

    @Test
    void anAssessmentLineWithAWrongVerdictOrAnUnknownKeyIsRefused() throws Exception {
        String line = Cli.run("assess", "-j", "suzhou", "--format", "json", "examples/suzhou-eligible.yaml").out().strip();
        assertThat(problems(Kind.assessment, Formats.JSON.readTree(line))).isEmpty();
        assertThat(problems(Kind.assessment, Formats.JSON.readTree(line.replace("\"verdict\":\"ELIGIBLE\"", "\"verdict\":\"OK\""))))
                .isNotEmpty();
        assertThat(problems(Kind.assessment, Formats.JSON.readTree(line.replace("\"registryUsed\":", "\"surprise\":1,\"registryUsed\":"))))
                .isNotEmpty();
        assertThat(problems(Kind.assessment, Formats.JSON.readTree(line.replaceFirst("\"evidence\":\\{\"type\":\"[a-zA-Z]+\"",
                "\"evidence\":{\"type\":\"novel\"")))).as("an evidence type the format does not know").isNotEmpty();
        assertThat(problems(Kind.assessment, Formats.JSON.readTree(line.replaceFirst(",\"binding\":true", ""))))
                .as("binding is required").isNotEmpty();
    }

    // ---------------------------------------------------------------- the schemas know what the kernel knows

    @Test
    void theProfileSchemaNamesEveryFactAndValueTheReaderKnows() throws Exception {
        JsonNode s = Formats.JSON.readTree(Schemas.text(Kind.profile));
        JsonNode member = s.at("/$defs/member/properties");
        assertThat(names(s.at("/properties/governance/properties"))).containsAll(keys(GovernanceItem.values()));
        assertThat(names(member)).containsAll(keys(Trait.values()));
        assertThat(names(member.at("/attested/properties"))).containsAll(keys(Attestation.values()));
        assertThat(values(member.get("kind"))).containsAll(constants(UnitKind.values()));
        assertThat(values(member.get("chainPosition"))).containsAll(constants(ChainPosition.values()));
        assertThat(values(s.at("/$defs/platform/properties/level"))).containsAll(constants(PlatformLevel.values()));
        assertThat(values(s.at("/$defs/platform/properties/type"))).containsAll(constants(PlatformType.values()));
    }

    @Test
    void theHistoryRegistryAndAssessmentSchemasNameEveryValueTheKernelKnows() throws Exception {
        JsonNode history = Formats.JSON.readTree(Schemas.text(Kind.history));
        List<String> sendable = Arrays.stream(EventType.values()).filter(EventType::sendable).map(Enum::name).toList();
        assertThat(values(history.at("/$defs/event/properties/event/examples"))).containsAll(sendable);
        assertThat(values(history.at("/$defs/event/allOf/3/then/properties/grade"))).containsExactlyInAnyOrderElementsOf(constants(Grade.values()));
        assertThat(values(history.at("/$defs/projectLevel"))).containsExactlyInAnyOrderElementsOf(constants(ProjectLevel.values()));
        JsonNode registry = Formats.JSON.readTree(Schemas.text(Kind.registry));
        assertThat(values(registry.at("/$defs/consortium/properties/state"))).containsExactlyInAnyOrderElementsOf(constants(CoreState.values()));
        JsonNode assessment = Formats.JSON.readTree(Schemas.text(Kind.assessment));
        assertThat(values(assessment.at("/$defs/assessment/properties/verdict"))).containsExactlyInAnyOrderElementsOf(constants(Verdict.values()));
        assertThat(values(assessment.at("/$defs/strength"))).containsExactlyInAnyOrderElementsOf(constants(Strength.values()));
        assertThat(values(assessment.at("/$defs/outcome"))).containsExactlyInAnyOrderElementsOf(constants(Outcome.values()));
        assertThat(values(assessment.at("/$defs/document/properties/status/items")))
                .containsExactlyInAnyOrderElementsOf(constants(DocumentStatus.values()));
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The strings of an enum, or of an array of examples. */
    private static List<String> values(JsonNode node) {
        JsonNode list = node.has("enum") ? node.get("enum") : node;
        List<String> out = new ArrayList<>();
        list.forEach(v -> {
            if (v.isTextual()) {
                out.add(v.asText());
            }
        });
        return out;
    }

    private static List<String> keys(io.consortia.kernel.profile.FactKey[] facts) {
        return Arrays.stream(facts).map(io.consortia.kernel.profile.FactKey::key).toList();
    }

    private static List<String> constants(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
