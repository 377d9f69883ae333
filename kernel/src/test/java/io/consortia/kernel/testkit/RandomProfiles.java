package io.consortia.kernel.testkit;

import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.lifecycle.CoreState;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.consortia.kernel.registry.RegisteredConsortium;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.sanction.Sanction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random but valid profiles and registries for property tests, driven by a seed so that a
 * failure can be replayed. Facts are absent (unknown) often enough to exercise three-valued logic.
 */
public final class RandomProfiles {

    /** Division codes in and around the five jurisdictions. */
    public static final List<String> DIVISIONS = List.of(
            "500118", "500101", "320505", "320583", "150102", "150203", "419001", "410101",
            "370212", "370281", "110108", "440305");

    public static final List<String> FIELDS = List.of(
            "电子信息", "装备制造", "生物医药", "先进材料", "新材料", "有色金属", "氢能与储能", "稀土新材料", "海洋装备");

    private RandomProfiles() {}

    /** A valid random credit code. */
    public static CreditCode creditCode(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            if (i >= 2 && i <= 7) {
                b.append((char) ('0' + r.nextInt(10)));
            } else {
                b.append(CreditCode.ALPHABET.charAt(r.nextInt(CreditCode.ALPHABET.length())));
            }
        }
        b.append(CreditCode.checkCharacter(b.toString()));
        return CreditCode.of(b.toString());
    }

    /** A random profile whose members lean toward the home division. */
    public static Profile profile(Random r, String homeDivision, int referenceYear) {
        int n = 1 + r.nextInt(14);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(member(r, "m" + (i + 1), i == 0, homeDivision, referenceYear));
        }
        ImmutableProfile.Builder b = ImmutableProfile.builder()
                .name("随机联合体" + r.nextInt(1000))
                .leadId("m1")
                .members(members)
                .appliedOn(LocalDate.of(referenceYear, 6, 1));
        if (r.nextInt(5) > 0) {
            b.field(FIELDS.get(r.nextInt(FIELDS.size())));
        }
        for (GovernanceItem g : GovernanceItem.values()) {
            if (r.nextInt(4) > 0) {
                b.putGovernance(g, r.nextInt(5) > 0);
            }
        }
        return b.build();
    }

    public static Member member(Random r, String id, boolean lead, String homeDivision, int referenceYear) {
        UnitKind kind = lead
                ? (r.nextInt(8) > 0 ? UnitKind.ENTERPRISE : UnitKind.values()[r.nextInt(UnitKind.values().length)])
                : (r.nextBoolean() ? UnitKind.ENTERPRISE : UnitKind.values()[r.nextInt(UnitKind.values().length)]);
        String registered = r.nextInt(10) < 7 ? homeDivision : DIVISIONS.get(r.nextInt(DIVISIONS.size()));
        ImmutableMember.Builder b = ImmutableMember.builder()
                .id(id)
                .name("单位" + id + "-" + r.nextInt(100000))
                .kind(kind)
                .registeredIn(DivisionCode.of(registered));
        if (r.nextBoolean()) {
            b.creditCode(creditCode(r));
        }
        if (r.nextInt(5) == 0) {
            b.addStationedIn(DivisionCode.of(DIVISIONS.get(r.nextInt(DIVISIONS.size()))));
        }
        if (r.nextInt(4) > 0) {
            b.chainPosition(ChainPosition.values()[r.nextInt(ChainPosition.values().length)]);
        }
        for (Trait t : Trait.values()) {
            if (r.nextInt(10) >= 3) {
                b.putTraits(t, r.nextInt(10) < 7);
            }
        }
        if (r.nextInt(10) >= 3) {
            b.ongoingRdProjects(r.nextInt(6));
        }
        int platforms = r.nextInt(4);
        for (int i = 0; i < platforms; i++) {
            b.addPlatforms(new Platform("平台" + i, PlatformLevel.values()[r.nextInt(PlatformLevel.values().length)],
                    r.nextInt(8) == 0 ? java.util.Optional.empty()
                            : java.util.Optional.of(PlatformType.values()[r.nextInt(PlatformType.values().length)])));
        }
        for (int y = referenceYear - 4; y < referenceYear; y++) {
            if (r.nextInt(10) < 8) {
                b.putFinances(y, fiscalYear(r, y));
            }
        }
        for (Attestation a : Attestation.values()) {
            if (r.nextInt(10) >= 3) {
                b.putAttested(a, r.nextInt(4) > 0);
            }
        }
        return b.build();
    }

    /** A fiscal year with random figures; sometimes one figure is unknown. */
    public static FiscalYear fiscalYear(Random r, int year) {
        long revenue = 10_000_000L + (long) (r.nextDouble() * 3_000_000_000L);
        long rd = (long) (revenue * r.nextDouble() * 0.08);
        Optional<BigDecimal> rev = r.nextInt(10) == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(revenue));
        Optional<BigDecimal> rdx = r.nextInt(10) == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(rd));
        return new FiscalYear(year, rev, rdx);
    }

    /** A random registry naming the profile's lead now and then, in the jurisdiction or elsewhere. */
    public static Registry registry(Random r, Profile profile, String jurisdiction, LocalDate asOf) {
        Member lead = profile.lead();
        List<RegisteredConsortium> consortia = new ArrayList<>();
        List<Sanction> sanctions = new ArrayList<>();
        int k = r.nextInt(3);
        for (int i = 0; i < k; i++) {
            boolean ours = r.nextBoolean();
            consortia.add(new RegisteredConsortium("登记联合体" + i, r.nextBoolean() ? jurisdiction : "elsewhere",
                    ours ? lead.creditCode() : Optional.of(creditCode(r)),
                    ours ? Optional.of(lead.name()) : Optional.empty(),
                    CoreState.values()[r.nextInt(CoreState.values().length)]));
        }
        if (r.nextBoolean()) {
            boolean ours = r.nextBoolean();
            sanctions.add(new Sanction(ours ? lead.creditCode() : Optional.of(creditCode(r)),
                    ours ? Optional.of(lead.name()) : Optional.empty(),
                    r.nextBoolean() ? jurisdiction : "elsewhere",
                    asOf.minusDays(r.nextInt(2000)), 1 + r.nextInt(3), "LEAD_DEFAULTED"));
        }
        return new Registry(consortia, sanctions);
    }
}
