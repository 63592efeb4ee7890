package uk.gov.signpost.agent.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An answer must not repeat the system prompt. It fails when it shares any run of {@value #RUN} words with the
 * fixed part of the prompt ({@link SystemPrompt#STABLE}), compared without case or punctuation.
 *
 * <p>What it does <em>not</em> catch: the prompt paraphrased, summarised, translated or spelt out with other
 * words between; runs shorter than {@value #RUN} words; the variable part of the prompt (the flows and the dialogue
 * state), which holds nothing secret.
 */
final class PromptLeakCheck {

    static final int RUN = 8;
    private static final Set<String> PROMPT_RUNS = runs(SystemPrompt.STABLE);

    private PromptLeakCheck() {}

    static boolean leaks(String answer) {
        for (String run : runs(answer)) {
            if (PROMPT_RUNS.contains(run)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> runs(String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("[^a-z0-9'_ ]+", " ").strip().split("\\s+"));
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }
}
