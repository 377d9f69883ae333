package io.consortia.cli.render;

/**
 * Markdown that shows input as text: table syntax, inline markup, HTML and control characters
 * escaped, so that a name from an input file ({@code <script>}, {@code a | b}, {@code [x](y)},
 * {@code *bold*}) reads as written and never becomes markup.
 */
public final class Markdown {

    private Markdown() {}

    /**
     * Escapes text for a table cell or a line: backslashes, pipes and the inline markup characters
     * ({@code ` * _ [ ] ~}) with a backslash, HTML's {@code & < >} as entities, line breaks and
     * tabs as spaces; other control characters are dropped.
     */
    public static String cell(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '|', '`', '*', '_', '[', ']', '~' -> out.append('\\').append(c);
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
