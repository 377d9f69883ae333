package io.consortia.benchmarks;

import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FactBits;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The formation rules of the five policies (policy-catalog.md v2, default readings, no registry)
 * written by hand as plain Java: one pass over the members gathering every count, then each rule
 * one three-valued expression, and nothing allocated but the array of five verdicts it returns.
 * No findings, no evidence, no text: the fastest honest answer, the yardstick of the kernel
 * ({@link BaselineBenchmark}); {@link Agreement} checks it gives the kernel's verdicts.
 *
 * <p>Outcomes are ints: {@link #F} 0, {@link #U} 1, {@link #P} 2; Kleene's and is the minimum,
 * or the maximum. The verdicts come in the catalog's order: jiyuan, neimenggu, qingdao, suzhou,
 * yongchuan.
 */
final class Baseline {

    static final int F = 0;
    static final int U = 1;
    static final int P = 2;

    private static final Verdict[] VERDICTS = {Verdict.INELIGIBLE, Verdict.UNDETERMINED, Verdict.ELIGIBLE_WITH_DEVIATIONS, Verdict.ELIGIBLE};

    // Regions as {prefix number, divisor}.
    private static final int YONGCHUAN = 500118;
    private static final int SUZHOU = 3205;
    private static final int NEIMENGGU = 15;
    private static final int JIYUAN = 419001;
    private static final int QINGDAO = 3702;

    private static final long ENTERPRISE = FactBits.of(UnitKind.ENTERPRISE);
    private static final long ACADEMIC = FactBits.of(UnitKind.UNIVERSITY) | FactBits.of(UnitKind.RESEARCH_INSTITUTE);
    private static final long SERVICE = FactBits.of(UnitKind.SERVICE_ORGANIZATION) | FactBits.of(UnitKind.FINANCIAL_INSTITUTION);
    private static final long UP = FactBits.of(ChainPosition.UPSTREAM);
    private static final long MID = FactBits.of(ChainPosition.MIDSTREAM);
    private static final long DOWN = FactBits.of(ChainPosition.DOWNSTREAM);
    private static final long IN_CHAIN = UP | MID | DOWN;

    private static final long ILP = FactBits.of(Trait.INDEPENDENT_LEGAL_PERSON);
    private static final long SOE_BRANCH = FactBits.of(Trait.CENTRAL_SOE_BRANCH);
    private static final long ABOVE_SIZE = FactBits.of(Trait.ABOVE_DESIGNATED_SIZE);
    private static final long RD_TEAM = FactBits.of(Trait.FULL_TIME_RD_TEAM);
    private static final long FUND = FactBits.of(Trait.EQUITY_FUND);
    private static final long LEADER = FactBits.of(Attestation.INDUSTRY_LEADER);
    private static final long LEADING_TECH = FactBits.of(Attestation.LEADING_TECHNOLOGY);
    private static final long INSTITUTIONS = FactBits.of(Attestation.INSTITUTION_COOPERATION);
    private static final long STRONG_RD = FactBits.of(Attestation.STRONG_RD);
    private static final long ORGANISING = FactBits.of(Attestation.ORGANISING_ABILITY);
    private static final long COMMERCIAL = FactBits.of(Attestation.COMMERCIALISATION);
    private static final long TEAM = FactBits.of(Attestation.QUALIFIED_TEAM);
    private static final long FIELD_ADV = FactBits.of(Attestation.FIELD_ADVANTAGE);
    private static final long COOPERATION = FactBits.of(Attestation.COOPERATION_BASIS);
    private static final long RD_SUPPORT = FactBits.of(Attestation.RD_SUPPORT_CAPABILITY);
    private static final long BACKBONE = FactBits.of(Attestation.BACKBONE);
    private static final long SERVICE_CAP = FactBits.of(Attestation.SERVICE_CAPABILITY);

    private static final BigDecimal AMOUNT = BigDecimal.valueOf(100_000_000L);

    private Baseline() {}

    /** One fact: PASS, FAIL or UNKNOWN from the member's vectors. */
    private static int fact(long known, long value, long bit) {
        return (known & bit) == 0 ? U : (value & bit) != 0 ? P : F;
    }

    /** All of the facts. */
    private static int facts(long known, long value, long bits) {
        if ((value & bits) == bits) {
            return P;
        }
        return (known & ~value & bits) != 0 ? F : U;
    }

    private static int gov(Profile p, GovernanceItem item) {
        return fact(p.governanceKnown(), p.governanceValue(), FactBits.of(item));
    }

    private static int govAll(long known, long value, long bits) {
        return facts(known, value, bits);
    }

    /** "A, or B which implies A". */
    private static int implied(int a, int b) {
        return a == P || b == P ? P : a == F ? F : U;
    }

    private static int atLeast(int q, int u, int bound) {
        return q >= bound ? P : q + u < bound ? F : U;
    }

    private static int shareAtLeast(int q, int u, int total, int num, int den) {
        if (total == 0) {
            return F;
        }
        if ((long) q * den >= (long) num * total) {
            return P;
        }
        return (long) (q + u) * den >= (long) num * total ? U : F;
    }

    /**
     * The verdict from the worst outcome of the mandatory rules and the set of outcomes of the
     * presumptive ones (bit {@code 1 << outcome}): an unknown presumptive rule makes it
     * UNDETERMINED even when another one fails.
     */
    private static Verdict verdict(int mandatory, int presumptive) {
        if (mandatory == F) {
            return VERDICTS[0];
        }
        if (mandatory == U || (presumptive & (1 << U)) != 0) {
            return VERDICTS[1];
        }
        return (presumptive & (1 << F)) != 0 ? VERDICTS[2] : VERDICTS[3];
    }

    private static boolean within(int code, int prefix) {
        int divisor = prefix >= 100_000 ? 1 : prefix >= 1000 ? 100 : 10_000;
        return code / divisor == prefix;
    }

    private static boolean presentIn(Member m, int prefix) {
        if (within(m.registeredNumber(), prefix)) {
            return true;
        }
        var stations = m.stationedIn();
        for (int i = 0; i < stations.size(); i++) {
            if (within(Integer.parseInt(stations.get(i).value()), prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The five verdicts: jiyuan, neimenggu, qingdao, suzhou, yongchuan. */
    static Verdict[] assess(Profile p, int referenceYear) {
        List<Member> members = p.members();
        int n = members.size();
        int leadIndex = p.leadIndex();
        // One pass: every per-member outcome the rules need, folded into counts and "every" minima.
        int everyAcademicTeam = P;          // S9, J10, Q8
        int everyAcademicFieldAdv = P;      // Y8
        int everyOtherEnterpriseBackbone = P; // Y10
        int everyOtherCooperation = P;      // S13, J15, Q11
        int everyOtherEnterpriseRdChain = P; // S14, J16 (R4 any)
        int everyOtherRdCoop = P;           // N13
        int everyMemberIlp = P;             // J13
        int everyServiceCapability = P;     // J17
        int everyOtherEnterpriseRd = P;     // Q12
        int enterprises = 0;                // N9
        int presentNm = 0;                  // N8
        int aboveSizeEnt = 0;               // J6
        int aboveSizeEntUnknown = 0;
        int chainEnt = 0;                   // J7 (all members)
        int chainEntUnknown = 0;
        int otherChainEnt = 0;              // Q2 (R5 no: others)
        int otherChainEntUnknown = 0;
        int academics = 0;                  // Q3
        boolean up = false;                 // N10
        boolean mid = false;
        boolean down = false;
        int unplacedEnt = 0;
        for (int i = 0; i < n; i++) {
            Member m = members.get(i);
            long k = m.knownBits();
            long v = m.valueBits();
            boolean other = i != leadIndex;
            boolean ent = (v & ENTERPRISE) != 0;
            if ((v & ACADEMIC) != 0) {
                academics++;
                everyAcademicTeam = Math.min(everyAcademicTeam, fact(k, v, TEAM));
                everyAcademicFieldAdv = Math.min(everyAcademicFieldAdv, fact(k, v, FIELD_ADV));
            }
            if ((v & SERVICE) != 0) {
                everyServiceCapability = Math.min(everyServiceCapability, fact(k, v, SERVICE_CAP));
            }
            everyMemberIlp = Math.min(everyMemberIlp, fact(k, v, ILP));
            if (presentIn(m, NEIMENGGU)) {
                presentNm++;
            }
            int chain = (k & IN_CHAIN) == 0 ? U : (v & IN_CHAIN) != 0 ? P : F;
            if (other) {
                everyOtherCooperation = Math.min(everyOtherCooperation, fact(k, v, COOPERATION));
                everyOtherRdCoop = Math.min(everyOtherRdCoop, facts(k, v, RD_SUPPORT | COOPERATION));
            }
            if (ent) {
                enterprises++;
                int aboveSize = fact(k, v, ABOVE_SIZE);
                if (aboveSize == P) {
                    aboveSizeEnt++;
                } else if (aboveSize == U) {
                    aboveSizeEntUnknown++;
                }
                if (chain == P) {
                    chainEnt++;
                } else if (chain == U) {
                    chainEntUnknown++;
                    unplacedEnt++;
                }
                up |= (v & UP) != 0;
                mid |= (v & MID) != 0;
                down |= (v & DOWN) != 0;
                if (other) {
                    everyOtherEnterpriseBackbone = Math.min(everyOtherEnterpriseBackbone, fact(k, v, BACKBONE));
                    int rd = fact(k, v, RD_SUPPORT);
                    everyOtherEnterpriseRd = Math.min(everyOtherEnterpriseRd, rd);
                    everyOtherEnterpriseRdChain = Math.min(everyOtherEnterpriseRdChain, Math.min(rd, chain));
                    if (chain == P) {
                        otherChainEnt++;
                    } else if (chain == U) {
                        otherChainEntUnknown++;
                    }
                }
            }
        }
        Member lead = members.get(leadIndex);
        long lk = lead.knownBits();
        long lv = lead.valueBits();
        boolean leadEnt = (lv & ENTERPRISE) != 0;
        int leadCode = lead.registeredNumber();
        long gk = p.governanceKnown();
        long gv = p.governanceValue();
        // Platforms: S6 (provincial or national, listed types; another type UNKNOWN), N4 (provincial or national), J3 (any).
        int s6 = F;
        boolean provincialPlus = false;
        List<Platform> platforms = lead.platforms();
        for (int i = 0; i < platforms.size(); i++) {
            Platform pf = platforms.get(i);
            if (pf.level() == PlatformLevel.NATIONAL || pf.level() == PlatformLevel.PROVINCIAL) {
                provincialPlus = true;
                if (pf.type().isPresent() && S6_TYPES.contains(pf.type().get())) {
                    s6 = P;
                } else if (s6 == F) {
                    s6 = U;
                }
            }
        }
        boolean anyPlatform = !lead.platforms().isEmpty();

        Verdict[] out = new Verdict[5];
        // 济源 Jiyuan (R1 yes: member units are every member).
        {
            int m = P;
            int pr = 0;
            m = Math.min(m, leadEnt && within(leadCode, JIYUAN) ? fact(lk, lv, ILP) : F);                 // J1
            m = Math.min(m, facts(lk, lv, ABOVE_SIZE | LEADER | LEADING_TECH));                           // J2
            m = Math.min(m, anyPlatform ? fact(lk, lv, INSTITUTIONS) : F);                                  // J3
            int projects = lead.ongoingRdProjectsOrNone();
            m = Math.min(m, projects < 0 ? U : projects >= 2 ? P : F);                                      // J4
            pr |= 1 << (n >= 4 ? P : F);                                                              // J5
            m = Math.min(m, shareAtLeast(aboveSizeEnt, aboveSizeEntUnknown, n, 6, 10));                    // J6
            m = Math.min(m, shareAtLeast(chainEnt, chainEntUnknown, n, 5, 10));                            // J7
            m = Math.min(m, govAll(gk, gv, FactBits.of(GovernanceItem.DECISION_BODY) | FactBits.of(GovernanceItem.CONSULTATION_BODY)
                    | FactBits.of(GovernanceItem.MANAGEMENT_BODY)));                                        // J8
            m = Math.min(m, gov(p, GovernanceItem.FUNDING_RULES));                                          // J9
            m = Math.min(m, everyAcademicTeam);                                                             // J10
            m = Math.min(m, gov(p, GovernanceItem.FORMATION_AGREEMENT));                                    // J11
            m = Math.min(m, everyMemberIlp);                                                                // J13
            m = Math.min(m, fact(lk, lv, ORGANISING));                                                      // J14
            m = Math.min(m, everyOtherCooperation);                                                         // J15
            m = Math.min(m, everyOtherEnterpriseRdChain);                                                   // J16
            m = Math.min(m, everyServiceCapability);                                                        // J17
            out[0] = verdict(m, pr);
        }
        // 内蒙古 Inner Mongolia (the lead always counts).
        {
            int m = P;
            int pr = 0;
            m = Math.min(m, leadEnt && within(leadCode, NEIMENGGU) ? Math.max(fact(lk, lv, ILP), fact(lk, lv, SOE_BRANCH)) : F); // N1
            pr |= 1 << (fact(lk, lv, LEADER));                                                        // N2
            m = Math.min(m, fact(lk, lv, RD_TEAM));                                                         // N3
            pr |= 1 << (provincialPlus ? P : F);                                                      // N4
            m = Math.min(m, rd(lead, referenceYear));                                                       // N5
            pr |= 1 << (n >= 10 ? P : F);                                                             // N7
            m = Math.min(m, shareAtLeast(presentNm, 0, n, 5, 10));                                          // N8
            m = Math.min(m, shareAtLeast(enterprises, 0, n, 5, 10));                                        // N9
            int present = (up ? 1 : 0) + (mid ? 1 : 0) + (down ? 1 : 0);
            m = Math.min(m, present >= 3 ? P : 3 - present > unplacedEnt ? F : U);                          // N10
            m = Math.min(m, govAll(gk, gv, FactBits.of(GovernanceItem.FORMATION_AGREEMENT) | FactBits.of(GovernanceItem.MANAGEMENT_BODY)
                    | FactBits.of(GovernanceItem.EXPERT_COMMITTEE)));                                       // N11
            m = Math.min(m, fact(lk, lv, ORGANISING));                                                      // N12
            m = Math.min(m, everyOtherRdCoop);                                                              // N13
            out[1] = verdict(m, pr);
        }
        // 青岛 Qingdao (R4 any, R5 no).
        {
            int m = P;
            int pr = 0;
            m = Math.min(m, leadEnt && within(leadCode, QINGDAO) ? facts(lk, lv, ILP | LEADING_TECH | LEADER) : F); // Q1
            pr |= 1 << (atLeast(otherChainEnt, otherChainEntUnknown, 3));                            // Q2
            pr |= 1 << (academics >= 2 ? P : F);                                                      // Q3
            m = Math.min(m, gov(p, GovernanceItem.FORMATION_AGREEMENT));                                    // Q4
            m = Math.min(m, gov(p, GovernanceItem.CHIEF_EXPERT));                                           // Q5
            m = Math.min(m, gov(p, GovernanceItem.INTEGRITY_PLEDGE));                                       // Q6
            m = Math.min(m, everyAcademicTeam);                                                             // Q8
            m = Math.min(m, facts(lk, lv, STRONG_RD | ORGANISING));                                         // Q9
            m = Math.min(m, everyOtherCooperation);                                                         // Q11
            m = Math.min(m, everyOtherEnterpriseRd);                                                        // Q12
            m = Math.min(m, gov(p, GovernanceItem.CONSTRUCTION_PLAN));                                      // Q13
            out[2] = verdict(m, pr);
        }
        // 苏州 Suzhou (R1 yes, R7 list).
        {
            int m = P;
            int pr = 0;
            pr |= 1 << (n >= 8 ? P : F);                                                              // S1
            m = Math.min(m, gov(p, GovernanceItem.FORMATION_AGREEMENT));                                    // S3
            pr |= 1 << (gov(p, GovernanceItem.MANAGEMENT_BODY));                                      // S4
            m = Math.min(m, leadEnt && within(leadCode, SUZHOU) ? fact(lk, lv, ILP) : F);                   // S5
            m = Math.min(m, s6);                                                                            // S6
            m = Math.min(m, fact(lk, lv, FUND));                                                            // S7
            m = Math.min(m, facts(lk, lv, LEADER | INSTITUTIONS | STRONG_RD | ORGANISING));                 // S8
            m = Math.min(m, everyAcademicTeam);                                                             // S9
            m = Math.min(m, govAll(gk, gv, FactBits.of(GovernanceItem.COUNCIL) | FactBits.of(GovernanceItem.EXPERT_COMMITTEE)
                    | FactBits.of(GovernanceItem.SECRETARIAT) | FactBits.of(GovernanceItem.CHIEF_EXPERT)));  // S10
            m = Math.min(m, everyOtherCooperation);                                                         // S13
            m = Math.min(m, everyOtherEnterpriseRdChain);                                                   // S14
            pr |= 1 << (gov(p, GovernanceItem.CONSTRUCTION_PLAN));                                    // S15
            out[3] = verdict(m, pr);
        }
        // 永川 Yongchuan (R1 yes).
        {
            int m = P;
            int pr = 0;
            m = Math.min(m, leadEnt && within(leadCode, YONGCHUAN) ? fact(lk, lv, LEADER) : F);             // Y1
            pr |= 1 << (n >= 5 ? P : F);                                                              // Y2
            m = Math.min(m, govAll(gk, gv, FactBits.of(GovernanceItem.COUNCIL) | FactBits.of(GovernanceItem.SECRETARIAT))); // Y4
            int quarterly = gov(p, GovernanceItem.QUARTERLY_EXCHANGE);
            m = Math.min(m, implied(gov(p, GovernanceItem.REGULAR_EXCHANGE), quarterly));                   // Y6.a
            pr |= 1 << (quarterly);                                                                   // Y6.b
            m = Math.min(m, implied(gov(p, GovernanceItem.IP_SYSTEM), gov(p, GovernanceItem.IP_AGREEMENT))); // Y7
            m = Math.min(m, everyAcademicFieldAdv);                                                         // Y8
            m = Math.min(m, facts(lk, lv, STRONG_RD | ORGANISING | COMMERCIAL));                            // Y9
            m = Math.min(m, everyOtherEnterpriseBackbone);                                                  // Y10
            out[4] = verdict(m, pr);
        }
        return out;
    }

    private static final java.util.Set<PlatformType> S6_TYPES = java.util.EnumSet.of(PlatformType.KEY_LAB,
            PlatformType.ACADEMICIAN_WORKSTATION, PlatformType.ENGINEERING_TECHNOLOGY_RESEARCH_CENTER,
            PlatformType.ENGINEERING_RESEARCH_CENTER, PlatformType.TECHNOLOGY_INNOVATION_CENTER, PlatformType.ENTERPRISE_TECHNOLOGY_CENTER);

    /**
     * N5 under R2=sum, R8=last: over the three years before the reference year, Σ R&D ≥ 3% of
     * Σ revenue with Σ revenue > 0, or the last year's R&D ≥ 100,000,000; missing figures any
     * amount ≥ 0. Whole yuan in longs (the figures are integers well below 10^15).
     */
    private static int rd(Member lead, int referenceYear) {
        List<FiscalYear> fin = lead.fiscalYears();
        long rd = 0;
        long rev = 0;
        int rdMissing = 0;
        int revMissing = 0;
        int amount = U;
        int listed = 0;
        for (int i = 0; i < fin.size(); i++) {
            FiscalYear f = fin.get(i);
            int y = f.year();
            if (y < referenceYear - 3 || y > referenceYear - 1) {
                continue;
            }
            listed++;
            if (f.rdExpense().isPresent()) {
                BigDecimal x = f.rdExpense().get();
                rd += x.longValue();
                if (y == referenceYear - 1) {
                    amount = x.compareTo(AMOUNT) >= 0 ? P : F;
                }
            } else {
                rdMissing++;
            }
            if (f.revenue().isPresent()) {
                rev += f.revenue().get().longValue();
            } else {
                revMissing++;
            }
        }
        rdMissing += 3 - listed;
        revMissing += 3 - listed;
        boolean reaches = rd * 100 >= 3 * rev;
        int share;
        if (rev > 0 && revMissing == 0 && reaches) {
            share = P;
        } else {
            boolean revenueCanBePositive = rev > 0 || revMissing > 0;
            share = revenueCanBePositive && (rdMissing > 0 || (rev > 0 ? reaches : rd > 0)) ? U : F;
        }
        return Math.max(share, amount);
    }
}
