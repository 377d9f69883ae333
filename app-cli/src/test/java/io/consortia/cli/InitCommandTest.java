package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.io.input.TreeFile;
import io.consortia.cli.schema.Schemas.Kind;
import io.consortia.cli.template.FieldUsage;
import io.consortia.kernel.input.Problem;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.rule.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code consortia init [ID]}: a commented template that is itself a profile. */
class InitCommandTest {

    private static final List<String> JURISDICTIONS = List.of("yongchuan", "suzhou", "neimenggu", "jiyuan", "qingdao");

    private static ReadResult<Profile> read(String yaml) {
        return ProfileReader.read(TreeFile.parse(yaml, "template.yaml", TreeFile.Format.YAML, io.consortia.io.input.InputLimits.DEFAULT).tree());
    }

    private static List<String> messages(io.vavr.collection.Seq<Problem> problems) {
        return problems.map(p -> p.path() + ": " + p.message()).toJavaList();
    }

    /** Each jurisdiction's template is a valid profile as written: no errors, no warnings, valid against the schema. */
    @TestFactory
    Stream<DynamicTest> eachJurisdictionsTemplateIsAValidProfileAsWritten() {
        return JURISDICTIONS.stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            Cli.Result r = Cli.run("init", id);
            assertThat(r.status()).as(r.err()).isZero();
            ReadResult<Profile> read = read(r.out());
            assertThat(read.result().isValid()).as(() -> String.valueOf(read.result().getError())).isTrue();
            assertThat(messages(read.warnings())).isEmpty();
            assertThat(Formats.problems(Kind.profile, Formats.yaml(r.out()))).isEmpty();
            Profile p = read.result().get();
            assertThat(p.lead().registeredIn().toString()).isEqualTo(FieldUsage.divisionOf(jurisdiction(id).identity().region()));
            assertThat(p.governance()).as("facts are left unknown").isEmpty();
            assertThat(p.lead().traits()).isEmpty();
            assertThat(p.lead().attested()).isEmpty();
            // As written, it is assessed without error in its own jurisdiction (mostly UNKNOWN).
            assertThat(Cli.run("assess", "-j", id, Formats.write(r.out())).status()).isZero();
        }));
    }

    @Test
    void theGenericTemplateIsAValidProfileOnceRegisteredInIsFilledIn() {
        Cli.Result r = Cli.run("init");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("registeredIn:").contains("suzhou.S5").contains("qingdao.Q1");
        ReadResult<Profile> asWritten = read(r.out());
        assertThat(messages(asWritten.result().getError())).containsExactly("members[0].registeredIn: required field is missing");
        String filled = r.out().replaceFirst("registeredIn:( +)#", "registeredIn: \"110105\"$1#");
        ReadResult<Profile> read = read(filled);
        assertThat(read.result().isValid()).isTrue();
        assertThat(messages(read.warnings())).isEmpty();
        assertThat(Formats.problems(Kind.profile, Formats.yaml(filled))).isEmpty();
    }

    @Test
    void everyFactTheReaderKnowsIsListedWithTheRulesThatReadIt() {
        String suzhou = Cli.run("init", "suzhou").out();
        assertThat(suzhou)
                .contains("Consortium profile for 苏州市 Suzhou")
                .contains("registeredIn: \"320500\"")
                .containsPattern("field: +# .*电子信息、装备制造、生物医药、先进材料.*rules: S11\n")
                .containsPattern("  formationAgreement: +# 组建协议（章程） .*rules: S3\n")
                .containsPattern("    equityFund: +# 股权投资基金 .*rules: S7\n")
                .containsPattern("    platforms: \\[] +# .*rules: S6\n")
                .containsPattern("      qualifiedTeam: +# .*rules: S9\n")
                .containsPattern("    fullTimeRdTeam: +# .*rules: none\n");
        String neimenggu = Cli.run("init", "neimenggu").out();
        assertThat(neimenggu)
                .containsPattern("    finances: \\[] +# .*rules: N5\n")
                .containsPattern("    stationedIn: \\[] +# .*rules: N8\n")
                .containsPattern("    chainPosition: +# .*rules: N10\n");
    }

    /** What the probes find agrees with what the real assessment says about facts left out. */
    @Test
    void theRulesThatReadAFactAreTheOnesThatCannotDecideWithoutIt() {
        Jurisdiction suzhou = jurisdiction("suzhou");
        FieldUsage usage = FieldUsage.of(List.of(suzhou), LocalDate.of(2025, 6, 1));
        assertThat(usage.rules("governance.formationAgreement")).extracting(RuleId::catalogId).containsExactly("S3");
        assertThat(usage.rules("members.equityFund")).extracting(RuleId::catalogId).containsExactly("S7");
        assertThat(usage.rules("governance.fundingRules")).isEmpty();
        String without = Cli.run("assess", "-j", "suzhou", "--format", "json", "examples/suzhou-eligible.yaml").out();
        assertThat(without).contains("\"rule\":\"suzhou.S3\",\"strength\":\"MANDATORY\",\"outcome\":\"PASS\"");
        String dropped;
        try {
            dropped = Files.readString(Path.of("examples/suzhou-eligible.yaml")).replace("  formationAgreement: true\n", "")
                    .replace("    equityFund: true\n", "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String after = Cli.run("assess", "-j", "suzhou", "--format", "json", Formats.write(dropped)).out();
        assertThat(after).contains("\"rule\":\"suzhou.S3\",\"strength\":\"MANDATORY\",\"outcome\":\"UNKNOWN\"")
                .contains("\"rule\":\"suzhou.S7\",\"strength\":\"MANDATORY\",\"outcome\":\"UNKNOWN\"");
    }

    @Test
    void anUnknownJurisdictionIsBadUsage() {
        Cli.Result r = Cli.run("init", "shanghai");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("shanghai: unknown jurisdiction");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void outputWritesTheFileAndKeepsAnExistingOneUnlessForced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("profile.yaml");
        Cli.Result first = Cli.run("init", "qingdao", "--output", file.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Cli.run("init", "qingdao").out());

        Files.writeString(file, "mine\n");
        Cli.Result again = Cli.run("init", "qingdao", "--output", file.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains(file + ": already exists; use --force to overwrite it");
        assertThat(Files.readString(file)).isEqualTo("mine\n");

        Cli.Result forced = Cli.run("init", "qingdao", "--output", file.toString(), "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Consortium profile for 青岛市");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no temporary file is left behind").containsExactly(file);
        }
    }

    @Test
    void outputIntoAMissingDirectoryIsBadUsage(@TempDir Path dir) {
        Path file = dir.resolve("no/such/dir/profile.yaml");
        Cli.Result r = Cli.run("init", "--output", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no such directory");
        assertThat(Files.exists(file)).isFalse();
    }

    private static Jurisdiction jurisdiction(String id) {
        ConsortiaCommand top = new ConsortiaCommand(null, null, null, Cli.CLOCK);
        return top.catalog().get(id).orElseThrow();
    }
}
