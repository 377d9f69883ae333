package io.consortia.facade.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.facade.Consortia;
import io.consortia.facade.Decision;
import io.consortia.facade.Hosts;
import io.consortia.facade.Settings;
import io.consortia.io.canonical.Canonical;
import io.consortia.io.input.TreeFile;
import io.consortia.io.json.Json;
import io.consortia.io.json.ProfileJson;
import io.consortia.kernel.profile.Profile;
import io.consortia.survey.Generator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form of a profile over generated profiles (the survey's generator): it reads back
 * as a profile that decides alike, it is a fixed point, and its digest does not depend on how the
 * profile was written (key order, whitespace). A failure prints the generator's seed.
 */
class CanonicalProfileProperties {

    private static final Consortia C = Hosts.CONSORTIA;

    @Test
    void theCanonicalFormReadsBackAsAProfileThatDecidesAlike() {
        qt().withExamples(150).forAll(longs().between(0, 1_000_000)).checkAssert(seed -> {
            Profile p = Generator.forCatalog(C.catalog(), seed).profile(seed % 97);
            String canonical = Canonical.text(ProfileJson.of(p));
            Profile back = C.readProfile(canonical, "seed " + seed, TreeFile.Format.JSON).orElseThrow();
            assertThat(Canonical.text(ProfileJson.of(back))).as("seed %d", seed).isEqualTo(canonical);
            assertThat(decided(back)).as("seed %d", seed).isEqualTo(decided(p));
        });
    }

    @Test
    void theDigestDoesNotDependOnKeyOrderOrWhitespace() {
        qt().withExamples(100).forAll(longs().between(0, 1_000_000)).checkAssert(seed -> {
            Profile p = Generator.forCatalog(C.catalog(), seed).profile(seed % 89);
            String reordered = Json.pretty(reversed(ProfileJson.of(p)));
            Profile back = C.readProfile(reordered, "seed " + seed, TreeFile.Format.JSON).orElseThrow();
            assertThat(Canonical.digest(ProfileJson.of(back))).as("seed %d", seed).isEqualTo(Canonical.digest(ProfileJson.of(p)));
        });
    }

    private static List<String> decided(Profile p) {
        List<String> out = new ArrayList<>();
        for (Decision d : C.assess(p, Settings.defaults()).get()) {
            out.add(d.jurisdiction() + " " + d.assessment().verdict() + " "
                    + d.assessment().findings().stream().map(f -> f.rule().id() + "=" + f.outcome()).toList());
        }
        return out;
    }

    /** The same JSON with every object's keys in reverse order. */
    private static JsonNode reversed(JsonNode n) {
        if (n.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            ObjectNode o = Json.object();
            for (int i = fields.size() - 1; i >= 0; i--) {
                o.set(fields.get(i).getKey(), reversed(fields.get(i).getValue()));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = Json.MAPPER.createArrayNode();
            n.forEach(x -> a.add(reversed(x)));
            return a;
        }
        return n;
    }
}
