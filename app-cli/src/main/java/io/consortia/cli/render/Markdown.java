package io.consortia.cli.render;

/** Markdown cells that show input as text: table syntax, HTML and control characters escaped. */
public final class Markdown {

    private Markdown() {}

    /** Escapes a table cell: backslashes and pipes, HTML's {@code & < >}, and line breaks and other controls. */
    public static String cell(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '|' -> out.append("\\|");
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
