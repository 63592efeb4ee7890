package uk.gov.signpost.model.internal.offline.extraction;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the person is in paid work, as {@code working}. True for "I work", "I'm employed", "I'm
 * self-employed", "I've got a part-time job", "I'm on a zero hours contract", Welsh "dw i'n gweithio"; false for
 * "I'm unemployed", "not working", "lost my job", "out of work", "made redundant", "I'm retired", "di-waith".
 * A negated statement of work counts as not working ("I don't have a job", "I'm not self-employed"); a negated
 * statement of not working ("I'm not unemployed") is ignored. When a message says both ("I lost my job but now I
 * work part time"), the later statement wins. Hours of paid work found earlier settle it as true.
 *
 * <p>Also whether they have been or are being made redundant, as {@code redundant}: "I was made redundant",
 * "I'm being made redundant" (still working), "I took voluntary redundancy"; not "I might be made redundant".
 *
 * <p>"Looking for work" says nothing either way, and it does not read the past ("I worked in retail").
 */
final class WorkingRule {

    private static final Pattern WORKING = Pattern.compile("\\bi(?:'m| am)?\\s+(?:currently\\s+|also\\s+|still\\s+"
            + "|only\\s+|now\\s+|just\\s+)?(?:work|works|working)\\b|\\bi've been (?:working|employed)\\b"
            + "|\\b(?:i'm|i am|i've been)\\s+(?:\\w+\\s+)?(?:self[- ]?employed|employed|in work|in employment"
            + "|in a job)\\b|\\bself[- ]?employed\\b|\\b(?:have|got)\\s+(?:an?\\s+|\\d\\s+)?(?:new\\s+|part[- ]time\\s+"
            + "|full[- ]time\\s+|temporary\\s+|permanent\\s+|second\\s+|little\\s+|small\\s+|zero[- ]hours?\\s+"
            + "|proper\\s+)?jobs?\\b"
            + "(?!\\s+(?:interview|centre|offer|application|search|hunt))"
            + "|\\b(?:i'm|i am|i work|working|work)\\s+(?:part[- ]time|full[- ]time)\\b"
            + "|\\b(?:zero|0)[- ]hours?\\s+contract\\b|\\b(?:dw i'n|rwy'n|rydw i'n|dwi'n)\\s+gweithio\\b");
    private static final Pattern NOT_WORKING = Pattern.compile("\\b(?:unemployed|jobless|out of work|out of a job"
            + "|between jobs|on the dole|(?<!being )(?<!be )made redundant|been redundant|i'm redundant|laid off"
            + "|lost my job"
            + "|got sacked|been sacked|was sacked|got fired|been fired|was fired|(?<!semi-)retired|not working"
            + "|not in work|not employed|unable to work|can't work|cannot work|stopped working"
            + "|no longer work\\w*|used to work|don't work|do not work|haven't worked|no job|ddi-?waith|di-?waith"
            + "|ddim yn gweithio)\\b");

    /** Redundancy that has happened or is under way; "at risk of redundancy" is not yet. */
    private static final Pattern REDUNDANT = Pattern.compile("\\b(?:made redundant|been redundant|i'm redundant"
            + "|i am redundant|(?:took|taking|got|accepted|offered) (?:voluntary )?redundancy|my redundancy)\\b");
    private static final Pattern RISK = Pattern.compile("\\b(?:might|may|could|worried|afraid|scared|risk|if"
            + "|whether|will i|would i|facing|want|wants|thinking)\\b");
    /** "I'm not unemployed": "not" right before; a leading "no" ("no, I'm unemployed") is the answer, not this. */
    private static final Pattern NOT_BEFORE = Pattern.compile("(?:\\bnot|\\bnever|n't)(?:\\s+(?:been|be|got|get))?\\s*$");

    private WorkingRule() {}

    static void read(Message message, Map<String, Object> found) {
        redundancy(message, found);
        if (found.containsKey("hours_per_week")) {
            return;
        }
        String text = message.normalised();
        int lastTrue = -1;
        int lastFalse = -1;
        Matcher working = WORKING.matcher(text);
        while (working.find()) {
            if (hope(message, working.start())) {
                continue;
            }
            if (message.negatedBefore(working.start()) || Message.negated(working.group())) {
                lastFalse = working.start();
            } else {
                lastTrue = working.start();
            }
        }
        Matcher notWorking = NOT_WORKING.matcher(text);
        while (notWorking.find()) {
            if (!NOT_BEFORE.matcher(message.clauseBefore(notWorking.start(), 12)).find()) {
                lastFalse = Math.max(lastFalse, notWorking.start());
            }
        }
        if (lastTrue >= 0 || lastFalse >= 0) {
            found.put("working", lastTrue > lastFalse);
        }
    }

    private static void redundancy(Message message, Map<String, Object> found) {
        Matcher redundant = REDUNDANT.matcher(message.normalised());
        if (redundant.find() && !RISK.matcher(message.clauseBefore(redundant.start(), 40)).find()) {
            found.put("redundant", !message.negatedBefore(redundant.start()));
        }
    }

    /** "I want to get a job", "hoping to have a job": a wish, not a fact. */
    private static boolean hope(Message message, int index) {
        return message.clauseBefore(index, 30)
                .matches("(?s).*\\b(?:want|wanna|hope|hoping|need|looking|trying|wish|if|whether|can|could)\\b.*");
    }
}
