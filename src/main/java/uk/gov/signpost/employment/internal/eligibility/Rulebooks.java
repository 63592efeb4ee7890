package uk.gov.signpost.employment.internal.eligibility;

import uk.gov.signpost.model.Language;

/** The benefits check's rulebook in each language Signpost speaks. The rules are the same; only the words differ. */
record Rulebooks(Rulebook english, Rulebook welsh) {

    Rulebooks {
        if (!english.questions().stream().map(Question::id).toList()
                .equals(welsh.questions().stream().map(Question::id).toList())) {
            throw new IllegalArgumentException("the Welsh rulebook must ask the English rulebook's questions");
        }
    }

    /** The rulebooks that ship with Signpost. */
    static Rulebooks readDefault() {
        return new Rulebooks(RulebookReader.readDefault(), RulebookReader.readDefaultWelsh());
    }

    Rulebook in(Language language) {
        return language == Language.WELSH ? welsh : english;
    }
}
