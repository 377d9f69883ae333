package io.consortia.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in Java source outside the places a number belongs: the parameter declarations
 * ({@code e.workingDays("notice.workingDays", 5)}, the target {@code e.target(5, false, 2027, …)}),
 * the document's own dates ({@code new Document(…, LocalDate.of(2023, 4, 12), …)}, {@code
 * inForceFrom(…)}) and the quoted sentences. What is left is a threshold written as a literal,
 * which should be a parameter: it would escape {@code --set}, {@code compare} and the quote check.
 *
 * <p>Used by the TCK's check of a provider's sources, its {@code *Lifecycle.java} included: one
 * scanner, one list of where numbers belong.
 */
public final class Literals {

    /**
     * A named parameter's declaration ({@code e.count("S1.minimum", 3)}), or the policy's target,
     * which declares {@code target.count} and {@code target.year} ({@code e.target(5, false, 2027, …)}).
     */
    private static final Pattern DECLARATION = Pattern.compile(
            "\\.(count|share|amount|workingDays|days|years|year|date|monthDay|list)\\(\\s*\"\"\\s*,|\\.target\\s*\\(");
    /** The document a provider registers, and the date an edition takes effect: dates of the document, not thresholds. */
    private static final Pattern DOCUMENT_DATES = Pattern.compile("new\\s+Document\\s*\\(|\\.inForceFrom\\s*\\(");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(\\.\\d+)?[lLdDfF]?\\b");

    private Literals() {}

    /** Each number outside comments, strings, parameter declarations and document dates, as {@code line N: 5}. */
    public static List<String> outsideDeclarations(String source) {
        String code = blankCalls(blankCalls(blankStringsAndComments(source), DECLARATION), DOCUMENT_DATES);
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(code);
        while (m.find()) {
            int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            out.add("line " + line + ": " + m.group());
        }
        return out;
    }

    /** The source with comments and string and character literals blanked (line breaks kept). */
    static String blankStringsAndComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                s.substring(i, end).chars().filter(x -> x == '\n').forEach(x -> out.append('\n'));
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
                s.substring(i, end).chars().filter(x -> x == '\n').forEach(x -> out.append('\n'));
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = Math.min(j + 1, s.length());
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The code with the arguments of every call the pattern opens blanked, up to its closing parenthesis. */
    static String blankCalls(String code, Pattern opening) {
        StringBuilder out = new StringBuilder(code);
        Matcher m = opening.matcher(code);
        while (m.find()) {
            int depth = 1;
            int i = m.end();
            while (i < code.length() && depth > 0) {
                char c = code.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth > 0 && c != '\n') {
                    out.setCharAt(i, ' ');
                }
                i++;
            }
        }
        return out.toString();
    }
}
