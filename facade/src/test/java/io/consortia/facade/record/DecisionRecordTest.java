package io.consortia.facade.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.facade.Consortia;
import io.consortia.facade.Decision;
import io.consortia.facade.Hosts;
import io.consortia.facade.Settings;
import io.consortia.facade.Versions;
import io.consortia.io.canonical.Canonical;
import io.consortia.io.input.InputProblem;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Profile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Decision records: content-derived ids, integrity, and replay against the current rules. */
class DecisionRecordTest {

    private static final Consortia C = Hosts.CONSORTIA;
    private static final Path SUZHOU = Path.of("examples/suzhou-eligible.yaml");

    private static Decision decision(Path file, Settings settings) {
        return C.assess(Hosts.profile(file), settings).get().get(0);
    }

    private static DecisionRecord record(Decision d) {
        return C.record(d).get();
    }

    /** Every example in every jurisdiction: the record reads back as itself and replays to an identical record. */
    @TestFactory
    Stream<DynamicTest> everyExampleReplaysToTheSameRecord() {
        List<DynamicTest> out = new ArrayList<>();
        for (Path f : Hosts.examples()) {
            out.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                for (Decision d : C.assess(Hosts.profile(f), Settings.defaults()).get()) {
                    DecisionRecord r = record(d);
                    assertThat(DecisionRecord.parse(r.text(), "r").get()).isEqualTo(r);
                    Replay replay = C.replay(r).get();
                    assertThat(replay.differences()).as(d.jurisdiction()).isEmpty();
                    assertThat(replay.sameResult()).isTrue();
                    assertThat(replay.identical()).isTrue();
                    assertThat(replay.now().verdict()).isEqualTo(d.assessment().verdict().name());
                }
            }));
        }
        return out.stream();
    }

    /** The examples' expectations with readings, a registry and overrides: recorded, and replayed to the same result. */
    @Test
    void readingsOverridesAndTheRegistryAreRecordedAndReplayed() {
        Decision d = decision(Path.of("examples/qingdao-barred-core-member.yaml"), Settings.defaults().withJurisdictions("qingdao")
                .withRegistry(io.consortia.facade.ExpectedRegistries.bars()).withReading("R4", "updown").withOverride("suzhou.S1.minimum", "7"));
        DecisionRecord r = record(d);
        ObjectNode j = r.json();
        assertThat(j.get("verdict").asText()).isEqualTo("INELIGIBLE");
        assertThat(j.at("/registry/content/sanctions")).isNotEmpty();
        assertThat(j.at("/registry/digest").asText()).isEqualTo(Canonical.digest(j.at("/registry/content")));
        assertThat(j.at("/readings/R4").asText()).isEqualTo("updown");
        assertThat(j.at("/set/0").asText()).isEqualTo("suzhou.S1.minimum=7");
        assertThat(j.get("overrides")).as("a Suzhou parameter is not applied in Qingdao").isEmpty();
        Replay replay = C.replay(r).get();
        assertThat(replay.identical()).isTrue();
    }

    @Test
    void theIdIsAVersion8UuidDerivedFromTheContent() {
        DecisionRecord a = record(decision(SUZHOU, Settings.defaults().withJurisdictions("suzhou")));
        DecisionRecord b = record(decision(SUZHOU, Settings.defaults().withJurisdictions("suzhou")));
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(a.text()).isEqualTo(b.text());
        UUID id = UUID.fromString(a.id());
        assertThat(id.version()).isEqualTo(8);
        assertThat(id.variant()).isEqualTo(2);
        ObjectNode without = a.json();
        without.remove("id");
        assertThat(DecisionRecord.id(Canonical.bytes(without))).isEqualTo(id);
        assertThat(a.text()).isEqualTo(Canonical.text(a.json())).doesNotContain("\n");
        DecisionRecord later = record(decision(SUZHOU, Settings.defaults().withJurisdictions("suzhou").withAsOf(LocalDate.of(2025, 7, 1))));
        assertThat(later.id()).isNotEqualTo(a.id());
        assertThat(later.profileDigest()).isEqualTo(a.profileDigest());
    }

    @Test
    void recordsTheEditionItsDocumentsDigestAndTheVersionsThatDecided() {
        Decision d = decision(SUZHOU, Settings.defaults().withJurisdictions("suzhou"));
        ObjectNode j = record(d).json();
        assertThat(j.at("/edition/document/title/zh").asText()).isEqualTo(d.edition().document().title().zh());
        assertThat(j.at("/edition/documentDigest").asText()).isEqualTo(Canonical.digest(d.edition().document().text()));
        assertThat(j.at("/findings")).hasSize(d.assessment().findings().size());
        assertThat(j.at("/findings/0/evidence/type").asText()).isNotBlank();
        assertThat(j.at("/parameters/suzhou.S1.minimum").asInt()).isEqualTo(8);
        String kernel = Versions.version(JurisdictionProvider.class.getModule());
        assertThat(kernel).isNotEqualTo("unknown");
        assertThat(j.at("/versions/kernel").asText()).isEqualTo(kernel);
        assertThat(j.at("/versions/jurisdiction/module").asText()).isEqualTo("io.consortia.jurisdiction.suzhou");
        assertThat(j.at("/versions/jurisdiction/version").asText()).isEqualTo(kernel);
    }

    @Test
    void anAlteredRecordIsRefusedNamingWhatDoesNotMatch() {
        DecisionRecord r = record(decision(SUZHOU, Settings.defaults().withJurisdictions("suzhou")));
        assertThat(paths(r.text().replace("\"verdict\":\"ELIGIBLE\"", "\"verdict\":\"INELIGIBLE\""))).containsExactly("id");
        assertThat(paths(r.text().replace("\"listed\":true", "\"listed\":false"))).containsExactly("profileDigest", "id");
        assertThat(paths(r.text().replace("\"formatVersion\":1", "\"formatVersion\":2"))).containsExactly("formatVersion");
        assertThat(paths("{\"format\":\"something else\"}")).containsExactly("format");
        assertThat(DecisionRecord.parse("{\"format\":", "f").getLeft()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("malformed JSON"));
        assertThat(paths(r.text().replace("\"findings\":[", "\"findings\":{},\"x\":["))).containsExactly("findings");
    }

    private static List<String> paths(String text) {
        return DecisionRecord.parse(text, "r.jsonl").getLeft().stream().map(InputProblem::path).toList();
    }

    @Test
    void aReplayUnderOtherRulesSaysWhatChanged() {
        DecisionRecord r = record(decision(SUZHOU, Settings.defaults().withJurisdictions("suzhou")));
        Replay stricter = C.replay(r, List.of("suzhou.S1.minimum=9")).get();
        assertThat(stricter.sameResult()).isFalse();
        assertThat(stricter.differences()).extracting(Difference::describe).containsExactly(
                "verdict: ELIGIBLE → ELIGIBLE_WITH_DEVIATIONS", "suzhou.S1: PASS → FAIL", "parameter suzhou.S1.minimum: 8 → 9");
        Replay looser = C.replay(r, List.of("suzhou.S1.minimum=7")).get();
        assertThat(looser.sameResult()).as("a threshold lowered below the count changes evidence, not the result").isTrue();
        assertThat(looser.identical()).isFalse();
        assertThat(looser.differences()).extracting(Difference::describe)
                .containsExactly("parameter suzhou.S1.minimum: 8 → 7", "suzhou.S1: same outcome, other evidence");
        assertThat(C.replay(r, List.of("suzhou.S1.minimum=x")).getLeft()).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("set"));
    }

    /** A record written under another edition, document text or code version: re-sealed after editing, as an older writer would have made it. */
    @Test
    void aReplayReportsTheEditionTheDocumentAndTheVersionsThatDiffer() {
        ObjectNode j = record(decision(SUZHOU, Settings.defaults().withJurisdictions("suzhou"))).json();
        ((ObjectNode) j.get("edition")).put("documentDigest", "sha256:" + "0".repeat(64)).put("inForceFrom", "2020-01-01");
        ((ObjectNode) j.at("/edition/document")).put("number", "苏科规〔2020〕1号");
        ((ObjectNode) j.get("versions")).put("kernel", "0.0.9");
        ((ObjectNode) j.get("parameters")).remove("suzhou.S1.minimum");
        DecisionRecord older = DecisionRecord.parse(reseal(j), "older").get();
        Replay replay = C.replay(older).get();
        assertThat(replay.sameResult()).isTrue();
        assertThat(replay.differences()).extracting(Difference::describe).containsExactly(
                "edition number: 苏科规〔2020〕1号 → absent", "edition inForceFrom: 2020-01-01 → absent",
                "document text: sha256:" + "0".repeat(64) + " → " + Canonical.digest(C.jurisdiction("suzhou").get().latest().document().text()),
                "parameter suzhou.S1.minimum: absent → 8", "version of kernel: 0.0.9 → " + Versions.version(JurisdictionProvider.class.getModule()));
    }

    static String reseal(ObjectNode j) {
        j.remove("id");
        j.put("id", DecisionRecord.id(Canonical.bytes(j)).toString());
        return Canonical.text(j);
    }

    @Test
    void aRecordOfAJurisdictionNoLongerInstalledCannotBeReplayed() {
        ObjectNode j = record(decision(SUZHOU, Settings.defaults().withJurisdictions("suzhou"))).json();
        j.put("jurisdiction", "atlantis");
        assertThat(C.replay(DecisionRecord.parse(reseal(j), "r").get()).getLeft()).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("jurisdiction"));
    }

    @Test
    void anAmountAJsonNumberCannotHoldExactlyHasNoRecordAndItsPlaceIsNamed() {
        Profile p = Hosts.profile(SUZHOU);
        Profile precise = ImmutableProfile.copyOf(p).withMembers(Stream.concat(Stream.of(ImmutableMember.copyOf(p.members().get(0))
                .withFinances(java.util.Map.of(2024, new FiscalYear(2024, Optional.of(new BigDecimal("123456789012345.678")), Optional.empty())))),
                p.members().stream().skip(1)).toList());
        Decision d = C.assess(precise, Settings.defaults().withJurisdictions("suzhou")).get().get(0);
        assertThat(C.record(d).getLeft()).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("profile.members[0].finances[0].revenue");
            assertThat(x.message()).contains("123456789012345.678");
        });
        Profile fen = ImmutableProfile.copyOf(p).withMembers(Stream.concat(Stream.of(ImmutableMember.copyOf(p.members().get(0))
                .withFinances(java.util.Map.of(2024, new FiscalYear(2024, Optional.of(new BigDecimal("1234567890123.45")), Optional.empty())))),
                p.members().stream().skip(1)).toList());
        DecisionRecord ok = C.record(C.assess(fen, Settings.defaults().withJurisdictions("suzhou")).get().get(0)).get();
        assertThat(ok.text()).contains("\"revenue\":1234567890123.45");
        assertThat(C.replay(ok).get().identical()).isTrue();
    }
}
