package io.consortia.io.json;

import io.consortia.kernel.text.Text;

/** Which languages the human-readable output shows. */
public enum Language {
    ZH, EN, BOTH;

    /** The text as lines: one for a single language, Chinese then English for both. */
    public java.util.List<String> lines(Text text) {
        return switch (this) {
            case ZH -> java.util.List.of(text.zh());
            case EN -> java.util.List.of(text.en());
            case BOTH -> java.util.List.of(text.zh(), text.en());
        };
    }

    /** The text in the chosen language(s); both joined by " / ". */
    public String of(Text text) {
        return switch (this) {
            case ZH -> text.zh();
            case EN -> text.en();
            case BOTH -> text.zh().equals(text.en()) ? text.zh() : text.zh() + " / " + text.en();
        };
    }
}
