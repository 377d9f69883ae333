package io.consortia.kernel.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.rule.Tests;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.tck.Fixtures;
import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the kernel guarantees about the jurisdictions it builds from providers. */
class JurisdictionCatalogTest {

    private static final String TEXT_2023 = "第一条 成员单位一般不少于5个。";
    private static final String TEXT_2025 = "第一条 成员单位一般不少于8个。";

    private static Document doc(String title, LocalDate issued, String text) {
        return new Document(Text.of(title, "Test policy"), Optional.empty(), Text.of("测试局", "test bureau"),
                Optional.ofNullable(issued), Set.of(DocumentStatus.IN_FORCE), text);
    }

    static Outline outline() {
        return new Outline(Optional.empty(), Optional.empty(),
                new Route(Route.Formation.FILING, Route.Initiative.BOTTOM_UP, Text.of("备案", "filing"), "四"), List.of(),
                Text.of("无", "none"));
    }

    /** Two dated editions: at least 5 members from 2023, at least 8 from 2025. */
    static final class TwoEditions implements JurisdictionProvider {
        @Override
        public void register(JurisdictionSetup setup) {
            setup.identity(new Identity("testland", Text.of("测试市", "Testland"), Region.of("3205", "测试市", "Testland")))
                    .reading(Reading.R1);
            EditionSetup e2025 = setup.edition(doc("测试办法（2025年版）", LocalDate.of(2025, 1, 1), TEXT_2025)).outline(outline());
            Param<Integer> min2025 = e2025.count("T1.minimum", 8).cites("第一条", "成员单位一般不少于8个。").means("最少成员数", "minimum members");
            e2025.rule("T1", Strength.MANDATORY, "第一条").quote("成员单位一般不少于8个。")
                    .says("不少于8个", "at least 8")
                    .test(Tests.memberCount(Population.MEMBER_UNITS, min2025));
            EditionSetup e2023 = setup.edition(doc("测试办法（2023年版）", LocalDate.of(2023, 1, 1), TEXT_2023)).outline(outline());
            Param<Integer> min2023 = e2023.count("T1.minimum", 5).cites("第一条", "成员单位一般不少于5个。").means("最少成员数", "minimum members");
            e2023.rule("T1", Strength.MANDATORY, "第一条").quote("成员单位一般不少于5个。")
                    .says("不少于5个", "at least 5")
                    .test(Tests.memberCount(Population.MEMBER_UNITS, min2023));
        }
    }

    private static Profile sixMembers() {
        var b = Fixtures.profile("测试联合体", "m1");
        for (int i = 1; i <= 6; i++) {
            b.addMembers(Fixtures.enterprise("m" + i, "320505").build());
        }
        return b.build();
    }

