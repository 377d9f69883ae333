package io.consortia.kernel.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.consortia.tck.RandomProfiles;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** GB 32100-2015 credit codes: generated codes validate, every single-character change is caught. */
class CreditCodeProperties {

    @Test
    void everyGeneratedCodeValidates() {
        qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
            CreditCode code = RandomProfiles.creditCode(new Random(seed));
            assertThat(CreditCode.isValid(code.value())).as(code.value()).isTrue();
        });
    }

    @Test
    void everySingleCharacterChangeIsRejected() {
        qt().withExamples(500).forAll(longs().all(), integers().between(0, 17)).checkAssert((seed, position) -> {
            String code = RandomProfiles.creditCode(new Random(seed)).value();
            String alphabetAndMore = CreditCode.ALPHABET + "IOSVZabc-";
            for (char c : alphabetAndMore.toCharArray()) {
                if (c == code.charAt(position)) {
                    continue;
                }
                String changed = code.substring(0, position) + c + code.substring(position + 1);
                assertThat(CreditCode.isValid(changed)).as("%s changed at %d to %s", code, position, changed).isFalse();
            }
        });
    }

    @Test
    void knownCodesFromTheContractValidate() {
        assertThat(CreditCode.isValid("91320500MA1W4X6L2Q")).isTrue();
        assertThat(CreditCode.isValid("91150200MA0N000005")).isTrue();
        assertThat(CreditCode.parse("91320500MA1W4X6L2A").getLeft()).contains("GB 32100-2015 gives 'Q'");
        assertThat(CreditCode.parse("91320500MA1W4X6L2").getLeft()).contains("18 characters");
        assertThat(CreditCode.parse("9132050OMA1W4X6L2Q").getLeft()).contains("not in the GB 32100 alphabet");
    }

    @Test
    void divisionCodesNeedSixDigitsAndAProvince() {
        assertThat(DivisionCode.parse("320505").isRight()).isTrue();
        assertThat(DivisionCode.parse("990505").getLeft()).contains("province code");
        assertThat(DivisionCode.parse("32050").getLeft()).contains("6 digits");
        assertThat(DivisionCode.parse("32050a").getLeft()).contains("6 digits");
        Region suzhou = Region.of("3205", "苏州市", "Suzhou");
        assertThat(suzhou.contains(DivisionCode.of("320571"))).isTrue();
        assertThat(suzhou.contains(DivisionCode.of("320214"))).isFalse();
        assertThat(Region.of("419001", "济源", "Jiyuan").contains(DivisionCode.of("419001"))).isTrue();
    }
}
