package io.consortia.kernel.lifecycle;

import static io.consortia.kernel.lifecycle.TestPolicies.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.input.Problem;
import io.consortia.kernel.input.ReadResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryReaderTest {

    private static final Map<String, LifecyclePolicy> POLICIES = Map.of("test", TestPolicies.full());

    private static Map<String, Object> event(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static ReadResult<History> read(Object... events) {
        return HistoryReader.read(Map.of("jurisdiction", "test", "profile", "p.yaml", "events", List.of(events)), POLICIES);
    }

    private static List<String> errors(ReadResult<History> r) {
        return r.result().isInvalid() ? r.result().getError().map(Problem::toString).toJavaList() : List.of();
    }

    @Test
    void readsEveryKindOfEventWithItsFields() {
        ReadResult<History> r = read(
                event("on", "2025-03-10", "event", "APPLIED"),
                event("on", "2025-04-01", "event", "REVIEWED", "passed", true),
                event("on", "2025-04-02", "event", "SITE_VISITED"),
                event("on", "2025-05-01", "event", "PROJECT_STARTED", "level", "MUNICIPAL", "entrusted", true, "project", "P1"),
                event("on", "2025-05-02", "event", "MEMBER_ADDED", "allConsented", true, "filed", false, "member", "m9"),
                event("on", "2025-05-03", "event", "LEAD_CHANGED", "leadName", "乙公司", "leadCreditCode", "91320500MA1W4X6L2Q"),
                event("on", "2025-05-04", "event", "EVALUATED", "grade", "EXCELLENT"),
                event("on", "2025-05-05", "event", "REPORT_SUBMITTED", "year", 2024));
        assertThat(errors(r)).isEmpty();
        History h = r.result().get();
        assertThat(h.jurisdiction()).isEqualTo("test");
        assertThat(h.profile()).contains("p.yaml");
        assertThat(h.events()).hasSize(8);
        assertThat(h.events().get(1)).isEqualTo(new Event.Reviewed(d("2025-04-01"), true));
        assertThat(h.events().get(2)).isEqualTo(new Event.Own(d("2025-04-02"), "SITE_VISITED"));
        assertThat(h.events().get(3)).isEqualTo(new Event.ProjectStarted(d("2025-05-01"), ProjectLevel.MUNICIPAL, true, Optional.of("P1")));
        Event.MemberAdded added = (Event.MemberAdded) h.events().get(4);
        assertThat(added.evidence().shows(Evidence.ALL_CONSENTED)).isTrue();
        assertThat(added.evidence().get(Evidence.FILED)).contains(false);
        assertThat(added.evidence().get(Evidence.SUPPLEMENTARY_AGREEMENT)).isEmpty();
        Event.LeadChanged lc = (Event.LeadChanged) h.events().get(5);
        assertThat(lc.newLead().orElseThrow().display()).isEqualTo("91320500MA1W4X6L2Q");
    }

    @Test
    void namesThePlaceOfEveryProblem() {
        ReadResult<History> r = read(
                event("on", "2025-03-10", "event", "APPLIED"),
                event("on", "2025-02-01", "event", "REVIEWED", "passed", true),
                event("on", "2025-13-01", "event", "ESTABLISHED"),
                event("on", "2025-04-01", "event", "FOUNDED"),
                event("on", "2025-04-02", "event", "REVIEWED"),
                event("on", "2025-04-03", "event", "EXPIRED"),
                event("event", "APPLIED"),
                event("on", "2025-04-04", "event", "EVALUATED", "grade", "GOOD"));
        assertThat(errors(r)).anySatisfy(e -> assertThat(e).startsWith("events[1].on: 2025-02-01 is earlier than the previous event's date 2025-03-10"))
                .anySatisfy(e -> assertThat(e).startsWith("events[2].on: expected a date"))
                .anySatisfy(e -> assertThat(e).startsWith("events[3].event: unknown event \"FOUNDED\"").contains("SITE_VISITED"))
                .anySatisfy(e -> assertThat(e).isEqualTo("events[4].passed: required field is missing"))
                .anySatisfy(e -> assertThat(e).startsWith("events[5].event: EXPIRED is made by time"))
                .anySatisfy(e -> assertThat(e).isEqualTo("events[6].on: required field is missing"))
                .anySatisfy(e -> assertThat(e).startsWith("events[7].grade: unknown value \"GOOD\""));
    }

    @Test
    void anUnknownJurisdictionAndAnEmptyHistoryAreProblems() {
        ReadResult<History> r = HistoryReader.read(Map.of("jurisdiction", "atlantis", "events", List.of()), POLICIES);
        assertThat(errors(r)).containsExactlyInAnyOrder(
                "jurisdiction: no installed jurisdiction \"atlantis\" with a lifecycle policy (installed: test)",
                "events: a history needs at least one event");
        assertThat(errors(HistoryReader.read(null, POLICIES))).singleElement().asString().contains("empty");
        assertThat(errors(HistoryReader.read(List.of(1), POLICIES))).singleElement().asString().contains("expected a mapping");
    }

    @Test
    void readsTheFieldsOfCatalogV2() {
        ReadResult<History> r = read(
                event("on", "2025-04-11", "event", "ESTABLISHED", "validUntil", "2029-04-10"),
                event("on", "2025-05-02", "event", "MEMBER_REMOVED", "projectAuthorityApplied", true),
                event("on", "2025-05-03", "event", "CHANGE_FILED"));
        assertThat(errors(r)).isEmpty();
        assertThat(r.warnings()).isEmpty();
        History h = r.result().get();
        assertThat(h.events().get(0)).isEqualTo(new Event.Established(d("2025-04-11"), Optional.of(d("2029-04-10"))));
        assertThat(((Event.MemberRemoved) h.events().get(1)).evidence().shows(Evidence.PROJECT_AUTHORITY_APPLIED)).isTrue();
        assertThat(h.events().get(2)).isEqualTo(new Event.ChangeFiled(d("2025-05-03")));
    }

    @Test
    void aValidityEndingBeforeTheEstablishmentAndAReportYearOutOfRangeAreProblems() {
        ReadResult<History> r = read(
                event("on", "2025-04-11", "event", "ESTABLISHED", "validUntil", "2025-04-10"),
                event("on", "2025-05-01", "event", "REPORT_SUBMITTED", "year", 2201),
                event("on", "2025-05-02", "event", "REPORT_SUBMITTED", "year", 1899));
        assertThat(errors(r)).anySatisfy(e -> assertThat(e).startsWith("events[0].validUntil: 2025-04-10 is before the establishment on 2025-04-11"))
                .anySatisfy(e -> assertThat(e).startsWith("events[1].year:").contains("2200"))
                .anySatisfy(e -> assertThat(e).startsWith("events[2].year:").contains("1900"));
    }

    @Test
    void warnsAboutUnknownKeys() {
        ReadResult<History> r = read(event("on", "2025-03-10", "event", "APPLIED", "pased", true));
        assertThat(errors(r)).isEmpty();
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.path()).isEqualTo("events[0].pased"));
    }
}
