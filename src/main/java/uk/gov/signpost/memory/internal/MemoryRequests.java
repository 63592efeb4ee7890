package uk.gov.signpost.memory.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what a person says about memory, with rules, so the controls work the same whichever model (or
 * none) is answering. It does not catch indirect wording ("I'd rather you didn't keep that") or Welsh; the
 * page "What Signpost remembers about you" always works.
 */
final class MemoryRequests {

    enum Kind { WHAT, OFF, FORGET_ALL, FORGET, YES, NO }

    record Request(Kind kind, String subject) {}

    private static final Pattern WHAT = Pattern.compile(
            "\\bwhat (?:do|did) you (?:remember|know) about me\\b|\\bwhat have you remembered\\b"
                    + "|^what do you remember\\b");
    private static final Pattern OFF = Pattern.compile("\\bstop remembering\\b|\\bturn (?:off )?(?:your |the )?memory"
            + " off\\b|\\bturn off (?:your |the )?memory\\b|\\b(?:don't|do not) remember anything\\b");
    private static final Pattern FORGET_ALL = Pattern.compile("^(?:please )?(?:can you |could you )?(?:forget|delete"
            + "|erase|remove) (?:everything|all)(?: (?:of )?(?:that )?(?:you|what you) (?:remember|know|have"
            + " remembered|kept))?(?: about me)?\\W*$");
    private static final Pattern FORGET = Pattern.compile("^(?:please |can you |could you |would you )*(forget|delete"
            + "|erase|remove)\\b(.*)$");
    private static final Pattern YES = Pattern.compile("^(?:yes|yeah|yep|yup|ok|okay|sure|please do|go ahead|do it"
            + "|correct|y|ie|ydw|oes)\\b.*");
    private static final Pattern NO = Pattern.compile("^(?:no|nope|nah|don't|do not|not now|n|na|nac oes|nac ydw)\\b.*");
    private static final Set<String> FILLER = Set.of("that", "i", "told", "you", "about", "my", "me", "the", "what",
            "said", "mentioned", "having", "have", "a", "an", "please", "thing", "fact", "is", "am", "i'm", "from",
            "memory", "your", "remember", "remembered", "of", "it", "to", "was", "on", "this", "bit", "part");

    private MemoryRequests() {}

    static Optional<Request> read(String text) {
        String plain = normalise(text);
        if (WHAT.matcher(plain).find()) {
            return Optional.of(new Request(Kind.WHAT, ""));
        }
        if (OFF.matcher(plain).find()) {
            return Optional.of(new Request(Kind.OFF, ""));
        }
        if (FORGET_ALL.matcher(plain).matches()) {
            return Optional.of(new Request(Kind.FORGET_ALL, ""));
        }
        Matcher forget = FORGET.matcher(plain);
        if (forget.matches()) {
            String rest = forget.group(2).strip();
            if (rest.isEmpty() || rest.matches("it|about it|all about it")) {
                return Optional.empty(); // "forget it" means stop, not forget a fact
            }
            return Optional.of(new Request(Kind.FORGET, subject(rest)));
        }
        return Optional.empty();
    }

    /** A yes or no to a question about memory. */
    static Optional<Kind> answer(String text) {
        String plain = normalise(text);
        if (YES.matcher(plain).matches()) {
            return Optional.of(Kind.YES);
        }
        if (NO.matcher(plain).matches()) {
            return Optional.of(Kind.NO);
        }
        return Optional.empty();
    }

    /** The words left when the filler is gone: "that I told you about my back" is "back". */
    static String subject(String rest) {
        StringBuilder subject = new StringBuilder();
        for (String word : rest.split("[^a-z0-9'-]+")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                subject.append(subject.isEmpty() ? "" : " ").append(word);
            }
        }
        return subject.toString();
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip().replaceAll("\\s+", " ");
    }
}
