package io.consortia.kernel.text;

import java.util.Objects;

/**
 * A piece of user-facing text in Chinese and English. Every message the kernel produces has
 * both; neither may be blank.
 *
 * @param zh the Chinese text, in simplified characters unless it quotes a source
 * @param en the English text
 */
public record Text(String zh, String en) {

    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (zh.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("text needs both Chinese and English: " + zh + " / " + en);
        }
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** The text in one language. */
    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** Joins two texts language by language. */
    public Text concat(String separatorZh, String separatorEn, Text other) {
        return new Text(zh + separatorZh + other.zh, en + separatorEn + other.en);
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
