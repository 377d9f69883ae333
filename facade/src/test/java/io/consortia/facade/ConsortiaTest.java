package io.consortia.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.io.input.InputProblem;
import io.consortia.io.input.Parsed;
import io.consortia.io.input.TreeFile;
import io.consortia.io.json.Json;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.lifecycle.History;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The facade as a host uses it: discovery, documents and Java values in, decisions out, problems as values. */
class ConsortiaTest {

    private static final Consortia C = Hosts.CONSORTIA;
    private static final Path SUZHOU = Path.of("examples/suzhou-eligible.yaml");

    @Test
    void discoversEveryJurisdictionModuleOnTheModulePath() {
        assertThat(C.catalog().ids()).containsExactly("jiyuan", "neimenggu", "qingdao", "suzhou", "yongchuan");
        assertThat(C.parameters()).isNotEmpty().allSatisfy(p -> assertThat(p.clause()).isNotBlank());
        assertThat(C.rule("suzhou.S5")).isPresent();
        assertThat(C.rule("s5")).as("a catalog id alone, any case").isEqualTo(C.rule("suzhou.S5"));
        assertThat(C.rule("suzhou.S999")).isEmpty();
    }

    @Test
    void takesProvidersExplicitlyAndRefusesTwoWithOneId() {
        List<JurisdictionProvider> providers = new ArrayList<>();
        ServiceLoader.load(JurisdictionProvider.class).forEach(providers::add);
        JurisdictionProvider suzhou = providers.stream().filter(p -> p.getClass().getName().contains("suzhou")).findFirst().orElseThrow();
        assertThat(Consortia.of(List.of(suzhou)).get().catalog().ids()).containsExactly("suzhou");
        Either<List<String>, Consortia> twice = Consortia.of(List.of(suzhou, suzhou));
        assertThat(twice.getLeft()).singleElement().asString().contains("two modules provide jurisdiction \"suzhou\"");
        assertThat(Consortia.of(List.of()).getLeft()).singleElement().asString().contains("no jurisdiction module");
    }