    @Test
    void assessmentUsesTheEditionInForceOnTheReferenceDate() {
        Jurisdiction j = JurisdictionCatalog.of(List.of(new TwoEditions())).get().get("testland").orElseThrow();
        assertThat(j.editions()).extracting(e -> e.document().title().zh()).containsExactly("测试办法（2023年版）", "测试办法（2025年版）");
        Assessment in2024 = j.assess(sixMembers(), AssessmentOptions.on(LocalDate.of(2024, 6, 1)));
        assertThat(in2024.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(in2024.edition().title().zh()).isEqualTo("测试办法（2023年版）");
        Assessment in2025 = j.assess(sixMembers(), AssessmentOptions.on(LocalDate.of(2025, 1, 1)));
        assertThat(in2025.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(in2025.edition().title().zh()).isEqualTo("测试办法（2025年版）");
        assertThat(in2025.editionInForce()).isTrue();
    }

    @Test
    void aDateBeforeEveryEditionUsesTheEarliestAndSaysSo() {
        Jurisdiction j = JurisdictionCatalog.of(List.of(new TwoEditions())).get().get("testland").orElseThrow();
        Assessment a = j.assess(sixMembers(), AssessmentOptions.on(LocalDate.of(2020, 1, 1)));
        assertThat(a.editionInForce()).isFalse();
        assertThat(a.edition().title().zh()).isEqualTo("测试办法（2023年版）");
    }

    @Test
    void duplicateJurisdictionIdsAreRefused() {
        var result = JurisdictionCatalog.of(List.of(new TwoEditions(), new TwoEditions()));
        assertThat(result.isLeft()).isTrue();
        assertThat(result.getLeft()).singleElement().asString().contains("two modules provide jurisdiction \"testland\"");
    }

    @Test
    void aMisquotedRuleIsRefusedWithItsId() {
        JurisdictionProvider misquoting = setup -> {
            setup.identity(new Identity("misquote", Text.of("测试", "Test"), Region.of("32", "江苏", "Jiangsu")));
            EditionSetup e = setup.edition(doc("测试", null, TEXT_2023)).outline(outline());
            Param<Integer> min = e.count("M1.minimum", 5).cites("第一条", "成员单位一般不少于5个。").means("最少成员数", "minimum members");
            e.rule("M1", Strength.MANDATORY, "第一条").quote("成员单位不少于5个。")
                    .says("不少于5个", "at least 5").test(Tests.memberCount(Population.ALL, min));
        };
        var result = JurisdictionCatalog.of(List.of(misquoting));
        assertThat(result.getLeft()).singleElement().asString()
                .contains("the quote of misquote.M1 does not occur verbatim in the document");
    }

    @Test
    void aRuleMayNotConsultAnUndeclaredReading() {
        JurisdictionProvider undeclared = setup -> {
            setup.identity(new Identity("undeclared", Text.of("测试", "Test"), Region.of("32", "江苏", "Jiangsu")));
            EditionSetup e = setup.edition(doc("测试", null, TEXT_2023)).outline(outline());
            Param<Integer> min = e.count("U1.minimum", 5).cites("第一条", "成员单位一般不少于5个。").means("最少成员数", "minimum members");
            e.rule("U1", Strength.MANDATORY, "第一条").quote("成员单位一般不少于5个。")
                    .says("不少于5个", "at least 5").test(Tests.memberCount(Population.MEMBER_UNITS, min));
        };
        assertThat(JurisdictionCatalog.of(List.of(undeclared)).getLeft()).singleElement().asString()
                .contains("U1 consults reading R1, which is not registered");
    }

    @Test
    void aProviderWithoutIdentityOrEditionIsRefused() {
        JurisdictionProvider empty = setup -> { };
        assertThat(JurisdictionCatalog.of(List.of(empty)).getLeft())
                .anySatisfy(m -> assertThat(m).contains("no identity registered"))
                .anySatisfy(m -> assertThat(m).contains("no edition registered"));
    }

    @Test
    void anUnfinishedRuleIsRefused() {
        JurisdictionProvider unfinished = setup -> {
            setup.identity(new Identity("unfinished", Text.of("测试", "Test"), Region.of("32", "江苏", "Jiangsu")));
            EditionSetup e = setup.edition(doc("测试", null, TEXT_2023)).outline(outline());
            e.rule("X1", Strength.MANDATORY, "第一条").quote("成员单位一般不少于5个。");
        };
        assertThat(JurisdictionCatalog.of(List.of(unfinished)).getLeft())
                .anySatisfy(m -> assertThat(m).contains("rule X1 has no test"));
    }

    /** One edition with one rule on one parameter, the parameter declared by {@code declare}. */
    private static JurisdictionProvider withParameter(java.util.function.Function<EditionSetup, Param<Integer>> declare) {
        return setup -> {
            setup.identity(new Identity("params", Text.of("测试", "Test"), Region.of("32", "江苏", "Jiangsu"))).reading(Reading.R1);
            EditionSetup e = setup.edition(doc("测试", null, TEXT_2023)).outline(outline());
            Param<Integer> min = declare.apply(e);
            e.rule("P1", Strength.PRESUMPTIVE, "第一条").quote("成员单位一般不少于5个。")
                    .says("不少于5个", "at least 5").test(Tests.memberCount(Population.MEMBER_UNITS, min));
        };
    }

    @Test
    void aParameterWithoutClauseOrMeaningIsRefusedByName() {
        var result = JurisdictionCatalog.of(List.of(withParameter(e -> e.count("P1.minimum", 5))));
        assertThat(result.getLeft())
                .anySatisfy(m -> assertThat(m).contains("parameter params.P1.minimum has no clause"))
                .anySatisfy(m -> assertThat(m).contains("parameter params.P1.minimum does not say what it is"));
    }

    @Test
    void aMisquotedParameterIsRefusedByName() {
        var result = JurisdictionCatalog.of(List.of(withParameter(
                e -> e.count("P1.minimum", 5).cites("第一条", "不少于6个").means("最少", "minimum"))));
        assertThat(result.getLeft()).singleElement().asString()
                .contains("parameter params.P1.minimum: the quote does not occur verbatim in the document: 不少于6个");
    }

    @Test
    void aRuleOnAParameterOfAnotherEditionIsRefused() {
        JurisdictionProvider stray = setup -> {
            setup.identity(new Identity("stray", Text.of("测试", "Test"), Region.of("32", "江苏", "Jiangsu")));
            EditionSetup old = setup.edition(doc("旧", LocalDate.of(2020, 1, 1), TEXT_2023)).outline(outline());
            Param<Integer> min = old.count("S1.minimum", 5).cites("第一条", "不少于5个").means("最少", "minimum");
            old.rule("S1", Strength.PRESUMPTIVE, "第一条").quote("不少于5个").says("至少5个", "at least 5")
                    .test(Tests.memberCount(Population.ALL, min));
            EditionSetup next = setup.edition(doc("新", LocalDate.of(2024, 1, 1), TEXT_2023)).outline(outline());
            next.rule("S1", Strength.PRESUMPTIVE, "第一条").quote("不少于5个").says("至少5个", "at least 5")
                    .test(Tests.memberCount(Population.ALL, min));
        };
        assertThat(JurisdictionCatalog.of(List.of(stray)).getLeft()).singleElement().asString()
                .contains("stray.S1 uses parameter S1.minimum, which this edition does not declare");
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        JurisdictionProvider wide = setup -> {
            setup.identity(new Identity("wide", Text.of("测试", "Test"), Region.of("32", "江苏", "Jiangsu")));
            EditionSetup e = setup.edition(doc("测试", null, TEXT_2023)).outline(outline());
            e.share("S1.share", "1.5").cites("第一条", "不少于5个").means("比例", "share");
        };
        assertThat(JurisdictionCatalog.of(List.of(wide)).getLeft()).singleElement().asString()
                .contains("parameter wide.S1.share: a share is between 0 and 1");
    }

    @Test
    void overridesChangeTheValueForOneRunAndAreReported() {
        JurisdictionCatalog catalog = JurisdictionCatalog.of(List.of(withParameter(
                e -> e.count("P1.minimum", 5).cites("第一条", "不少于5个").means("最少成员数", "minimum members")))).get();
        Jurisdiction j = catalog.get("params").orElseThrow();
        Profile four = Fixtures.profile("测试联合体", "m1").addMembers(
                Fixtures.enterprise("m1", "320505").build(), Fixtures.enterprise("m2", "320505").build(),
                Fixtures.enterprise("m3", "320505").build(), Fixtures.enterprise("m4", "320505").build()).build();
        AssessmentOptions on = AssessmentOptions.on(LocalDate.of(2024, 6, 1));
        assertThat(j.assess(four, on).verdict()).isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
        Overrides four4 = catalog.overrides(List.of("params.P1.minimum=4")).get();
        Assessment overridden = j.assess(four, on.withOverrides(four4));
        assertThat(overridden.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(overridden.overrides()).singleElement().satisfies(o -> {
            assertThat(o.parameter().name()).isEqualTo("params.P1.minimum");
            assertThat(o.value()).isEqualTo(4);
        });
        assertThat(j.assess(four, on).verdict()).as("no global state").isEqualTo(Verdict.ELIGIBLE_WITH_DEVIATIONS);
    }

    @Test
    void badOverridesNameTheParameter() {
        JurisdictionCatalog catalog = JurisdictionCatalog.of(List.of(withParameter(
                e -> e.count("P1.minimum", 5).cites("第一条", "不少于5个").means("最少成员数", "minimum members")))).get();
        assertThat(catalog.overrides(List.of("params.P9.minimum=4")).getLeft()).singleElement().asString()
                .contains("params.P9.minimum").contains("no such parameter");
        assertThat(catalog.overrides(List.of("params.P1.minimum=-1")).getLeft()).singleElement().asString()
                .contains("params.P1.minimum").contains("whole number");
        assertThat(catalog.overrides(List.of("params.P1.minimum=0.5")).getLeft()).singleElement().asString()
                .contains("params.P1.minimum");
        assertThat(catalog.overrides(List.of("params.P1.minimum")).getLeft()).singleElement().asString()
                .contains("NAME=VALUE");
    }
}
