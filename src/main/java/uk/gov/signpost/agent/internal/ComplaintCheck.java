package uk.gov.signpost.agent.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message complains about the service, so that a guardrail can open a handoff for an adviser without
 * waiting for the model to notice ("I want to make a complaint", "this chatbot is useless, I'm going to complain",
 * "Dw i eisiau gwneud cwyn"). A complaint about someone else, such as an employer or a landlord, is a question the
 * assistant can help with (Acas, Citizens Advice), so it does not count unless the message also names the service.
 *
 * <p>It is a word rule, not understanding: anger without the word "complain" or "complaint" ("this is rubbish") does
 * not count, and the repeated-failure guardrail covers a person the assistant keeps failing.
 */
final class ComplaintCheck {

    private static final Pattern COMPLAINT = Pattern.compile(
            "\\bcomplain(?:s|ed|ing|t|ts)?\\b|\\b(?:c|g|ch)wyn(?:o|ion)?\\b|\\bgŵyn\\b|\\bgwyno\\b");
    private static final Pattern ABOUT_THE_SERVICE = Pattern.compile(
            "\\b(?:this|the|your) (?:service|chat|chatbot|bot|assistant|website|site|advice|system)\\b|\\babout you\\b"
                    + "|\\bjob ?cent(?:re|er)\\b|\\bwork coach\\b|\\badvis[eo]rs?\\b|\\bdwp\\b|\\bsignpost\\b"
                    + "|\\buniversal credit\\b|\\bgwasanaeth\\b|\\bcanolfan waith\\b|\\bchi\\b");
    private static final Pattern ABOUT_SOMEONE_ELSE = Pattern.compile(
            "\\b(?:employer|boss|manager|supervisor|landlord|letting agent|company|firm|colleagues?|co-?workers?"
                    + "|workplace|my (?:work|job)|neighbou?rs?|school|college|shop|agency|cyflogwr|landlord|bos)\\b");

    /** "No complaints", "can't complain", "I'm not complaining". */
    private static final Pattern NOT_A_COMPLAINT = Pattern.compile(
            "\\b(?:no|not|never|can't|cannot|can not|mustn't|nothing to) (?:\\w+ )?complain");

    private ComplaintCheck() {}

    static boolean isComplaint(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        if (!COMPLAINT.matcher(text).find() || NOT_A_COMPLAINT.matcher(text).find()) {
            return false;
        }
        return ABOUT_THE_SERVICE.matcher(text).find() || !ABOUT_SOMEONE_ELSE.matcher(text).find();
    }
}
