package io.consortia.kernel.text;

/** The two languages of every user-facing text. */
public enum Language {
    ZH,
    EN
}
