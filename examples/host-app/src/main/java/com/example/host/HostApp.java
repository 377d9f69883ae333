package com.example.host;

import io.consortia.facade.Consortia;
import io.consortia.facade.Decision;
import io.consortia.facade.Settings;
import io.consortia.facade.record.DecisionRecord;
import io.consortia.facade.record.Replay;
import io.consortia.io.input.InputProblem;
import io.consortia.io.input.Parsed;
import io.consortia.io.input.TreeFile;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.UnitKind;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * A tiny host of the consortia kernel: it discovers the installed policies, assesses a profile
 * built in Java and one read from YAML, keeps a decision record and replays it, and shows bad
 * input as a value naming its place.
 */
public final class HostApp {

    /** A profile as a host might receive it: YAML text (a file, a form, a message). */
    static final String YAML = """
            name: 苏州市示例创新联合体
            appliedOn: 2025-06-01
            lead: m1
            members:
              - {id: m1, name: 苏州示例科技股份有限公司, kind: ENTERPRISE, registeredIn: "320571", listed: true}
              - {id: m2, name: 苏州大学, kind: UNIVERSITY, registeredIn: "320508"}
            """;

    private HostApp() {}

    public static void main(String[] args) {
        System.exit(run(System.out));
    }

    /** Runs the example, printing to {@code out}; returns the exit status. */
    static int run(PrintStream out) {
        // 1. Discover the installed jurisdictions once; the facade is immutable: share it freely.
        Consortia consortia = Consortia.discover().getOrElseThrow(errors -> new IllegalStateException(String.join("; ", errors)));
        out.println("installed: " + String.join(", ", consortia.catalog().ids()));

        // 2. A profile built from Java values.
        Profile built = ImmutableProfile.builder().name("青岛市示例创新联合体").leadId("m1").appliedOn(LocalDate.of(2025, 6, 1))
                .addMembers(ImmutableMember.builder().id("m1").name("青岛示例海洋科技有限公司").kind(UnitKind.ENTERPRISE)
                        .registeredIn(DivisionCode.of("370211")).build())
                .build();
        print(out, consortia.assess(built, Settings.defaults().withJurisdictions("qingdao")).get());

        // 3. A profile read from YAML, assessed under a switched reading and a parameter override.
        Profile read = consortia.readProfile(YAML, "example.yaml", TreeFile.Format.YAML).orElseThrow();
        Settings settings = Settings.defaults().withJurisdictions("suzhou").withReading("R1", "no").withOverride("suzhou.S1.minimum", "2");
        List<Decision> decisions = consortia.assess(read, settings).get();
        print(out, decisions);

        // 4. Keep the decision for audit, and replay it under the rules of the day.
        DecisionRecord record = consortia.record(decisions.get(0)).get();
        out.println("record " + record.id() + " " + record.jurisdiction() + " " + record.verdict() + " profile " + record.profileDigest());
        Replay replay = consortia.replay(DecisionRecord.parse(record.text(), "stored record").get()).get();
        out.println("replay: " + (replay.sameResult() ? "same result" : "changed") + (replay.identical() ? ", identical record" : ""));

        // 5. Bad input is a value that names its place, never an exception.
        Parsed<Profile> bad = consortia.readProfile(YAML.replace("kind: UNIVERSITY", "kind: COLLEGE"), "example.yaml", TreeFile.Format.YAML);
        bad.value().peekLeft(problems -> problems.stream().map(InputProblem::toString).forEach(p -> out.println("bad input: " + p)));
        return bad.ok() ? 1 : 0;
    }

    private static void print(PrintStream out, List<Decision> decisions) {
        for (Decision d : decisions) {
            long failing = d.assessment().findings().stream().filter(f -> f.outcome().name().equals("FAIL")).count();
            out.println(d.jurisdiction() + " " + d.assessment().verdict() + " as of " + d.asOf() + " (" + failing + " failing)");
        }
    }
}
