package uk.gov.signpost.model.internal.offline.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's own circumstances: {@code disability} ("I'm disabled", "I have a long-term health condition",
 * "I'm not disabled"), {@code carer} ("I care for my mum 40 hours a week", "I'm a full-time carer"), and
 * {@code benefits}, the benefits they say they get now ("I'm on UC and housing benefit"; "I'm not on any
 * benefits" gives an empty list).
 *
 * <p>Only first-person statements count: "my son is disabled" and "I work as a carer" are not. Benefits named in
 * a question, an application or the past ("can I get UC?", "I applied for ESA", "I was on JSA") are not counted.
 * The hours someone spends caring are claimed here, so they are never read as hours of paid work.
 */
final class CircumstanceRule {

    private static final String RELATIVE = "(?:mum|mom|mam|mother|dad|father|parents?|wife|husband|partner|brother"
            + "|sister|nan|nana|nanna|gran|granny|grandma|grandad|grandmother|grandfather|aunt|auntie|uncle|friend"
            + "|neighbour|relative|family member|in-?laws?|mother-in-law|father-in-law|disabled \\w+|sick \\w+)";
    private static final String CONDITION = "(?:disability|disabilities|health conditions?|health problems?"
            + "|health issues?|medical conditions?|illness|mental health \\w+|depression|anxiety|ptsd|autism|adhd"
            + "|epilepsy|ms|multiple sclerosis|arthritis|fibromyalgia|cancer|diabetes|long covid|chronic \\w+"
            + "|bipolar|schizophrenia|learning (?:difficulty|difficulties|disability)|back problems?|bad back|copd"
            + "|heart condition|asthma|condition)";
    private static final Pattern DISABLED = Pattern.compile("\\b(?:i'm|i am|i've been|i was|dw i'n|rwy'n)\\s+"
            + "(?:\\w+\\s+){0,2}?(?:disabled|anabl|deaf|blind|partially sighted|visually impaired|hard of hearing"
            + "|diabetic|autistic|dyslexic|epileptic|housebound)\\b|\\bi(?:'m on| get| receive| claim) (?:pip|dla"
            + "|personal independence payment|disability living allowance)\\b"
            + "|\\b(?:i have|i've got|i've|i got|i suffer (?:from|with)|i live with|i'm living with"
            + "|i was diagnosed with|i've been diagnosed with|i struggle with)\\s+"
            + "((?:[\\w'-]+\\s+){0,4}?)" + CONDITION + "\\b|\\b(?:i'm a wheelchair user|i use a wheelchair)\\b");
    private static final Pattern NOT_DISABLED = Pattern.compile("\\b(?:no disabilit(?:y|ies)|no (?:long[- ]term )?"
            + "(?:health|medical) (?:conditions?|problems|issues)|fit and healthy|i'm healthy|i am healthy)\\b"
            + "|\\b(?:don't|do not|haven't|have not)\\s+(?:got\\s+|have\\s+)?(?:a|any)\\s+(?:disabilit(?:y|ies)"
            + "|(?:long[- ]term )?(?:health|medical) (?:conditions?|problems|issues))\\b");
    /** "I have a son with autism" is about the son. */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(?:son|daughter|child|kids?|children|boy|girl"
            + "|baby|" + RELATIVE + ")\\s+(?:with|who has|who's got|that has|has)\\b");
    private static final Pattern CHILD = Pattern.compile("\\b(?:son|daughter|child|kids?|children|boy|girl|baby)\\b");
    private static final Pattern CARING_HOURS = Pattern.compile("\\b(?:care|caring|carer|look(?:ing)? after"
            + "|looks after)\\b(?:(?!\\b(?:work|working|job|paid|employ\\w*|shifts?)\\b)[^.;!?])*?"
            + "\\b\\d+(?:\\.\\d+)?\\s*(?:hours?|hrs?|h)\\b(?:\\s*(?:a|per|each|/)\\s*(?:week|wk|day))?");
    private static final Pattern CARER = Pattern.compile("\\b(?:i'm|i am|i've been|i have been)\\s+"
            + "(?:an?\\s+|his\\s+|her\\s+|their\\s+|my\\s+\\w+'s\\s+)?"
            + "(?:unpaid\\s+|full[- ]time\\s+|part[- ]time\\s+|young\\s+|main\\s+|the main\\s+)?carer\\b"
            + "|\\bi(?:'m| am)?\\s+(?:also\\s+)?(?:care for|caring for|look after|looking after)\\s+"
            + "(?:(?:my|our|a|an)\\s+" + RELATIVE + "|him|her|them|someone|somebody)\\b"
            + "|\\bi (?:get|claim|receive) carer'?s'? allowance\\b|\\bcaring responsibilities\\b");
    private static final Pattern CARE_JOB = Pattern.compile("\\b(?:as an? carer|care (?:worker|assistant|home|sector"
            + "|job|agency)|carer job|support worker|work in care)\\b");
    private static final List<Benefit> BENEFITS = List.of(
            new Benefit("universal_credit", Pattern.compile("\\buniversal credits?\\b|\\buc\\b")),
            new Benefit("jobseekers_allowance", Pattern.compile("\\bjob ?seekers?'?s?'? allowance\\b|\\bjsa\\b")),
            new Benefit("employment_and_support_allowance",
                    Pattern.compile("\\bemployment and support allowance\\b|\\besa\\b")),
            new Benefit("pension_credit", Pattern.compile("\\bpension credit\\b")),
            new Benefit("income_support", Pattern.compile("\\bincome support\\b")),
            new Benefit("housing_benefit", Pattern.compile("\\bhousing benefit\\b")));
    private static final Pattern HAS_BENEFIT = Pattern.compile("\\b(?:on|get|gets|getting|receive|receiving"
            + "|claim|claiming|in receipt of|i've got|i have|paid|currently)\\b");
    private static final Pattern NOT_NOW = Pattern.compile("\\b(?:apply|applying|applied|application|eligible"
            + "|entitled|qualify|can i|could i|should i|how do i|how to|want|thinking|going to|will i|would i|if i"
            + "|used to|was on|were on|ended|stopped|lost|sanction\\w*|appeal\\w*)\\b|\\?");
    private static final Pattern NO_BENEFITS = Pattern.compile("\\b(?:not on any benefits|no benefits|don't (?:get"
            + "|claim|receive) any benefits|not claiming any(?:thing| benefits)|not on benefits)\\b");

    private CircumstanceRule() {}

    static void read(Message message, Map<String, Object> found) {
        caring(message, found);
        disability(message, found);
        benefits(message, found);
    }

    private static void caring(Message message, Map<String, Object> found) {
        String text = message.normalised();
        boolean careJob = CARE_JOB.matcher(text).find();
        Matcher hours = message.matcher(CARING_HOURS);
        while (hours.find()) {
            boolean ownChildren = CHILD.matcher(hours.group()).find() && !hours.group().contains("disabled");
            if (careJob) {
                continue;
            }
            if (!ownChildren) {
                found.putIfAbsent("carer", !message.negatedBefore(hours.start()));
            }
            message.claim(hours);
        }
        Matcher carer = CARER.matcher(text);
        if (carer.find() && !careJob) {
            found.putIfAbsent("carer", !Message.negated(carer.group()) && !message.negatedBefore(carer.start()));
        } else if (text.matches("(?s).*\\b(?:not an? carer|no caring responsibilities|don't care for anyone)\\b.*")) {
            found.putIfAbsent("carer", false);
        }
    }

    private static void disability(Message message, Map<String, Object> found) {
        String text = message.normalised();
        Matcher disabled = DISABLED.matcher(text);
        while (disabled.find()) {
            String between = disabled.group(1) == null ? "" : disabled.group(1);
            if (SOMEONE_ELSE.matcher(between).find()) {
                continue;
            }
            found.put("disability", !Message.negated(disabled.group()) && !message.negatedBefore(disabled.start()));
            return;
        }
        if (NOT_DISABLED.matcher(text).find()) {
            found.put("disability", false);
        }
    }

    private static void benefits(Message message, Map<String, Object> found) {
        List<String> named = new ArrayList<>();
        for (Benefit benefit : BENEFITS) {
            Matcher m = benefit.pattern().matcher(message.normalised());
            while (m.find() && !named.contains(benefit.key())) {
                String before = message.before(m.start(), 80).replaceAll("(?s).*\\bbut\\b", "");
                if (receiving(before) && !message.inQuestion(m.start()) && !message.aboutSomeoneElse(m.start())) {
                    named.add(benefit.key());
                }
            }
        }
        if (!named.isEmpty()) {
            found.put("benefits", List.copyOf(named));
        } else if (NO_BENEFITS.matcher(message.normalised()).find()) {
            found.put("benefits", List.of());
        }
    }

    /** "I'm on", "I get", "claiming": yes. "I applied for", "I was on", "I'm not on": no. */
    private static boolean receiving(String before) {
        String[] words = before.strip().split("\\s+");
        String near = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
        String clause = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - 8), words.length));
        return HAS_BENEFIT.matcher(clause).find() && !NOT_NOW.matcher(clause).find() && !Message.negated(near);
    }

    /** A benefit's value in GOV.UK's {@code current_benefits} question, and how people name it. */
    private record Benefit(String key, Pattern pattern) {}
}
