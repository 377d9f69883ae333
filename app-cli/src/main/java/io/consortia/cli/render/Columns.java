package io.consortia.cli.render;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.WCWidth;

/**
 * Terminal columns of text, measured as a terminal does: JLine's {@link WCWidth} (Markus Kuhn's
 * wcwidth), so Chinese and full-width punctuation take two columns, combining marks none, and East
 * Asian ambiguous characters (· — → ≥) one, as in terminals outside CJK legacy mode. Text may
 * carry colour (ANSI SGR sequences), which takes no column; lines are broken where Unicode's line
 * breaking rules allow (the JDK's {@link BreakIterator}: between Chinese characters, never before
 * ，。、）), at spaces, never after a hyphen. ADR 0021.
 */
public final class Columns {

    private Columns() {}

    /** Columns the plain text (no escape sequences) takes. */
    public static int width(String plain) {
        int w = 0;
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The plain text padded with spaces to at least the width. */
    public static String pad(String plain, int width) {
        int w = width(plain);
        return w >= width ? plain : plain + " ".repeat(width - w);
    }

    /**
     * Text as it may reach a terminal: its colour (SGR sequences) kept as styles, every other
     * escape sequence dropped, and control characters (a carriage return, a backspace, a bell in a
     * name from an input file) shown as U+FFFD instead of acting on the terminal.
     */
    static AttributedString styled(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = !Character.isISOControl(c) || c == '\t';
        }
        if (plain) {
            return new AttributedString(text.replace('\t', ' '));
        }
        AttributedString parsed = AttributedString.fromAnsi(text);
        AttributedStringBuilder out = new AttributedStringBuilder(parsed.length());
        for (int i = 0; i < parsed.length(); i++) {
            char c = parsed.charAt(i);
            out.style(parsed.styleAt(i)).append(c == '\t' ? ' ' : Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return out.toAttributedString();
    }

    /**
     * The text cut into lines of at most {@code width} columns ({@code width} 0: no limit), the
     * lines after the first indented by {@code hang} spaces; trailing spaces dropped. A word
     * longer than a line is cut where the columns run out.
     */
    static List<AttributedString> wrap(AttributedString text, int width, int hang) {
        List<AttributedString> lines = new ArrayList<>();
        if (width <= 0 || text.columnLength() <= width) {
            lines.add(trimEnd(text));
            return lines;
        }
        hang = Math.min(hang, width / 2);
        String plain = text.toString();
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        // No break after a hyphen: dates, file names and ids stay whole.
        breaks.setText(plain.replace('-', '\u00ff'));
        int start = 0;
        int indent = 0;
        while (start < plain.length()) {
            int room = width - indent;
            int end = start;
            int taken = 0;
            for (int next = breaks.following(start); next != BreakIterator.DONE; next = breaks.following(next)) {
                AttributedString word = text.subSequence(end, next);
                if (taken + trimEnd(word).columnLength() > room) {
                    break;
                }
                taken += word.columnLength();
                end = next;
            }
            if (end == start) {
                // One word wider than the line: cut it where the columns run out.
                end = cut(text, start, room);
            }
            AttributedString piece = trimEnd(text.subSequence(start, end));
            lines.add(indent == 0 ? piece : new AttributedStringBuilder().append(" ".repeat(indent)).append(piece).toAttributedString());
            start = end;
            while (start < plain.length() && plain.charAt(start) == ' ') {
                start++;
            }
            indent = hang;
        }
        if (lines.isEmpty()) {
            lines.add(AttributedString.EMPTY);
        }
        return lines;
    }

    /** The index after the characters from {@code start} that fit in {@code room} columns (at least one). */
    private static int cut(AttributedString text, int start, int room) {
        int end = start;
        int w = 0;
        while (end < text.length()) {
            int cp = Character.codePointAt(text, end);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > room && end > start) {
                break;
            }
            w += cw;
            end += Character.charCount(cp);
        }
        return end;
    }

    static AttributedString trimEnd(AttributedString s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.subSequence(0, end);
    }

    /** The widest piece of the text that no line break may split, in columns. */
    static int longestWord(AttributedString text) {
        String plain = text.toString();
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(plain.replace('-', '\u00ff'));
        int longest = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            longest = Math.max(longest, trimEnd(text.subSequence(start, end)).columnLength());
        }
        return longest;
    }
}
