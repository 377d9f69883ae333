package io.consortia.kernel.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.assessment.Finding;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.gap.Change;
import io.consortia.kernel.gap.GapPlan;
import io.consortia.kernel.gap.GapPlanner;
import io.consortia.kernel.input.Problem;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.profile.FactType;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.OwnFact;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.rule.Evidence;
import io.consortia.kernel.rule.MemberTest;
import io.consortia.kernel.rule.OwnTest;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.rule.Tests;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.text.Text;
import io.consortia.tck.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A jurisdiction's own facts, end to end: declared through the setup, read from a profile with
 * their types checked, tested by rules (of members, of the lead, of the consortium), explained,
 * planned for by {@code gap}, and re-evaluated when an override changes a threshold.
 */
class OwnFactsTest {

    private static final String TEXT = "第一条 牵头单位应为高新技术企业。第二条 至少2家成员单位拥有发明专利5件以上。"
            + "第三条 联合体评级应为甲级或乙级。第四条 牵头单位成立满2年。第五条 研发投入不低于500万元。";
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    /** Own facts of each kind: of members (boolean, number, date, amount), of the consortium (a choice). */
    static final class Lanling implements JurisdictionProvider {
        OwnFact<Boolean> hnte;
        OwnFact<BigDecimal> patents;
        OwnFact<LocalDate> founded;
        OwnFact<BigDecimal> rd;
        OwnFact<String> grade;

        @Override
        public void register(JurisdictionSetup setup) {
            setup.identity(new Identity("lanling", Text.of("兰陵市", "Lanling"), Region.of("3713", "兰陵市", "Lanling")));
            hnte = setup.memberFact("hnteCertified", FactType.BOOLEAN, "高新技术企业", "high-tech enterprise");
            patents = setup.memberFact("inventionPatents", FactType.NUMBER, "发明专利数", "invention patents");
            founded = setup.memberFact("foundedOn", FactType.DATE, "成立日期", "date founded");
            rd = setup.memberFact("rdInvestment", FactType.AMOUNT, "研发投入", "R&D investment");
            grade = setup.consortiumFact("grade", FactType.choice(FactType.Choice.of("A", "甲级", "grade A"),
                    FactType.Choice.of("B", "乙级", "grade B"), FactType.Choice.of("C", "丙级", "grade C")), "联合体评级", "rating");
            EditionSetup e = setup.edition(new Document(Text.of("兰陵办法", "Lanling measures"), Optional.empty(), Text.of("兰陵市科技局", "bureau"),
                    Optional.of(LocalDate.of(2024, 1, 1)), Set.of(DocumentStatus.IN_FORCE), TEXT)).outline(JurisdictionCatalogTest.outline());
            Param<Integer> members = e.count("L2.members", 2).cites("第二条", "至少2家成员单位").means("成员数", "members");
            Param<Integer> minPatents = e.count("L2.patents", 5).cites("第二条", "发明专利5件以上").means("专利数", "patents");
            Param<List<String>> grades = e.list("L3.grades", grade, List.of("A", "B")).cites("第三条", "联合体评级应为甲级或乙级")
                    .means("评级", "grades");
            Param<Integer> years = e.years("L4.years", 2).cites("第四条", "牵头单位成立满2年").means("成立年限", "years");
            Param<BigDecimal> minRd = e.amount("L5.rd", 5_000_000).cites("第五条", "研发投入不低于500万元").means("研发投入", "R&D");
            e.rule("L1", Strength.MANDATORY, "第一条").quote("牵头单位应为高新技术企业。").says("牵头单位为高企", "the lead is a high-tech enterprise")
                    .test(Tests.lead(MemberTest.holds(hnte)));
            e.rule("L2", Strength.MANDATORY, "第二条").quote("至少2家成员单位拥有发明专利5件以上。").says("专利", "patents")
                    .test(Tests.count(Population.ALL, MemberTest.own(OwnTest.atLeast(patents, minPatents)), members));
            e.rule("L3", Strength.PRESUMPTIVE, "第三条").quote("联合体评级应为甲级或乙级。").says("评级", "rating")
                    .test(Tests.own(OwnTest.oneOf(grade, grades)));
            e.rule("L4", Strength.MANDATORY, "第四条").quote("牵头单位成立满2年。").says("成立满2年", "founded 2 years before")
                    .test(Tests.lead(MemberTest.own(OwnTest.yearsBeforeReference(founded, years))));
            e.rule("L5", Strength.MANDATORY, "第五条").quote("研发投入不低于500万元。").says("研发投入", "R&D")
                    .test(Tests.lead(MemberTest.own(OwnTest.atLeast(rd, minRd))));
        }
    }