    /** Every example's expected verdicts, failing and unknown rules, under the readings, registry and overrides it names. */
    @TestFactory
    Stream<DynamicTest> everyExampleGetsTheVerdictItExpectsThroughTheFacade() {
        List<Expected> all = Expected.all();
        assertThat(all).hasSizeGreaterThan(30);
        return all.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            Decision d = C.assess(Hosts.profile(e.file()), e.settings()).getOrElseThrow(p -> new AssertionError(p.toString())).get(0);
            assertThat(d.assessment().verdict().name()).isEqualTo(e.verdict());
            assertThat(ids(d, Outcome.FAIL)).as("failing").containsExactlyElementsOf(e.failing());
            assertThat(ids(d, Outcome.UNKNOWN)).as("unknown").containsExactlyElementsOf(e.unknown());
        }));
    }

    /** Several jurisdictions are assessed through one panel (one transposition): the same findings as each alone. */
    @Test
    void aPanelOfSeveralJurisdictionsFindsWhatEachFindsAlone() {
        List<String> some = List.of("suzhou", "qingdao", "jiyuan");
        for (Path f : Hosts.examples()) {
            Profile p = Hosts.profile(f);
            for (Settings s : List.of(Settings.defaults(), Settings.defaults().withJurisdictions(some))) {
                for (Decision d : C.assess(p, s).get()) {
                    var alone = C.jurisdiction(d.jurisdiction()).orElseThrow().assess(p, new io.consortia.kernel.jurisdiction.AssessmentOptions(
                            d.asOf(), d.readings(), Optional.empty(), d.overrides()));
                    assertThat(d.assessment().verdict()).as("%s in %s", f, d.jurisdiction()).isEqualTo(alone.verdict());
                    assertThat(d.assessment().findings()).extracting(Finding::outcome).as("%s in %s", f, d.jurisdiction())
                            .containsExactlyElementsOf(alone.findings().stream().map(Finding::outcome).toList());
                    assertThat(d.assessment().findings()).extracting(Finding::evidence)
                            .containsExactlyElementsOf(alone.findings().stream().map(Finding::evidence).toList());
                }
            }
        }
        List<io.consortia.kernel.jurisdiction.Jurisdiction> js = some.stream().map(id -> C.jurisdiction(id).orElseThrow()).toList();
        assertThat(C.catalog().panel(js)).as("made once per selection").isSameAs(C.catalog().panel(new ArrayList<>(js)));
    }

    private static List<String> ids(Decision d, Outcome o) {
        return d.assessment().findings().stream().filter(f -> f.outcome() == o).map(f -> f.rule().id().catalogId()).toList();
    }

    @Test
    void assessesAProfileBuiltFromJavaValues() {
        Profile p = ImmutableProfile.builder().name("苏州市测试创新联合体").leadId("m1").appliedOn(LocalDate.of(2025, 6, 1))
                .addMembers(ImmutableMember.builder().id("m1").name("苏州某某有限公司").kind(UnitKind.ENTERPRISE)
                        .registeredIn(DivisionCode.of("320505")).creditCode(CreditCode.of("91320500MA1W4X6L2Q")).build())
                .build();
        List<Decision> all = C.assess(p, Settings.defaults()).get();
        assertThat(all).extracting(Decision::jurisdiction).containsExactly("jiyuan", "neimenggu", "qingdao", "suzhou", "yongchuan");
        Decision suzhou = all.get(3);
        assertThat(suzhou.assessment().verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(suzhou.asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(suzhou.asOfSource()).isEqualTo("appliedOn");
        assertThat(suzhou.assessment().findings()).extracting(Finding::outcome).contains(Outcome.FAIL);
    }

    @Test
    void readsYamlJsonTextAndStreamsAlike() throws Exception {
        String yaml = Hosts.text(SUZHOU);
        String json = Json.line(TreeFile.parse(yaml, "p.yaml", TreeFile.Format.YAML, io.consortia.io.input.InputLimits.DEFAULT).tree());
        Profile fromYaml = C.readProfile(yaml, "p.yaml", TreeFile.Format.YAML).orElseThrow();
        Profile fromJson = C.readProfile(json, "p.json", TreeFile.Format.JSON).orElseThrow();
        Profile fromStream = C.readProfile(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "p", TreeFile.Format.YAML).orElseThrow();
        assertThat(fromJson).isEqualTo(fromYaml).isEqualTo(fromStream);
    }

    @Test
    void aBadDocumentIsAValueNamingTheInputTheLineAndThePath() {
        Parsed<Profile> malformed = C.readProfile("name: x\nlead: [m1\n", "bad.yaml", TreeFile.Format.YAML);
        assertThat(malformed.value().getLeft()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("bad.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("malformed YAML");
        });
        Parsed<Profile> invalid = C.readProfile("name: x\nlead: m9\nmembers:\n  - {id: m1, name: y, kind: COMPANY, registeredIn: \"320505\"}\n",
                "bad.yaml", TreeFile.Format.YAML);
        assertThat(invalid.value().getLeft()).extracting(InputProblem::path).contains("members[0].kind", "lead");
        assertThat(invalid.value().getLeft()).filteredOn(p -> p.path().equals("members[0].kind")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(4))
                .satisfies(p -> assertThat(p.toString()).startsWith("bad.yaml:4: members[0].kind: "));
        Parsed<Profile> typo = C.readProfile(Hosts.text(SUZHOU).replace("listed: true", "lisetd: true"), "t.yaml", TreeFile.Format.YAML);
        assertThat(typo.ok()).isTrue();
        assertThat(typo.warnings()).singleElement().satisfies(w -> assertThat(w.path()).isEqualTo("members[0].lisetd"));
        Parsed<Profile> big = C.withLimits(io.consortia.io.input.InputLimits.ofMaxBytes(100)).readProfile(Hosts.text(SUZHOU), "big.yaml",
                TreeFile.Format.YAML);
        assertThat(big.value().getLeft()).singleElement().asString().startsWith("big.yaml: is larger than the input limit of 100 bytes");
    }

    @Test
    void badSettingsAreValuesNamingTheirPlace() {
        Profile p = Hosts.profile(SUZHOU);
        Settings bad = Settings.defaults().withJurisdictions("suzhou", "atlantis").withReading("R1", "maybe").withReading("R99", "no")
                .withOverride("suzhou.S1.minimum", "many").withOverride("nowhere.X1.minimum", "3");
        List<InputProblem> problems = C.assess(p, bad).getLeft();
        assertThat(problems).extracting(InputProblem::path).containsExactly("jurisdictions[1]", "readings.R1", "readings.R99", "set", "set");
        assertThat(problems.get(0).message()).contains("atlantis").contains("installed: jiyuan");
        assertThat(problems.get(1).message()).contains("R1 takes yes");
        assertThat(problems.get(3).message()).contains("suzhou.S1.minimum=many");
        assertThat(C.gap(p, bad).getLeft()).isEqualTo(problems);
    }

    @Test
    void theDateReadingsAndOverridesAreInputs() {
        Profile p = Hosts.profile(SUZHOU);
        Settings suzhou = Settings.defaults().withJurisdictions("suzhou");
        assertThat(verdict(p, suzhou)).isEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(p, suzhou.withReading("r1", "NO"))).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        assertThat(verdict(p, suzhou.withOverride("suzhou.S1.minimum", "9"))).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        Decision dated = C.assess(p, suzhou.withAsOf(LocalDate.of(2026, 1, 5))).get().get(0);
        assertThat(dated.asOf()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(dated.asOfSource()).isEqualTo("asOf");
        Profile undated = ImmutableProfile.copyOf(p).withAppliedOn(Optional.empty());
        Decision today = C.assess(undated, suzhou).get().get(0);
        assertThat(today.asOf()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(today.asOfSource()).isEqualTo("today");
        assertThat(C.withClock(java.time.Clock.fixed(java.time.Instant.parse("2027-03-01T00:00:00Z"), Consortia.CHINA))
                .assess(undated, suzhou).get().get(0).asOf()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    private static Verdict verdict(Profile p, Settings s) {
        return C.assess(p, s).get().get(0).assessment().verdict();
    }

    @Test
    void plansTheGapAndRanksJurisdictions() {
        Profile p = Hosts.profile(Path.of("examples/suzhou-ineligible.yaml"));
        List<Consortia.Gap> one = C.gap(p, Settings.defaults().withJurisdictions("suzhou")).get();
        assertThat(one).singleElement().satisfies(g -> {
            assertThat(g.plan().now()).isEqualTo(Verdict.INELIGIBLE);
            assertThat(g.plan().changes()).isNotEmpty();
        });
        List<Consortia.Gap> all = C.gap(p, Settings.defaults()).get();
        assertThat(all).hasSize(5);
        for (int i = 1; i < all.size(); i++) {
            Consortia.Gap a = all.get(i - 1);
            Consortia.Gap b = all.get(i);
            assertThat(!a.plan().closes() && b.plan().closes() || a.plan().closes() == b.plan().closes() && a.plan().cost() > b.plan().cost())
                    .as("ranked: %s before %s", a.jurisdiction(), b.jurisdiction()).isFalse();
        }
    }

    @Test
    void simulatesAHistoryAndNamesThePlaceOfAnEventOutOfOrder() {
        Path file = Path.of("examples/histories/qingdao-contract-example.yaml");
        History h = C.readHistory(Hosts.text(file), file.toString(), TreeFile.Format.YAML).orElseThrow();
        Simulation s = C.simulate(h, Optional.empty(), Optional.empty(), CalendarMode.STATUTORY).get();
        assertThat(s.jurisdiction()).isEqualTo("qingdao");
        assertThat(s.timeline()).isNotEmpty();
        assertThat(s.finalState().name()).isEqualTo("REVOKED");
        List<io.consortia.kernel.lifecycle.Event> backwards = new ArrayList<>(h.events());
        java.util.Collections.reverse(backwards);
        History reversed = new History(h.jurisdiction(), h.profile(), backwards);
        assertThat(C.simulate(reversed, Optional.empty(), Optional.empty(), CalendarMode.STATUTORY).getLeft())
                .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("events[1].on"));
        History nowhere = new History("atlantis", Optional.empty(), h.events());
        assertThat(C.simulate(nowhere, Optional.empty(), Optional.empty(), CalendarMode.STATUTORY).getLeft())
                .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("jurisdiction"));
    }

    /** One facade shared by 16 threads gives every thread the answers it gives one. */
    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<Profile> profiles = Hosts.examples().stream().map(Hosts::profile).toList();
        List<String> alone = verdicts(profiles);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                runs.add(pool.submit(() -> verdicts(profiles)));
            }
            for (Future<List<String>> r : runs) {
                assertThat(r.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> verdicts(List<Profile> profiles) {
        List<String> out = new ArrayList<>();
        for (Profile p : profiles) {
            for (Decision d : C.assess(p, Settings.defaults().withReading("R1", "no")).get()) {
                out.add(d.jurisdiction() + " " + d.assessment().verdict() + " " + d.assessment().findings().stream()
                        .map(f -> f.outcome().name().substring(0, 1)).reduce("", String::concat));
            }
        }
        return out;
    }
}
