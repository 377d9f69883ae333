package io.consortia.jurisdiction.yongchuan;

import static io.consortia.tck.Histories.entry;
import static io.consortia.tck.Histories.last;
import static io.consortia.tck.Histories.simulate;
import static io.consortia.tck.Histories.then;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.lifecycle.ObligationStatus;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.tck.Histories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import io.consortia.tck.Installed;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YongchuanLifecycleTest {

    private static final Edition POLICY = Installed.jurisdiction("yongchuan").latest();
    private static final String[] LAUNCHED = {"2025-03-01 APPLIED", "2025-03-20 PLAN_REVISED", "2025-04-01 REVIEWED passed=true",
            "2025-04-11 ESTABLISHED"};

    @Test
    void launchesAfterTheFeasibilityReviewWithoutAnyNotice() {
        Simulation s = simulate(POLICY, LAUNCHED);
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
        assertThat(s.timeline()).allMatch(e -> e.accepted());
        assertThat(last(s).clause().orElseThrow().ref()).isEqualTo("四(三)");
        Simulation notice = simulate(POLICY, "2025-03-01 APPLIED", "2025-04-01 REVIEWED passed=true", "2025-04-02 NOTICE_STARTED");
        assertThat(last(notice).accepted()).isFalse();
    }

    @Test
    void theSelfEvaluationReportIsDueBy31JanuaryOfTheFollowingYear() {
        Simulation open = simulate(POLICY, Optional.of(LocalDate.of(2026, 1, 31)), LAUNCHED);
        assertThat(open.obligations()).as("the report on 2026 arises on 1 January 2026").hasSize(2);
        assertThat(open.obligations().get(1).due()).contains(LocalDate.of(2027, 1, 31));
        assertThat(open.obligations().get(0)).satisfies(o -> {
            assertThat(o.due()).contains(LocalDate.of(2026, 1, 31));
            assertThat(o.status()).isEqualTo(ObligationStatus.OPEN);
            assertThat(o.since()).isEqualTo(LocalDate.of(2025, 4, 11));
            assertThat(o.clause().ref()).isEqualTo("四(四)");
        });
        Simulation overdue = simulate(POLICY, Optional.of(LocalDate.of(2026, 2, 1)), LAUNCHED);
        assertThat(overdue.obligations().get(0).status()).isEqualTo(ObligationStatus.OVERDUE);
        Simulation met = simulate(POLICY, then(LAUNCHED, "2026-01-20 REPORT_SUBMITTED year=2025"));
        assertThat(met.obligations().get(0).status()).isEqualTo(ObligationStatus.MET);
    }

    @Test
    void aPoorEvaluationFlagsItToBeAdjustedOrTerminatedWithoutEndingIt() {
        Simulation poor = simulate(POLICY, then(LAUNCHED, "2026-03-01 EVALUATED grade=POOR"));
        assertThat(poor.finalState()).isEqualTo(CoreState.ESTABLISHED);
        assertThat(poor.flags()).singleElement().satisfies(f -> {
            assertThat(f.what().zh()).contains("视情调整或终止");
            assertThat(f.clause().ref()).isEqualTo("四(四)");
        });
        Simulation terminated = simulate(POLICY, then(LAUNCHED, "2026-03-01 EVALUATED grade=POOR", "2026-04-01 TERMINATED"));
        assertThat(terminated.finalState()).isEqualTo(CoreState.REVOKED);
        assertThat(last(terminated).clause().orElseThrow().ref()).isEqualTo("四(四)");
        assertThat(last(terminated).reason().orElseThrow().en()).contains("2026-03-01");
    }

    @Test
    void anExcellentEvaluationBringsRollingProjectSupport() {
        Simulation s = simulate(POLICY, then(LAUNCHED, "2026-03-01 EVALUATED grade=EXCELLENT"));
        assertThat(s.measures()).singleElement().satisfies(m -> assertThat(m.what().zh()).contains("滚动支持"));
        assertThat(s.flags()).isEmpty();
    }

    @Test
    void aChangeOfLeadOrNameIsFiledWithTheDistrictBureauWhileMembersMayBeAdjustedFreely() {
        Simulation s = simulate(POLICY, then(LAUNCHED, "2025-06-01 LEAD_CHANGED filed=false", "2025-06-02 RENAMED",
                "2025-06-03 LEAD_CHANGED filed=true", "2025-06-04 MEMBER_ADDED"));
        for (int i = 4; i <= 7; i++) {
            assertThat(entry(s, i).accepted()).as("events[%d]", i).isTrue();
        }
        assertThat(entry(s, 4).clause().orElseThrow().ref()).isEqualTo("三(四)");
        var filings = s.obligations().stream().filter(o -> o.kind() == io.consortia.kernel.lifecycle.Obligation.Kind.CHANGE_FILING).toList();
        assertThat(filings).as("重大事项: the lead and the name, not the members").hasSize(3);
        assertThat(filings).allSatisfy(f -> assertThat(f.what().zh()).contains("区科技局"));
        assertThat(filings).extracting(f -> f.status().name()).containsExactly("OPEN", "OPEN", "MET");
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
    }

    @Test
    void aLeadsDefaultCarriesNoSanctionHere() {
        Simulation s = simulate(POLICY, then(LAUNCHED, "2025-06-01 LEAD_DEFAULTED"));
        assertThat(last(s).accepted()).isTrue();
        assertThat(s.sanctions()).isEmpty();
    }
}
