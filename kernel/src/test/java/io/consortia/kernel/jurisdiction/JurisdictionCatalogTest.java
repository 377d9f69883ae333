package io.consortia.kernel.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.assessment.Assessment;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.Conditions;
import io.consortia.kernel.rule.Population;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.testkit.Fixtures;
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

    private static Outline outline() {
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
            setup.edition(doc("测试办法（2025年版）", LocalDate.of(2025, 1, 1), TEXT_2025)).outline(outline())
                    .rule("T1", Strength.MANDATORY, "第一条").quote("成员单位一般不少于8个。")
                    .says("不少于8个", "at least 8").readings(Reading.R1)
                    .test(Conditions.memberCount(Population.MEMBER_UNITS, 8));
            setup.edition(doc("测试办法（2023年版）", LocalDate.of(2023, 1, 1), TEXT_2023)).outline(outline())
                    .rule("T1", Strength.MANDATORY, "第一条").quote("成员单位一般不少于5个。")
                    .says("不少于5个", "at least 5").readings(Reading.R1)
                    .test(Conditions.memberCount(Population.MEMBER_UNITS, 5));
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
            setup.edition(doc("测试", null, TEXT_2023)).outline(outline())
                    .rule("M1", Strength.MANDATORY, "第一条").quote("成员单位不少于5个。")
                    .says("不少于5个", "at least 5").test(Conditions.memberCount(Population.ALL, 5));
        };
        var result = JurisdictionCatalog.of(List.of(misquoting));
        assertThat(result.getLeft()).singleElement().asString()
                .contains("the quote of misquote.M1 does not occur verbatim in the document");
    }

    @Test
    void aRuleMayNotConsultAnUndeclaredReading() {
        JurisdictionProvider undeclared = setup -> {
            setup.identity(new Identity("undeclared", Text.of("测试", "Test"), Region.of("32", "江苏", "Jiangsu")));
            setup.edition(doc("测试", null, TEXT_2023)).outline(outline())
                    .rule("U1", Strength.MANDATORY, "第一条").quote("成员单位一般不少于5个。")
                    .says("不少于5个", "at least 5").readings(Reading.R1).test(Conditions.memberCount(Population.MEMBER_UNITS, 5));
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
}
