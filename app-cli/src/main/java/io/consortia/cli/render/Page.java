package io.consortia.cli.render;

import io.consortia.io.json.Language;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.text.Text;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * How the text output of a command meets its reader (ADR 0021): the width it is wrapped at
 * ({@value #UNLIMITED}: not wrapped), the language of every line ({@code --lang}), and whether
 * verdicts are coloured. Renderers take their labels from {@link #of(String, String)}, lay tables
 * out with {@link Table#render(Page)}, and the command passes what they made
 * through {@link #fit(String)} before writing it.
 *
 * @param width the columns a line may take, 0 for no limit
 * @param lang the languages of the text
 * @param color whether verdicts are coloured (ANSI escape sequences)
 */
public record Page(int width, Language lang, boolean color) {

    /** The width that means "do not wrap". */
    public static final int UNLIMITED = 0;

    /** Text in both languages, not wrapped, not coloured: what a program reads. */
    public static Page plain(Language lang) {
        return new Page(UNLIMITED, lang, false);
    }

    /** The label in the page's language(s): Chinese, English, or both joined by " / ". */
    public String of(String zh, String en) {
        return lang.of(Text.of(zh, en));
    }

    /** The text in the page's language(s), joined by " / " for both. */
    public String of(Text text) {
        return lang.of(text);
    }

    /** The text as lines: one for a single language, Chinese then English for both. */
    public List<String> lines(Text text) {
        return lang.lines(text);
    }

    /**
     * A verdict's name, coloured when the page is: ELIGIBLE green, ELIGIBLE_WITH_DEVIATIONS
     * yellow, UNDETERMINED cyan, INELIGIBLE red.
     */
    public String verdict(Verdict v) {
        return colored(v.name(), switch (v) {
            case ELIGIBLE -> AttributedStyle.GREEN;
            case ELIGIBLE_WITH_DEVIATIONS -> AttributedStyle.YELLOW;
            case UNDETERMINED -> AttributedStyle.CYAN;
            case INELIGIBLE -> AttributedStyle.RED;
        });
    }

    /** A verdict given by name (as in a decision record or a survey's document), coloured as {@link #verdict(Verdict)}. */
    public String verdict(String name) {
        for (Verdict v : Verdict.values()) {
            if (v.name().equals(name)) {
                return verdict(v);
            }
        }
        return name;
    }

    /** Text in a passing (green) or failing (red) colour, when the page is coloured. */
    public String passed(String text, boolean passed) {
        return colored(text, passed ? AttributedStyle.GREEN : AttributedStyle.RED);
    }

    private String colored(String text, int foreground) {
        return color ? new AttributedString(text, AttributedStyle.DEFAULT.foreground(foreground)).toAnsi() : text;
    }

    /** A list marker that continuation lines align under: "  3. ", "   ⚑ ", "── ", "  - ". */
    private static final Pattern MARKER = Pattern.compile("^( *)(\\d+\\.|[-*•⚑⚠↳]|──|\\* ) ");

    /**
     * The text with every line that runs past the width wrapped: continuation lines are indented
     * under the line's text (after its leading spaces and any list marker, else two more spaces).
     * Control characters from input files are neutralised on the way ({@link Columns}); colour is
     * kept when the page is coloured.
     */
    public String fit(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            AttributedString styled = Columns.styled(line);
            if (width <= 0 || styled.columnLength() <= width) {
                out.append(emit(styled));
            } else {
                List<AttributedString> lines = Columns.wrap(styled, width, hang(styled.toString(), 2));
                for (int i = 0; i < lines.size(); i++) {
                    out.append(i == 0 ? "" : "\n").append(emit(lines.get(i)));
                }
            }
            if (nl >= 0) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * Where the continuation lines of a wrapped line start: under its text after a list marker,
     * else {@code more} columns in from its leading spaces.
     */
    static int hang(String line, int more) {
        Matcher m = MARKER.matcher(line);
        if (m.find()) {
            return Columns.width(m.group());
        }
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces + more;
    }

    /** The text as it is written: with its colour as escape sequences on a coloured page, else plain. */
    String emit(AttributedString s) {
        if (!color) {
            return s.toString();
        }
        for (int i = 0; i < s.length(); i++) {
            if (!s.styleAt(i).equals(AttributedStyle.DEFAULT)) {
                return s.toAnsi();
            }
        }
        return s.toString();
    }
}
