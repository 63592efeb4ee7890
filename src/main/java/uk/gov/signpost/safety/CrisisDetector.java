package uk.gov.signpost.safety;

/**
 * Looks for signs that a person may be at risk: thoughts of suicide, self-harm, or immediate danger from someone
 * else, said directly ("I want to end my life") or indirectly ("there's no point any more since I lost my job",
 * "everyone would be better off without me"), in English and some Welsh. Figurative speech is left alone: "this
 * commute is killing me", "I'm dying to start", "my boss will kill me if I'm late", "killing time". On a flag the
 * caller replies with a kind message that signposts Samaritans (116 123), NHS 111 and 999, and offers a person.
 *
 * <p>Layers, all offline. First, rules: the text is normalised (case, apostrophes, accents, zero-width
 * characters, common text-speak such as "kms", "unalive", "wanna", "cant") and matched against phrases written as
 * data, each with a severity and a code. Then, when no rule matches, the message is embedded with the application's
 * MiniLM {@link uk.gov.signpost.model.TextEmbedder}: a classifier trained on crisis and ordinary messages, and the
 * similarity to example sentences of crisis and of look-alikes, can each raise a concern ({@code similar_to_crisis}).
 * On a held-out set written before the classifier it found 46 crises in 48: see {@code docs/safety.md}.
 *
 * <p>What it does <em>not</em> catch:
 * <ul>
 *   <li>signs spread over several messages ("I've lost everything." … "I've been to the bridge."), since it reads one
 *       message at a time; the caller should pass recent messages too if it wants that;</li>
 *   <li>some wording it has no phrase for and that the classifier is unsure of ("someone is trying to get into my
 *       flat right now"); new slang, metaphor, heavy misspelling, emoji-only messages, and Welsh beyond the phrases
 *       listed are the weakest; it flags some distress that is not a crisis ("I'm worried I'll lose my house");</li>
 *   <li>negation: "I'm not suicidal, I just need a job" is flagged, on purpose, because a missed crisis costs more
 *       than a kind message that was not needed;</li>
 *   <li>threats of violence in figurative form ("my mum will kill me when she finds out") are not flagged unless
 *       the message also says the person is scared or reports a threat ("he said he'd kill me");</li>
 *   <li>whose risk it is: a friend's suicidal feelings described by the person may be flagged as the person's;
 *       abuse that is not described as violence or fear (financial or coercive control) is missed, and so are
 *       medical emergencies.</li>
 * </ul>
 */
public interface CrisisDetector {

    CrisisAssessment assess(String text);
}
