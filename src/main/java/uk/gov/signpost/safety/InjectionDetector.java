package uk.gov.signpost.safety;

/**
 * Scores a text for prompt injection and jailbreak attempts. Text from tools ({@link TextChannel#TOOL}: advert
 * text, guidance pages, anything fetched) is judged more strictly than the person's own messages, because
 * instructions hidden in data are the bigger risk for an agent. What each implementation does not catch is in its
 * Javadoc.
 */
public interface InjectionDetector {

    InjectionAssessment assess(String text, TextChannel channel);
}
