package io.consortia.io.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 (JCS) against the RFC's own examples, its authors' reference implementation, and its definition of a number's text. */
class CanonicalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** RFC 8785 section 3.2.3's example, input and output as printed there. */
    @Test
    void writesTheRfcsSortingAndSerializationExample() throws Exception {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }
                """;
        String expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assertThat(Canonical.text(JSON.readTree(input))).isEqualTo(expected);
    }

    /** RFC 8785 section 3.2.3: members sorted by UTF-16 code units (the RFC's example of names). */
    @Test
    void sortsMembersByUtf16CodeUnits() throws Exception {
        String input = "{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\", "
                + "\"1\": \"One\", \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\", \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}";
        String out = Canonical.text(JSON.readTree(input));
        assertThat(out).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\","
                + "\"€\":\"Euro Sign\",\"\uD83D\uDE00\":\"Emoji: Grinning Face\",\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    /** RFC 8785 appendix B: IEEE-754 doubles (as hex) and their text. */
    @ParameterizedTest
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"})
    void writesTheRfcsNumberSamples(String hex, String expected) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
        assertThat(Canonical.es6(d)).isEqualTo(expected);
        assertThat(Canonical.text(JsonNodeFactory.instance.numberNode(d))).isEqualTo(expected);
    }

    @Test
    void refusesWhatJsonCannotWrite() {
        assertThatThrownBy(() -> Canonical.es6(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Canonical.es6(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Canonical.text(JsonNodeFactory.instance.textNode("a\uD800b")))
                .isInstanceOf(Canonical.NotCanonical.class).hasMessageContaining("lone surrogate");
    }

    @Test
    void refusesANumberItWouldRoundAndNamesItsPlace() throws Exception {
        JsonNode exact = JSON.readTree("{\"a\":[1, 0.1, 123456789012345.6, 9007199254740992]}");
        assertThat(Canonical.text(JSON.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).readTree(exact.toString())))
                .isEqualTo("{\"a\":[1,0.1,123456789012345.6,9007199254740992]}");
        JsonNode node = JsonNodeFactory.instance.objectNode().set("members", JsonNodeFactory.instance.arrayNode()
                .add(JsonNodeFactory.instance.objectNode().put("revenue", new BigDecimal("123456789012345.678"))));
        assertThatThrownBy(() -> Canonical.text(node)).isInstanceOf(Canonical.NotCanonical.class)
                .hasMessageContaining("/members/0/revenue").hasMessageContaining("123456789012345.678")
                .satisfies(e -> assertThat(((Canonical.NotCanonical) e).pointer()).isEqualTo("/members/0/revenue"));
        assertThatThrownBy(() -> Canonical.text(JsonNodeFactory.instance.numberNode(9007199254740993L)))
                .isInstanceOf(Canonical.NotCanonical.class);
    }

    /** The number's text is ECMAScript's by definition: reads back, no shorter text does, the closest of its length. */
    @Test
    void everyDoubleIsWrittenInTheFewestDigitsThatReadBack() {
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(bits -> {
            double d = Double.longBitsToDouble(bits);
            if (!Double.isFinite(d) || d == 0) {
                return;
            }
            String text = Canonical.es6(d);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(d);
            BigDecimal exact = new BigDecimal(Math.abs(d));
            BigDecimal written = new BigDecimal(text).abs();
            int digits = written.stripTrailingZeros().precision();
            if (digits > 1) {
                BigDecimal shorter = exact.round(new MathContext(digits - 1, RoundingMode.HALF_EVEN));
                BigDecimal step = BigDecimal.ONE.movePointLeft(shorter.scale());
                for (BigDecimal c : new BigDecimal[] {shorter, shorter.add(step), shorter.subtract(step)}) {
                    assertThat(c.signum() > 0 && c.doubleValue() == Math.abs(d)).as("%s has a shorter text %s", text, c).isFalse();
                }
            }
            BigDecimal closest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (closest.doubleValue() == Math.abs(d)) {
                assertThat(written.compareTo(closest)).as("%s: the closest of %d digits is %s", text, digits, closest).isZero();
            }
        });
    }

    /** Against the RFC authors' Java implementation (test scope only), on doubles and on whole documents. */
    @Test
    void agreesWithTheReferenceImplementation() {
        qt().withExamples(5_000).forAll(doubles().any()).checkAssert(d -> {
            if (Double.isFinite(d)) {
                assertThat("{\"a\":" + Canonical.es6(d) + "}").isEqualTo(reference("{\"a\":" + JSON.valueToTree(d) + "}"));
            }
        });
        qt().withExamples(2_000).forAll(longs().between(0, Long.MAX_VALUE)).checkAssert(seed -> {
            JsonNode doc = JsonNodeFactory.instance.objectNode().set("v", RandomJson.of(new java.util.Random(seed)));
            assertThat(Canonical.text(doc)).as("seed %d: %s", seed, doc).isEqualTo(reference(doc.toString()));
        });
    }

    private static String reference(String json) {
        try {
            return new String(new JsonCanonicalizer(json).getEncodedUTF8(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theDigestIsTheSha256OfTheCanonicalText() throws Exception {
        JsonNode a = JSON.readTree("{\"b\": 1, \"a\": [true, \"x\"]}");
        JsonNode b = JSON.readTree("{\"a\":[true,\"x\"],\"b\":1.0}");
        assertThat(Canonical.digest(a)).isEqualTo(Canonical.digest(b)).matches("sha256:[0-9a-f]{64}");
        // sha256 of {"a":[true,"x"],"b":1}
        assertThat(Canonical.digest(a)).isEqualTo(Canonical.digest("{\"a\":[true,\"x\"],\"b\":1}"));
        assertThat(Canonical.digest("abc")).isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Canonical.digest(JSON.readTree("{\"a\":[true,\"x\"],\"b\":2}"))).isNotEqualTo(Canonical.digest(a));
    }
}
