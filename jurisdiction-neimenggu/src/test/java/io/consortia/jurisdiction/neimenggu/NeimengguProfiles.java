package io.consortia.jurisdiction.neimenggu;

import static io.consortia.kernel.testkit.Fixtures.academic;
import static io.consortia.kernel.testkit.Fixtures.enterprise;
import static io.consortia.kernel.testkit.Fixtures.platform;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.testkit.Fixtures;
import java.time.LocalDate;

/** Hand-checked Inner Mongolia profiles. */
final class NeimengguProfiles {

    private NeimengguProfiles() {}

    /** The lead's unified social credit code (a valid GB 32100 code registered in Baotou, 150203). */
    static final CreditCode LEAD_CODE = CreditCode.of("91150203MA0N2K7X38");

    static final String NAME = "内蒙古自治区稀土新材料产业链创新联合体";

    /**
     * Eligible on 2025-06-01 under default readings (and under every alternative):
     * <ul>
     *   <li>10 member units, lead included (N7 exactly at its bound);</li>
     *   <li>the lead m1 is an enterprise registered in Baotou (150203), an independent legal
     *       person (N1), attested industry leader (N2) and able to gather the chain's innovation
     *       resources (N12), with a full-time R&D team and a provincial (自治区级) engineering
     *       research centre;</li>
     *   <li>the lead's R&D: 2022 60,000,000 of 1,800,000,000 (3.33%), 2023 70,000,000 of
     *       2,000,000,000 (3.5%), 2024 80,000,000 of 2,200,000,000 (3.63%); sums 210,000,000 of
     *       6,000,000,000 (3.5%); 2024 is below 100,000,000, so the share alone carries N5;</li>
     *   <li>registered or stationed in Inner Mongolia: m1, m2, m3, m5 (stationed in 150105), m7,
     *       m10 = 6 of 10 (N8);</li>
     *   <li>enterprises m1–m6 = 6 of 10 (N9); upstream m2, m6, midstream m1, m4, downstream m3, m5
     *       (N10);</li>
     *   <li>every governance item in place (N11);</li>
     *   <li>every member other than the lead attested R&D supporting capability and a basis for
     *       cooperation (N13); the lead states neither, which N13 does not ask of it.</li>
     * </ul>
     */
    static Profile eligible() {
        return Fixtures.profile(NAME, "m1")
                .field("稀土新材料")
                .appliedOn(LocalDate.of(2025, 6, 1))
                .governance(Fixtures.fullGovernance())
                .addMembers(enterprise("m1", "150203")
                        .name("包头北辰稀土功能材料股份有限公司")
                        .creditCode(LEAD_CODE)
                        .chainPosition(ChainPosition.MIDSTREAM)
                        .putTraits(Trait.FULL_TIME_RD_TEAM, true)
                        .putTraits(Trait.INDEPENDENT_LEGAL_PERSON, true)
                        .addPlatforms(platform(PlatformLevel.PROVINCIAL, PlatformType.ENGINEERING_RESEARCH_CENTER))
                        .putAttested(Attestation.INDUSTRY_LEADER, true)
                        .putAttested(Attestation.ORGANISING_ABILITY, true)
                        .putFinances(2022, FiscalYear.of(2022, 1_800_000_000L, 60_000_000L))
                        .putFinances(2023, FiscalYear.of(2023, 2_000_000_000L, 70_000_000L))
                        .putFinances(2024, FiscalYear.of(2024, 2_200_000_000L, 80_000_000L))
                        .build())
                .addMembers(capable(enterprise("m2", "150207").chainPosition(ChainPosition.UPSTREAM)))
                .addMembers(capable(enterprise("m3", "150602").chainPosition(ChainPosition.DOWNSTREAM)))
                .addMembers(capable(enterprise("m4", "320505").chainPosition(ChainPosition.MIDSTREAM)))
                .addMembers(capable(enterprise("m5", "110108").chainPosition(ChainPosition.DOWNSTREAM)
                        .addStationedIn(DivisionCode.of("150105"))))
                .addMembers(capable(enterprise("m6", "440305").chainPosition(ChainPosition.UPSTREAM)))
                .addMembers(capable(ImmutableMember.builder().from(academic("m7", UnitKind.UNIVERSITY, "150105"))))
                .addMembers(capable(ImmutableMember.builder().from(academic("m8", UnitKind.RESEARCH_INSTITUTE, "110108"))))
                .addMembers(capable(ImmutableMember.builder().from(academic("m9", UnitKind.UNIVERSITY, "310110"))))
                .addMembers(capable(Fixtures.member("m10", UnitKind.SERVICE_ORGANIZATION, "150102")))
                .build();
    }

    /** A member attested what N13 asks of every member but the lead. */
    static Member capable(ImmutableMember.Builder b) {
        return b.putAttested(Attestation.RD_SUPPORT_CAPABILITY, true).putAttested(Attestation.COOPERATION_BASIS, true).build();
    }
}
