package io.consortia.jurisdiction.suzhou;

import static io.consortia.kernel.testkit.Fixtures.academic;
import static io.consortia.kernel.testkit.Fixtures.enterprise;
import static io.consortia.kernel.testkit.Fixtures.platform;

import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.testkit.Fixtures;
import java.time.LocalDate;

/** Hand-checked Suzhou profiles. */
final class SuzhouProfiles {

    private SuzhouProfiles() {}

    /**
     * Eligible: 8 member units (lead included), a Suzhou-registered independent-legal-person lead
     * with a provincial engineering technology research centre, an equity fund and every
     * attestation; two qualified academic members; council, expert committee, secretariat, chief
     * expert, charter and management body.
     */
    static Profile eligible() {
        return Fixtures.profile("苏州市第三代半导体创新联合体", "m1")
                .field("电子信息")
                .appliedOn(LocalDate.of(2025, 6, 1))
                .governance(Fixtures.fullGovernance())
                .addMembers(enterprise("m1", "320505")
                        .putTraits(Trait.INDEPENDENT_LEGAL_PERSON, true)
                        .putTraits(Trait.EQUITY_FUND, true)
                        .putTraits(Trait.LISTED, true)
                        .addPlatforms(platform(PlatformLevel.PROVINCIAL, PlatformType.ENGINEERING_TECHNOLOGY_RESEARCH_CENTER))
                        .putAttested(Attestation.INDUSTRY_LEADER, true)
                        .putAttested(Attestation.INSTITUTION_COOPERATION, true)
                        .putAttested(Attestation.STRONG_RD, true)
                        .putAttested(Attestation.ORGANISING_ABILITY, true)
                        .build())
                .addMembers(academic("m2", UnitKind.UNIVERSITY, "320506"))
                .addMembers(academic("m3", UnitKind.RESEARCH_INSTITUTE, "110108"))
                .addMembers(enterprise("m4", "320583").build())
                .addMembers(enterprise("m5", "320505").build())
                .addMembers(enterprise("m6", "310115").build())
                .addMembers(Fixtures.member("m7", UnitKind.SERVICE_ORGANIZATION, "320505").build())
                .addMembers(Fixtures.member("m8", UnitKind.FINANCIAL_INSTITUTION, "320505").build())
                .build();
    }

    static Profile withoutGovernance(GovernanceItem item) {
        return Fixtures.governance(eligible(), item, false);
    }
}
