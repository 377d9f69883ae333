package io.consortia.kernel.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.input.Problem;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.outcome.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validating factory: every problem with its path; absent means unknown. */
class ProfileReaderTest {

    private static Map<String, Object> member(String id, String kind, String division) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", "单位" + id);
        m.put("kind", kind);
        m.put("registeredIn", division);
        return m;
    }

    private static Map<String, Object> profile(List<Object> members) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "测试联合体");
        p.put("lead", "m1");
        p.put("members", members);
        return p;
    }

    @Test
    void readsAMinimalProfileWithEverythingElseUnknown() {
        ReadResult<Profile> r = ProfileReader.read(profile(List.of(member("m1", "ENTERPRISE", "320505"))));
        assertThat(r.result().isValid()).isTrue();
        Profile p = r.result().get();
        assertThat(p.lead().id()).isEqualTo("m1");
        assertThat(p.has(GovernanceItem.COUNCIL)).isEqualTo(Outcome.UNKNOWN);
        assertThat(p.lead().trait(Trait.LISTED)).isEqualTo(Outcome.UNKNOWN);
        assertThat(p.lead().attests(Attestation.STRONG_RD)).isEqualTo(Outcome.UNKNOWN);
        assertThat(p.lead().platforms()).isEmpty();
        assertThat(p.appliedOn()).isEmpty();
    }

    @Test
    void readsEveryField() {
        Map<String, Object> m1 = member("m1", "ENTERPRISE", "320505");
        m1.put("creditCode", "91320500MA1W4X6L2Q");
        m1.put("stationedIn", List.of("150102"));
        m1.put("chainPosition", "MIDSTREAM");
        m1.put("listed", true);
        m1.put("ongoingRdProjects", 4);
        m1.put("platforms", List.of(Map.of("name", "中心", "level", "PROVINCIAL", "type", "KEY_LAB")));
        m1.put("finances", List.of(Map.of("year", 2024, "revenue", 1200000000L, "rdExpense", new BigDecimal("60000000.5"))));
        m1.put("attested", Map.of("industryLeader", false));
        Map<String, Object> p = profile(List.of(m1));
        p.put("appliedOn", "2025-06-01");
        p.put("field", "电子信息");
        p.put("governance", Map.of("council", true));
        Profile read = ProfileReader.read(p).result().get();
        Member lead = read.lead();
        assertThat(read.appliedOn()).contains(LocalDate.of(2025, 6, 1));
        assertThat(read.has(GovernanceItem.COUNCIL)).isEqualTo(Outcome.PASS);
        assertThat(lead.creditCode().orElseThrow().value()).isEqualTo("91320500MA1W4X6L2Q");
        assertThat(lead.presentIn(io.consortia.kernel.code.Region.of("15", "内蒙古", "Inner Mongolia"))).isTrue();
        assertThat(lead.chainPosition()).contains(ChainPosition.MIDSTREAM);
        assertThat(lead.trait(Trait.LISTED)).isEqualTo(Outcome.PASS);
        assertThat(lead.ongoingRdProjects()).contains(4);
        assertThat(lead.platforms()).singleElement().satisfies(x -> assertThat(x.level()).isEqualTo(PlatformLevel.PROVINCIAL));
        assertThat(lead.fiscalYear(2024).orElseThrow().rdExpense()).contains(new BigDecimal("60000000.5"));
        assertThat(lead.fiscalYear(2023)).isEmpty();
        assertThat(lead.attests(Attestation.INDUSTRY_LEADER)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        Map<String, Object> bad = member("m1", "COLLEGE", "99");
        bad.put("creditCode", "123");
        bad.put("listed", "yes");
        bad.put("ongoingRdProjects", -2);
        List<Object> members = new ArrayList<>();
        members.add(bad);
        members.add(member("m1", "ENTERPRISE", "320505"));
        Map<String, Object> p = profile(members);
        p.put("lead", "m9");
        ReadResult<Profile> r = ProfileReader.read(p);
        assertThat(r.result().isInvalid()).isTrue();
        assertThat(r.result().getError().map(Problem::path).toJavaList()).containsExactlyInAnyOrder(
                "members[0].kind", "members[0].registeredIn", "members[0].creditCode", "members[0].listed",
                "members[0].ongoingRdProjects", "members[1].id", "lead");
    }

    @Test
    void unknownFieldsAreWarnings() {
        Map<String, Object> m1 = member("m1", "ENTERPRISE", "320505");
        m1.put("colour", "blue");
        Map<String, Object> p = profile(List.of(m1));
        p.put("governance", Map.of("councel", true));
        ReadResult<Profile> r = ProfileReader.read(p);
        assertThat(r.result().isValid()).isTrue();
        assertThat(r.warnings().map(Problem::path).toJavaList()).containsExactlyInAnyOrder("members[0].colour", "governance.councel");
    }

    @Test
    void duplicateFiscalYearsAndCreditCodesAreErrors() {
        Map<String, Object> m1 = member("m1", "ENTERPRISE", "320505");
        m1.put("creditCode", "91320500MA1W4X6L2Q");
        m1.put("finances", List.of(Map.of("year", 2024, "revenue", 1), Map.of("year", 2024, "revenue", 2)));
        Map<String, Object> m2 = member("m2", "ENTERPRISE", "320505");
        m2.put("creditCode", "91320500MA1W4X6L2Q");
        ReadResult<Profile> r = ProfileReader.read(profile(List.of(m1, m2)));
        assertThat(r.result().getError().map(Problem::path).toJavaList())
                .containsExactlyInAnyOrder("members[0].finances[1].year", "members[1].creditCode");
    }

    @Test
    void emptyAndNonMappingDocumentsAreErrors() {
        assertThat(ProfileReader.read(null).result().getError().head().message()).contains("empty");
        assertThat(ProfileReader.read(List.of(1)).result().getError().head().message()).contains("expected a mapping");
    }
}
