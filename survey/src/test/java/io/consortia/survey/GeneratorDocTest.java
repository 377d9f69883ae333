package io.consortia.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/survey.md documents every number the generator draws with; this test reads that table and
 * the generator's constants and fails when they disagree, so that the documentation and the code
 * change together.
 */
class GeneratorDocTest {

    private static final Path DOC = Path.of("..", "docs", "survey.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| ([^|]+) \\|");

    /** The table's rows: name → the value cell, as written. */
    static Map<String, String> documented() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                assertThat(rows.put(m.group(1), m.group(2).strip())).as("%s documented twice", m.group(1)).isNull();
            }
        }
        return rows;
    }

    /** The generator's documented constants (static, final, not private): name → values as text. */
    static Map<String, List<String>> constants() throws IllegalAccessException {
        Map<String, List<String>> out = new TreeMap<>();
        for (Field f : Generator.class.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (!Modifier.isStatic(mod) || !Modifier.isFinal(mod) || Modifier.isPrivate(mod) || !f.getName().equals(f.getName().toUpperCase())) {
                continue;
            }
            f.setAccessible(true);
            Object v = f.get(null);
            List<String> values = new ArrayList<>();
            if (v instanceof double[] a) {
                Arrays.stream(a).forEach(x -> values.add(number(x)));
            } else if (v instanceof int[] a) {
                Arrays.stream(a).forEach(x -> values.add(number(x)));
            } else if (v instanceof String[] a) {
                Arrays.stream(a).forEach(x -> values.add("'" + x + "'"));
            } else if (v instanceof Number n) {
                values.add(number(n.doubleValue()));
            } else {
                continue; // not a number of the distributions (the default date is documented in prose)
            }
            out.put(f.getName(), values);
        }
        return out;
    }

    private static String number(double x) {
        return new java.math.BigDecimal(x).stripTrailingZeros().toPlainString();
    }

    /** A documented cell as values: numbers normalised (2e8 = 200000000), text as written (quoted, as above). */
    private static List<String> cell(String text, boolean asText) {
        List<String> values = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (asText) {
                values.add("'" + p + "'");
                continue;
            }
            try {
                values.add(number(Double.parseDouble(p)));
            } catch (NumberFormatException e) {
                values.add(p);
            }
        }
        return values;
    }

    @Test
    void everyConstantIsDocumentedWithItsValueAndNothingElseIs() throws Exception {
        Map<String, String> doc = documented();
        Map<String, List<String>> code = constants();
        assertThat(code).as("the generator's constants").hasSizeGreaterThan(30);
        assertThat(doc.keySet()).as("names in docs/survey.md's table vs. Generator's constants").isEqualTo(code.keySet());
        code.forEach((name, values) -> assertThat(cell(doc.get(name), values.get(0).startsWith("'"))).as("%s in docs/survey.md", name).isEqualTo(values));
    }

    @Test
    void theDocumentedDefaultsAreTheGeneratorsDefaults() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(doc).contains("`--applied-on` to\n`" + Generator.DEFAULT_APPLIED_ON + "`")
                .contains("`--members` to `" + Generator.DEFAULT_MIN_MEMBERS + ".." + Generator.DEFAULT_MAX_MEMBERS + "`");
    }
}
