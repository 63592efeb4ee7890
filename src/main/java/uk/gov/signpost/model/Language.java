package uk.gov.signpost.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language a turn is answered in. Signpost speaks English and Welsh; every template, flow question and
 * catalogue entry a person can read exists in both.
 */
public enum Language {
    ENGLISH("en"),
    WELSH("cy");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as used in {@code lang} attributes and the {@code signpost_lang} cookie. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Welsh for a Welsh locale or tag ({@code cy}, {@code cy-GB}); English for anything else, including none. */
    public static Language of(@Nullable Locale locale) {
        return locale != null && WELSH.tag.equals(locale.getLanguage()) ? WELSH : ENGLISH;
    }

    /** Welsh for the tag {@code cy} (or {@code cy-…}); English for anything else. */
    public static Language ofTag(@Nullable String tag) {
        return tag == null ? ENGLISH : of(Locale.forLanguageTag(tag.strip()));
    }
}
