package io.consortia.jurisdiction.qingdao;

import static io.consortia.tck.Histories.entry;
import static io.consortia.tck.Histories.last;
import static io.consortia.tck.Histories.simulate;
import static io.consortia.tck.Histories.then;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.lifecycle.Phase;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.kernel.lifecycle.TimelineEntry;
import io.consortia.tck.Histories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import io.consortia.tck.Installed;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QingdaoLifecycleTest {

    private static final Edition POLICY = Installed.jurisdiction("qingdao").latest();
    /** The history of contract §4. */
    private static final String[] CONTRACT_EXAMPLE = {"2025-03-10 APPLIED", "2025-04-01 REVIEWED passed=true", "2025-04-02 NOTICE_STARTED",
            "2025-04-10 NOTICE_ENDED", "2025-04-11 ESTABLISHED", "2026-01-15 REPORT_SUBMITTED year=2025", "2026-03-01 EVALUATED grade=UNQUALIFIED"};
    private static final String[] FILED = {"2025-03-10 APPLIED", "2025-03-20 DISTRICT_FORWARDED", "2025-04-01 REVIEWED passed=true",
            "2025-04-02 NOTICE_STARTED", "2025-04-10 NOTICE_ENDED", "2025-04-11 ESTABLISHED"};

    @Test
    void theContractsExampleEndsRevokedByTheUnqualifiedEvaluation() {
        Simulation s = simulate(POLICY, CONTRACT_EXAMPLE);
        assertThat(s.timeline()).extracting(TimelineEntry::state).containsExactly(CoreState.UNDER_REVIEW, CoreState.UNDER_REVIEW,
                CoreState.PUBLIC_NOTICE, CoreState.UNDER_REVIEW, CoreState.ESTABLISHED, CoreState.ESTABLISHED, CoreState.REVOKED);
        assertThat(last(s).clause().orElseThrow().ref()).isEqualTo("七(二)");
        assertThat(last(s).reason().orElseThrow().zh()).contains("取消备案资格");
    }

    @Test
    void filingNeedsAPublicNoticeWithoutObjection() {
        Simulation s = simulate(POLICY, "2025-03-10 APPLIED", "2025-04-01 REVIEWED passed=true", "2025-04-11 ESTABLISHED");
        assertThat(last(s).accepted()).isFalse();
        assertThat(last(s).clause().orElseThrow().ref()).isEqualTo("五(六)");
    }

    @Test
    void theFilingExpiresOnTheThirdAnniversaryAndMayBeRenewed() {
        Simulation s = simulate(POLICY, then(FILED, "2028-04-11 EVALUATED grade=EXCELLENT", "2028-05-01 RENEWAL_APPLIED",
                "2028-06-01 REVIEWED passed=true", "2028-06-02 NOTICE_STARTED", "2028-06-09 NOTICE_ENDED", "2028-06-10 ESTABLISHED"));
        TimelineEntry expired = s.timeline().get(6);
        assertThat(expired.event()).isEqualTo("EXPIRED");
        assertThat(expired.on()).isEqualTo(LocalDate.of(2028, 4, 11));
        assertThat(expired.index()).isEmpty();
        assertThat(expired.state()).isEqualTo(CoreState.EXPIRED);
        assertThat(entry(s, 6).accepted()).as("no evaluation of an expired filing").isFalse();
        assertThat(entry(s, 7).state()).isEqualTo(CoreState.UNDER_REVIEW);
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
        assertThat(((Phase.Established) s.last().phase()).expiresOn()).contains(LocalDate.of(2031, 6, 10));
        Simulation dayBefore = simulate(POLICY, Optional.of(LocalDate.of(2028, 4, 10)), FILED);
        assertThat(dayBefore.finalState()).isEqualTo(CoreState.ESTABLISHED);
        Simulation asOf = simulate(POLICY, Optional.of(LocalDate.of(2028, 4, 11)), FILED);
        assertThat(asOf.finalState()).isEqualTo(CoreState.EXPIRED);
    }

    @Test
    void rejectsRenewalBeforeExpiry() {
        Simulation s = simulate(POLICY, then(FILED, "2027-12-01 RENEWAL_APPLIED"));
        assertThat(last(s).accepted()).isFalse();
        assertThat(last(s).clause().orElseThrow().ref()).isEqualTo("五(六)");
    }

    @Test
    void rejectsDissolutionWhileAnyProjectRuns() {
        Simulation s = simulate(POLICY, then(FILED, "2025-05-01 PROJECT_STARTED level=DISTRICT", "2025-06-01 DISSOLUTION_REQUESTED",
                "2025-07-01 PROJECT_ENDED", "2025-07-02 DISSOLUTION_REQUESTED"));
        assertThat(entry(s, 7).accepted()).isFalse();
        assertThat(entry(s, 7).clause().orElseThrow().ref()).isEqualTo("七(三)");
        assertThat(s.finalState()).isEqualTo(CoreState.DISSOLVED);
    }

    @Test
    void aMemberChangeNeedsAllMembersConsentAndASupplementaryAgreementButNoFiling() {
        Simulation s = simulate(POLICY, then(FILED, "2025-06-01 MEMBER_ADDED allConsented", "2025-06-02 MEMBER_ADDED allConsented supplementaryAgreement"));
        assertThat(entry(s, 6).accepted()).isFalse();
        assertThat(entry(s, 6).reason().orElseThrow().en()).contains("supplementaryAgreement");
        assertThat(entry(s, 7).accepted()).isTrue();
        assertThat(entry(s, 7).notes()).as("no project runs: not 根據立項的項目需要").anySatisfy(n -> assertThat(n.code()).isEqualTo("CHANGE_WITHOUT_PROJECT"));
        assertThat(s.obligations()).as("no filing of the change is asked for").isEmpty();
        Simulation during = simulate(POLICY, then(FILED, "2025-05-01 PROJECT_STARTED level=MUNICIPAL",
                "2025-06-02 MEMBER_ADDED allConsented supplementaryAgreement"));
        assertThat(last(during).notes()).noneSatisfy(n -> assertThat(n.code()).isEqualTo("CHANGE_WITHOUT_PROJECT"));
    }

    @Test
    void aStatedValidityLongerThanThreeYearsIsAcceptedAndNoted() {
        Simulation s = simulate(POLICY, Optional.of(LocalDate.of(2030, 1, 1)), "2025-03-10 APPLIED", "2025-04-01 REVIEWED passed=true",
                "2025-04-02 NOTICE_STARTED", "2025-04-10 NOTICE_ENDED", "2025-04-11 ESTABLISHED validUntil=2029-04-10");
        assertThat(entry(s, 4).notes()).anySatisfy(n -> assertThat(n.code()).isEqualTo("VALIDITY_OVER_3_YEARS"));
        assertThat(last(s).event()).isEqualTo("EXPIRED");
        assertThat(last(s).on()).isEqualTo(LocalDate.of(2029, 4, 11));
    }

    @Test
    void aDefaultingLeadIsBarredForThreeYears() {
        Simulation s = simulate(POLICY, then(FILED, "2026-02-01 LEAD_DEFAULTED leadCreditCode=91370200MA3C00000K"));
        assertThat(s.sanctions()).singleElement().satisfies(b -> {
            assertThat(b.unit().display()).isEqualTo("91370200MA3C00000K");
            assertThat(b.until()).isEqualTo(LocalDate.of(2029, 2, 1));
        });
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
    }

    @Test
    void anExcellentEvaluationBringsMoreSupport() {
        Simulation s = simulate(POLICY, then(FILED, "2026-03-01 EVALUATED grade=EXCELLENT"));
        assertThat(s.measures()).singleElement().satisfies(m -> assertThat(m.what().zh()).contains("加大支持力度"));
    }
}