    private static final Lanling LANLING = new Lanling();
    private static final JurisdictionCatalog CATALOG = JurisdictionCatalog.of(List.of(LANLING)).get();
    private static final Jurisdiction J = CATALOG.get("lanling").orElseThrow();

    private static Map<String, Object> member(String id, Map<String, Object> facts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", "单位" + id);
        m.put("kind", "ENTERPRISE");
        m.put("registeredIn", "371324");
        m.put("facts", facts);
        return m;
    }

    private static Map<String, Object> tree(Map<String, Object> consortium, List<Map<String, Object>> members) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", "兰陵联合体");
        t.put("lead", "m1");
        t.put("facts", consortium);
        t.put("members", members);
        return t;
    }

    private static Profile eligible() {
        return ProfileReader.read(tree(Map.of("lanling.grade", "B"), List.of(
                member("m1", Map.of("lanling.hnteCertified", true, "lanling.inventionPatents", 7, "lanling.foundedOn", "2020-03-01",
                        "lanling.rdInvestment", 6_000_000)),
                member("m2", Map.of("lanling.inventionPatents", 5)))), CATALOG.facts()).result().get();
    }

    @Test
    void theJurisdictionListsWhatItDeclares() {
        assertThat(J.facts()).extracting(OwnFact::key).containsExactly("lanling.hnteCertified", "lanling.inventionPatents",
                "lanling.foundedOn", "lanling.rdInvestment", "lanling.grade");
        assertThat(CATALOG.facts().get("lanling.grade")).isPresent();
    }

    @Test
    void aProfileStatingEveryFactIsEligible() {
        Profile p = eligible();
        assertThat(p.lead().own(LANLING.hnte)).contains(true);
        assertThat(p.own(LANLING.grade)).contains("B");
        Assessment a = J.assess(p, AssessmentOptions.on(AS_OF));
        assertThat(a.verdict()).as("%s", a.findings()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void unstatedFactsAreUnknownAndFalseOnesFail() {
        Profile p = ProfileReader.read(tree(Map.of(), List.of(
                member("m1", Map.of("lanling.hnteCertified", false, "lanling.foundedOn", "2024-01-01")),
                member("m2", Map.of("lanling.inventionPatents", 9)))), CATALOG.facts()).result().get();
        Assessment a = J.assess(p, AssessmentOptions.on(AS_OF));
        assertThat(outcome(a, "L1")).isEqualTo(Outcome.FAIL);
        assertThat(outcome(a, "L2")).as("one of two known, m1 unknown").isEqualTo(Outcome.UNKNOWN);
        assertThat(outcome(a, "L3")).isEqualTo(Outcome.UNKNOWN);
        assertThat(outcome(a, "L4")).as("founded 2024-01-01: not 2 years before 2025-06-01").isEqualTo(Outcome.FAIL);
        assertThat(outcome(a, "L5")).isEqualTo(Outcome.UNKNOWN);
        assertThat(a.verdict()).isEqualTo(Verdict.INELIGIBLE);
    }

    @Test
    void findingsExplainTheFactTheValueAndTheRequirement() {
        Profile p = ProfileReader.read(tree(Map.of("lanling.grade", "C"), List.of(
                member("m1", Map.of("lanling.hnteCertified", true, "lanling.foundedOn", "2020-03-01", "lanling.rdInvestment", 1_000_000)))),
                CATALOG.facts()).result().get();
        Assessment a = J.assess(p, AssessmentOptions.on(AS_OF));
        Finding l3 = finding(a, "L3");
        assertThat(l3.evidence()).isInstanceOf(Evidence.Own.class);
        assertThat(l3.because().zh()).contains("联合体评级", "丙级", "甲级或乙级");
        assertThat(l3.because().en()).contains("rating", "grade C", "grade A, grade B", "not met");
        Finding l5 = finding(a, "L5");
        assertThat(l5.because().zh()).contains("研发投入", "100万元", "不少于 500万元");
        assertThat(finding(a, "L4").because().en()).contains("2 years before the reference date");
        Evidence.Own own = (Evidence.Own) l3.evidence();
        assertThat(own.parameters()).containsExactly("lanling.L3.grades");
        assertThat(own.required()).isEqualTo(List.of("A", "B"));
    }

    @Test
    void anOverrideChangesTheThresholdAndReassessingAgreesWithAssessingAfresh() {
        Profile p = eligible();
        Overrides stricter = CATALOG.overrides(List.of("lanling.L2.patents=6")).get();
        Assessment fresh = J.assess(p, AssessmentOptions.on(AS_OF).withOverrides(stricter));
        assertThat(outcome(fresh, "L2")).as("m2 has 5 < 6").isEqualTo(Outcome.FAIL);
        Assessment reused = J.reassess(J.assess(p, AssessmentOptions.on(AS_OF)), ReadingSet.defaults(), stricter);
        assertThat(outcome(reused, "L2")).isEqualTo(Outcome.FAIL);
        assertThat(((Evidence.Count) finding(reused, "L2").evidence()).tally().failing()).containsExactly("m2");
        assertThat(finding(reused, "L2").because().zh()).contains("不少于 6");
    }

    @Test
    void theGapPlanStatesOrChangesOwnFactsAndReachesEligible() {
        Profile p = ProfileReader.read(tree(Map.of(), List.of(
                member("m1", Map.of("lanling.hnteCertified", false, "lanling.foundedOn", "2020-03-01", "lanling.rdInvestment", 6_000_000)),
                member("m2", Map.of("lanling.inventionPatents", 1)))), CATALOG.facts()).result().get();
        GapPlan plan = GapPlanner.plan(J, p, AssessmentOptions.on(AS_OF));
        assertThat(plan.reached()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(plan.changes()).filteredOn(c -> c instanceof Change.SetOwn).extracting(c -> c.describe().en())
                .anySatisfy(d -> assertThat(d).contains("m1 must have: high-tech enterprise", "facts.lanling.hnteCertified"));
        assertThat(plan.questions()).extracting(c -> c.describe().en())
                .anySatisfy(d -> assertThat(d).contains("state `facts.lanling.grade`"));
    }

    @Test
    void theReaderChecksTypesAndLevelsAndWarnsOfUndeclaredFacts() {
        ReadResult<Profile> r = ProfileReader.read(tree(Map.of("lanling.hnteCertified", true, "nowhere.thing", 1), List.of(
                member("m1", Map.of("lanling.hnteCertified", "yes", "lanling.grade", "A", "lanling.inventionPatents", -3,
                        "lanling.foundedOn", "soon")))), CATALOG.facts());
        assertThat(r.result().isInvalid()).isTrue();
        assertThat(r.result().getError().map(Problem::toString).asJava()).anySatisfy(m -> assertThat(m).contains(
                        "facts.lanling.hnteCertified", "each member"))
                .anySatisfy(m -> assertThat(m).contains("members[0].facts.lanling.hnteCertified", "true or false"))
                .anySatisfy(m -> assertThat(m).contains("members[0].facts.lanling.grade", "the consortium"))
                .anySatisfy(m -> assertThat(m).contains("members[0].facts.lanling.foundedOn", "2025-06-01"));
        assertThat(r.warnings().map(Problem::toString).asJava()).singleElement().asString().contains("nowhere.thing", "ignored");
        ReadResult<Profile> wrongChoice = ProfileReader.read(tree(Map.of("lanling.grade", "D"), List.of(member("m1", Map.of()))),
                CATALOG.facts());
        assertThat(wrongChoice.result().getError().map(Problem::toString).asJava()).singleElement().asString()
                .contains("facts.lanling.grade", "unknown value \"D\"", "A, B, C");
    }

    @Test
    void withoutTheJurisdictionItsFactsAreWarnedAndIgnored() {
        ReadResult<Profile> r = ProfileReader.read(tree(Map.of(), List.of(member("m1", Map.of("lanling.hnteCertified", true)))));
        assertThat(r.result().isValid()).isTrue();
        assertThat(r.result().get().lead().ownFacts()).isEmpty();
        assertThat(r.warnings().map(Problem::toString).asJava()).singleElement().asString().contains("lanling.hnteCertified");
    }

    @Test
    void factsAreBuiltProgrammaticallyToo() {
        Profile p = ImmutableProfile.builder().name("兰陵").leadId("m1").putOwnFacts("lanling.grade", "A")
                .addMembers(ImmutableMember.copyOf(Fixtures.enterprise("m1", "371324").build())
                        .withOwnFacts(Map.of("lanling.hnteCertified", true))).build();
        assertThat(J.assess(p, AssessmentOptions.on(AS_OF)).findings()).filteredOn(f -> f.rule().id().catalogId().equals("L1"))
                .singleElement().extracting(Finding::outcome).isEqualTo(Outcome.PASS);
    }

    @Test
    void mistakesInDeclaringOrUsingFactsAreNamed() {
        JurisdictionProvider broken = setup -> {
            OwnFact<Boolean> early = setup.memberFact("early", FactType.BOOLEAN, "早", "early");
            setup.identity(new Identity("broken", Text.of("测试", "Test"), Region.of("32", "江苏", "Jiangsu")));
            OwnFact<Boolean> twice = setup.memberFact("twice", FactType.BOOLEAN, "两次", "twice");
            setup.memberFact("twice", FactType.BOOLEAN, "两次", "twice");
            setup.memberFact("Bad_Name", FactType.NUMBER, "坏", "bad");
            OwnFact<String> level = setup.consortiumFact("level", FactType.choice(FactType.Choice.of("x", "x", "x")), "级", "level");
            OwnFact<Boolean> foreign = new OwnFact<>("elsewhere", "thing", io.consortia.kernel.profile.FactLevel.MEMBER, FactType.BOOLEAN,
                    Text.of("他", "other"));
            EditionSetup e = setup.edition(new Document(Text.of("测试", "test"), Optional.empty(), Text.of("局", "bureau"), Optional.empty(),
                    Set.of(DocumentStatus.IN_FORCE), TEXT)).outline(JurisdictionCatalogTest.outline());
            Param<List<String>> free = e.list("B2.levels", List.of("x")).cites("第三条", "联合体评级应为甲级或乙级").means("级", "levels");
            e.rule("B1", Strength.MANDATORY, "第一条").quote("牵头单位应为高新技术企业。").says("高企", "hnte")
                    .test(Tests.all(Tests.lead(MemberTest.holds(twice)), Tests.lead(MemberTest.holds(foreign))));
            e.rule("B2", Strength.MANDATORY, "第三条").quote("联合体评级应为甲级或乙级。").says("评级", "rating")
                    .test(Tests.own(OwnTest.oneOf(level, free)));
        };
        List<String> errors = JurisdictionCatalog.of(List.of(broken)).getLeft();
        assertThat(errors).anySatisfy(m -> assertThat(m).contains("fact early", "after the identity"))
                .anySatisfy(m -> assertThat(m).contains("fact broken.twice declared twice"))
                .anySatisfy(m -> assertThat(m).contains("fact broken.Bad_Name", "camelCase"))
                .anySatisfy(m -> assertThat(m).contains("broken.B1 tests the fact elsewhere.thing, which this jurisdiction does not declare"))
                .anySatisfy(m -> assertThat(m).contains("broken.B2", "B2.levels is not a list of broken.level's choices"));
    }

    private static Finding finding(Assessment a, String id) {
        return a.findings().stream().filter(f -> f.rule().id().catalogId().equals(id)).findFirst().orElseThrow();
    }

    private static Outcome outcome(Assessment a, String id) {
        return finding(a, id).outcome();
    }
}
