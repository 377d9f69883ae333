package io.consortia.jurisdiction.neimenggu;

import static io.consortia.kernel.testkit.Fixtures.academic;
import static io.consortia.kernel.testkit.Fixtures.enterprise;
import static io.consortia.kernel.testkit.Fixtures.platform;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FiscalYear;
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
     * Eligible on 2025-06-01 under default readings (and under both alternatives):
     * <ul>
     *   <li>10 member units, lead included (N7 exactly at its bound);</li>
     *   <li>the lead m1 is an enterprise registered in Baotou (150203), attested industry leader,
     *       with a full-time R&D team and a provincial (自治区级) engineering research centre;</li>
     *   <li>the lead's R&D: 2022 60,000,000 of 1,800,000,000 (3.33%), 2023 70,000,000 of
     *       2,000,000,000 (3.5%), 2024 80,000,000 of 2,200,000,000 (3.63%); sums 210,000,000 of
     *       6,000,000,000 (3.5%); 2024 is below 100,000,000, so the share alone carries N5;</li>
     *   <li>registered or stationed in Inner Mongolia: m1, m2, m3, m5 (stationed in 150105), m7,
     *       m10 = 6 of 10 (N8);</li>
     *   <li>enterprises m1–m6 = 6 of 10 (N9); upstream m2, m6, midstream m1, m4, downstream m3, m5
     *       (N10);</li>
     *   <li>every governance item in place (N11).</li>
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
                        .addPlatforms(platform(PlatformLevel.PROVINCIAL, PlatformType.ENGINEERING_RESEARCH_CENTER))
                        .putAttested(Attestation.INDUSTRY_LEADER, true)
                        .putFinances(2022, FiscalYear.of(2022, 1_800_000_000L, 60_000_000L))
                        .putFinances(2023, FiscalYear.of(2023, 2_000_000_000L, 70_000_000L))
                        .putFinances(2024, FiscalYear.of(2024, 2_200_000_000L, 80_000_000L))
                        .build())
                .addMembers(enterprise("m2", "150207").chainPosition(ChainPosition.UPSTREAM).build())
                .addMembers(enterprise("m3", "150602").chainPosition(ChainPosition.DOWNSTREAM).build())
                .addMembers(enterprise("m4", "320505").chainPosition(ChainPosition.MIDSTREAM).build())
                .addMembers(enterprise("m5", "110108").chainPosition(ChainPosition.DOWNSTREAM)
                        .addStationedIn(DivisionCode.of("150105")).build())
                .addMembers(enterprise("m6", "440305").chainPosition(ChainPosition.UPSTREAM).build())
                .addMembers(academic("m7", UnitKind.UNIVERSITY, "150105"))
                .addMembers(academic("m8", UnitKind.RESEARCH_INSTITUTE, "110108"))
                .addMembers(academic("m9", UnitKind.UNIVERSITY, "310110"))
                .addMembers(Fixtures.member("m10", UnitKind.SERVICE_ORGANIZATION, "150102").build())
                .build();
    }
}
