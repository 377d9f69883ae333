package io.consortia.jurisdiction.neimenggu;

import static io.consortia.tck.Histories.entry;
import static io.consortia.tck.Histories.last;
import static io.consortia.tck.Histories.simulate;
import static io.consortia.tck.Histories.then;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.tck.Histories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import io.consortia.tck.Installed;
import org.junit.jupiter.api.Test;

class NeimengguLifecycleTest {

    private static final Edition POLICY = Installed.jurisdiction("neimenggu").latest();
    private static final String[] APPROVED = {"2025-01-10 APPLIED", "2025-02-20 REVIEWED passed=true", "2025-03-15 JOINT_MEETING_APPROVED",
            "2025-03-20 ESTABLISHED"};

    @Test
    void isApprovedAfterTheFeasibilityReviewAndTheJointMeeting() {
        Simulation s = simulate(POLICY, APPROVED);
        assertThat(s.timeline()).allMatch(e -> e.accepted());
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
        assertThat(last(s).clause().orElseThrow().ref()).isEqualTo("四(五)");
    }

    @Test
    void aChangeOfLeadUnitDissolvesTheOriginalConsortium() {
        Simulation s = simulate(POLICY, then(APPROVED, "2026-01-05 LEAD_CHANGED filed=true", "2026-02-01 EVALUATED grade=EXCELLENT"));
        assertThat(entry(s, 4).state()).isEqualTo(CoreState.DISSOLVED);
        assertThat(entry(s, 4).clause().orElseThrow().ref()).isEqualTo("六(三)");
        assertThat(entry(s, 4).reason().orElseThrow().zh()).contains("原有的联合体自行解散");
        assertThat(entry(s, 5).accepted()).isFalse();
    }

    @Test
    void aChangeOfNameDissolvesTheOriginalConsortium() {
        Simulation s = simulate(POLICY, then(APPROVED, "2026-01-05 RENAMED name=内蒙古自治区稀土产业链创新联合体"));
        assertThat(s.finalState()).isEqualTo(CoreState.DISSOLVED);
    }

    @Test
    void membersChangeUnderTheCharterWithoutFurtherConditions() {
        Simulation s = simulate(POLICY, then(APPROVED, "2025-05-01 PROJECT_STARTED level=MUNICIPAL", "2025-06-01 MEMBER_ADDED",
                "2025-06-02 MEMBER_REMOVED allConsented=false"));
        assertThat(entry(s, 5).accepted()).isTrue();
        assertThat(entry(s, 6).accepted()).isTrue();
        assertThat(s.finalState()).isEqualTo(CoreState.ESTABLISHED);
        assertThat(s.obligations()).as("no filing is asked for").isEmpty();
    }

    @Test
    void whileANationalOrRegionalProjectRunsAMemberChangeNeedsAnApplicationToItsAuthority() {
        Simulation s = simulate(POLICY, then(APPROVED, "2025-05-01 PROJECT_STARTED level=PROVINCIAL project=稀土攻关", "2025-06-01 MEMBER_ADDED",
                "2025-06-02 MEMBER_ADDED projectAuthorityApplied=false", "2025-06-03 MEMBER_REMOVED projectAuthorityApplied",
                "2025-07-01 PROJECT_ENDED project=稀土攻关", "2025-07-02 MEMBER_ADDED"));
        assertThat(entry(s, 5).accepted()).isFalse();
        assertThat(entry(s, 5).clause().orElseThrow().quote().orElseThrow()).contains("須向項目主管部門提出申請");
        assertThat(entry(s, 5).reason().orElseThrow().en()).contains("projectAuthorityApplied: not stated").contains("稀土攻关");
        assertThat(entry(s, 6).reason().orElseThrow().en()).contains("projectAuthorityApplied: false");
        assertThat(entry(s, 7).accepted()).isTrue();
        assertThat(entry(s, 9).accepted()).as("no project runs any more").isTrue();
    }

    @Test
    void setsNoNoticeNoReportsAndNoSanction() {
        Simulation s = simulate(POLICY, then(APPROVED, "2026-12-01 LEAD_DEFAULTED", "2027-01-01 DISSOLUTION_REQUESTED"));
        assertThat(s.obligations()).isEmpty();
        assertThat(s.sanctions()).isEmpty();
        assertThat(s.finalState()).isEqualTo(CoreState.DISSOLVED);
        Simulation notice = simulate(POLICY, "2025-01-10 APPLIED", "2025-02-20 REVIEWED passed=true", "2025-02-21 NOTICE_STARTED");
        assertThat(last(notice).accepted()).isFalse();
    }

    @Test
    void theJointMeetingIsPartOfTheReviewStageOnly() {
        Simulation s = simulate(POLICY, then(APPROVED, "2025-04-01 JOINT_MEETING_APPROVED"));
        assertThat(last(s).accepted()).isFalse();
        assertThat(last(s).clause().orElseThrow().ref()).isEqualTo("四(五)");
    }
}
