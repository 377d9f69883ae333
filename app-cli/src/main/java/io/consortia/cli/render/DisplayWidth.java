package io.consortia.cli.render;

/**
 * Terminal column width of text: East Asian wide and fullwidth characters (Chinese, fullwidth
 * punctuation such as （）：，) take two columns, so tables that mix Chinese and Latin text align.
 * The ranges are those of Unicode's East_Asian_Width W and F classes that occur in practice; ADR
 * 0006 says why this is hand-written rather than pulled from ICU.
 */
public final class DisplayWidth {

    private DisplayWidth() {}

    /** Columns the code point takes. */
    public static int of(int cp) {
        if (cp == 0 || (cp >= 0x300 && cp <= 0x36F) || cp == 0x200B) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** Columns the text takes. */
    public static int of(String text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }

    /** The text padded with spaces to at least the width. */
    public static String pad(String text, int width) {
        int w = of(text);
        return w >= width ? text : text + " ".repeat(width - w);
    }
}
