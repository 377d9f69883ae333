package io.consortia.jurisdiction.suzhou;

import static io.consortia.tck.Histories.entry;
import static io.consortia.tck.Histories.last;
import static io.consortia.tck.Histories.simulate;
import static io.consortia.tck.Histories.then;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.sanction.UnitRef;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.tck.Histories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import io.consortia.tck.Installed;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuzhouLifecycleTest {

    private static final Edition POLICY = Installed.jurisdiction("suzhou").latest();
    private static final String[] APPROVED = {"2025-03-01 APPLIED", "2025-03-15 RECOMMENDED", "2025-04-01 REVIEWED passed=true",
            "2025-04-20 ESTABLISHED"};

    @Test
    void isApprovedByTheCityBureauAfterTheCountysRecommendation() {
        Simulation s = simulate(POLICY, APPROVED);
        assertThat(s.timeline()).allMatch(e -> e.accepted());
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
        assertThat(s.obligations()).as("Suzhou sets no annual report").isEmpty();
    }

    @Test
    void twoConsecutiveUnqualifiedEvaluationsCancelTheQualification() {
        Simulation once = simulate(POLICY, then(APPROVED, "2026-03-01 EVALUATED grade=UNQUALIFIED", "2027-03-01 EVALUATED grade=QUALIFIED",
                "2028-03-01 EVALUATED grade=UNQUALIFIED"));
        assertThat(once.finalState()).isEqualTo(CoreState.ESTABLISHED);
        Simulation twice = simulate(POLICY, then(APPROVED, "2026-03-01 EVALUATED grade=UNQUALIFIED", "2027-03-01 EVALUATED grade=UNQUALIFIED",
                "2027-05-01 MEMBER_ADDED filed"));
        assertThat(entry(twice, 5).state()).isEqualTo(CoreState.REVOKED);
        assertThat(entry(twice, 5).clause().orElseThrow().ref()).isEqualTo("六(二)");
        assertThat(entry(twice, 6).accepted()).as("REVOKED absorbs").isFalse();
    }

    @Test
    void gradesAreExcellentQualifiedOrUnqualifiedOnly() {
        Simulation s = simulate(POLICY, then(APPROVED, "2026-03-01 EVALUATED grade=POOR"));
        assertThat(last(s).accepted()).isFalse();
        assertThat(last(s).clause().orElseThrow().quote().orElseThrow()).contains("优秀、合格和不合格三个等次");
    }

    @Test
    void anExcellentEvaluationBringsRollingSupportAndBackingForTheProvincialLevel() {
        Simulation s = simulate(POLICY, then(APPROVED, "2026-03-01 EVALUATED grade=EXCELLENT"));
        assertThat(s.measures()).singleElement().satisfies(m -> assertThat(m.what().zh()).contains("滚动支持").contains("省级以上"));
    }

    @Test
    void rejectsDissolutionWhileGovernmentEntrustedWorkRuns() {
        Simulation s = simulate(POLICY, then(APPROVED, "2025-05-01 PROJECT_STARTED level=MUNICIPAL entrusted=true project=委托攻关",
                "2025-06-01 DISSOLUTION_REQUESTED", "2025-07-01 PROJECT_ENDED project=委托攻关", "2025-07-02 DISSOLUTION_REQUESTED"));
        assertThat(entry(s, 5).accepted()).isFalse();
        assertThat(entry(s, 5).clause().orElseThrow().ref()).isEqualTo("六(三)");
        assertThat(entry(s, 5).reason().orElseThrow().zh()).contains("委托攻关");
        assertThat(s.finalState()).isEqualTo(CoreState.DISSOLVED);
        Simulation notEntrusted = simulate(POLICY, then(APPROVED, "2025-05-01 PROJECT_STARTED level=NATIONAL",
                "2025-06-01 DISSOLUTION_REQUESTED"));
        assertThat(notEntrusted.finalState()).isEqualTo(CoreState.DISSOLVED);
    }

    @Test
    void changesOfNameMembersOrHeadAreAcceptedAndEachIsToBeFiledInWritingWithTheCityBureau() {
        Simulation s = simulate(POLICY, Optional.of(LocalDate.of(2025, 7, 10)), then(APPROVED, "2025-06-01 RENAMED",
                "2025-06-02 MEMBER_REMOVED filed=false", "2025-06-03 LEAD_CHANGED", "2025-06-04 RENAMED filed=true", "2025-06-05 MEMBER_ADDED filed",
                "2025-06-20 CHANGE_FILED", "2025-06-21 CHANGE_FILED"));
        for (int i = 4; i <= 9; i++) {
            assertThat(entry(s, i).accepted()).as("events[%d]", i).isEqualTo(i != 10);
        }
        assertThat(entry(s, 4).clause().orElseThrow().ref()).isEqualTo("六(三)");
        assertThat(entry(s, 4).notes()).anySatisfy(n -> assertThat(n.zh()).contains("苏州市科技局"));
        assertThat(entry(s, 10).accepted()).as("nothing left to file").isFalse();
        var filings = s.obligations().stream().filter(o -> o.kind() == io.consortia.kernel.lifecycle.Obligation.Kind.CHANGE_FILING).toList();
        assertThat(filings).hasSize(5).allSatisfy(f -> {
            assertThat(f.status().name()).isEqualTo("MET");
            assertThat(f.due()).isEmpty();
            assertThat(f.late()).isFalse();
            assertThat(f.what().zh()).contains("书面").contains("苏州市科技局");
        });
        assertThat(filings).extracting(f -> f.metOn().orElseThrow()).containsExactly(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 20),
                LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 4), LocalDate.of(2025, 6, 5));
    }

    @Test
    void aDefaultingLeadIsBarredForThreeYearsFromLeadingAnyConsortium() {
        Simulation s = simulate(POLICY, then(APPROVED, "2025-09-01 LEAD_DEFAULTED", "2025-09-10 LEAD_CHANGED filed leadName=牵头公司",
                "2025-09-11 LEAD_CHANGED filed leadName=新牵头公司"));
        assertThat(s.sanctions()).singleElement().satisfies(b -> {
            assertThat(b.unit()).isEqualTo(UnitRef.named("牵头公司"));
            assertThat(b.jurisdiction()).isEqualTo("suzhou");
            assertThat(b.from()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(b.until()).isEqualTo(LocalDate.of(2028, 9, 1));
        });
        assertThat(entry(s, 5).accepted()).as("the barred unit cannot lead again").isFalse();
        assertThat(entry(s, 6).accepted()).isTrue();
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
    }
}
