package uk.gov.signpost.model.internal.offline.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Children and pregnancy: {@code children_count}, {@code children_ages} (in the order given, 0 for a baby) and
 * {@code pregnant}. Reads "two kids aged 3 and 6", "a 4 year old and a baby", "my son is 12", "3 children (2, 5
 * and 8)", "mum of 3", "twins", "a 6 month old", Welsh "2 o blant"; "no kids", "I don't have children" and
 * "dim plant" give a count of 0. "I'm pregnant", "expecting a baby", "my partner is pregnant" set
 * {@code pregnant}; "not pregnant" clears it. A baby on the way is never counted as a child.
 *
 * <p>It does not count "my kids" or "they" with no number, it does not read "one is 4 and the other is 7", and it
 * does not know whether the children live with the person. "Child benefit" and "childcare" are not children.
 * Ages over 19 are dropped (GOV.UK counts up to 19 in education).
 */
final class ChildrenRule {

    private static final String NOT_ABOUT = "(?!\\s*(?:benefit|maintenance|care|support|tax|trust|minder|'s centre"
            + "|centre|allowance|credit|arrangements))";
    private static final String PLURAL = "(?:kids|children|kiddies|kiddos|little ones|sons|daughters|boys|girls"
            + "|babies|toddlers|teenagers|teens|step ?kids|step ?children|stepchildren|dependants|dependents|plant"
            + "|blant|twins|triplets)";
    private static final String SINGULAR = "(?:kid|child|son|daughter|boy|girl|baby|toddler|teenager|teen"
            + "|step ?son|step ?daughter|little one|newborn|eldest|oldest|youngest)";
    private static final String NOUN = "(?:" + PLURAL + "|" + SINGULAR + ")";
    private static final String LIST = "(\\d{1,2}(?:\\s*(?:,\\s*and|,|and|\\+|/)\\s*\\d{1,2})*)";
    private static final String AGE_UNIT = "(?:\\s*-?\\s*(?:(years?|yrs?|yr|yo|y/o)|(months?|mths?|weeks?))"
            + "(?:\\s*-?\\s*olds?)?)?";
    /** After a list of ages, only these words may follow: "kids 3 and 6 days a week" is not ages. */
    private static final String LIST_END = "(?!\\s*(?!(?:and|but|so|i|i'm|i've|we|with|who|now|respectively|at|in"
            + "|both|currently|then|too|also|live|living|plus|my|which|she|he|they|old)\\b)[a-z%])";

    /** "a 10 year old car" is not a child: after "year old" comes a child, the end, or a small word. */
    private static final String CHILD_END = "(?!\\s*(?!(?:and|but|so|who|with|at|in|i|i'm|plus|too|also|that|which|as"
            + "|from|living|lives|live|now|currently|is|are|has|have|was|will|who's|[a-z]+s)\\b)[a-z])";
    private static final Pattern PREGNANT = Pattern.compile("\\b(?:\\d+\\s*(?:weeks?|months?)\\s+)?pregnant\\b"
            + "|\\bexpecting\\s+(?:a\\s+baby|twins|a\\s+child|our\\s+first|my\\s+first|a\\s+little\\s+one"
            + "|another\\s+(?:baby|child)|a\\s+(?:boy|girl))\\b|\\bbaby\\s+(?:is\\s+)?(?:on\\s+the\\s+way|due)\\b"
            + "|\\b(?:i'm|i am)\\s+expecting\\s*(?:$|[.,!;])|\\b[bf]eichiog\\b");
    private static final Pattern SOMEONE_ELSE_PREGNANT = Pattern.compile(
            "\\bmy\\s+(?:sister|daughter|friend|mum|mother|colleague|cousin|niece)\\b[^.,;]*$");
    private static final Pattern NONE = Pattern.compile("\\b(?:no|zero|0|don't have any|don't have|do not have any"
            + "|do not have|haven't got any|haven't got|have not got|not got any|never had|without|dim)\\s+(?:any\\s+)?"
            + "(?:kids|children|child|dependants|dependent children|plant|blant)\\b" + NOT_ABOUT
            + "|\\bchildless\\b|\\b(?:kids|children):?\\s*(?:none|0|no)\\b");
    private static final Pattern COUNT = Pattern.compile("\\b(\\d{1,2})\\s+(?:o\\s+)?(?:young\\s+|little\\s+"
            + "|small\\s+|teenage\\s+|grown[- ]up\\s+|dependent\\s+|school[- ]age\\s+|disabled\\s+)?" + NOUN + "\\b"
            + NOT_ABOUT);
    private static final Pattern PARENT_OF = Pattern.compile("\\b(?:mum|mom|mam|mother|dad|father|parent)\\s+(?:of|to)"
            + "\\s+(\\d{1,2})\\b(?!\\s*" + NOUN + ")");
    private static final Pattern AGES_AFTER = Pattern.compile("\\b" + NOUN + NOT_ABOUT + "\\s*[,:(-]?\\s*"
            + "(?:(?:who\\s+(?:are|is)|who's|which\\s+are|that\\s+are|they're|they\\s+are|he's|he\\s+is|she's"
            + "|she\\s+is|are|is|'s|aged|ages|age|of\\s+ages?|both|both\\s+aged)\\s*)*" + LIST + AGE_UNIT + "\\b"
            + LIST_END);
    private static final Pattern AGED_CHILD = Pattern.compile("(?:\\b(a|an|1|my|our|and)|(,))\\s+"
            + "(\\d{1,2}(?:\\s*(?:,|and)\\s*(?:an?\\s+)?\\d{1,2})*)\\s*-?\\s*"
            + "(?:(?:years?|yrs?|yr)\\s*-?\\s*olds?|yo|y/o|(months?|mths?|weeks?)\\s*-?\\s*olds?)"
            + "(?:\\s+" + NOUN + ")?\\b" + CHILD_END);
    /** GOV.UK counts children up to 19 in education; more than 15 children is not a plausible reading. */
    private static final int OLDEST = 19;
    private static final int MOST = 15;
    private static final Pattern ANY_CHILD = Pattern.compile("\\b" + NOUN + "\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");
    private static final Pattern MULTIPLES = Pattern.compile("\\b(twins|triplets)\\b");
    private static final Pattern INDEFINITE = Pattern.compile("\\b(a|an|1)\\s+(?:(young|little|small|teenage"
            + "|newborn|disabled|baby)\\s+)?(" + SINGULAR + ")\\b" + NOT_ABOUT);
    private static final Pattern DEFINITE = Pattern.compile("\\b(?:my|our)\\s+(?:(?:eldest|oldest|youngest|little"
            + "|baby|older|younger|middle|disabled|teenage)\\s+)?(" + SINGULAR + ")\\b" + NOT_ABOUT);
    private static final Pattern THEY = Pattern.compile("\\bthey(?:'re|\\s+are)\\s+(?:aged\\s+)?" + LIST + AGE_UNIT
            + "\\b" + LIST_END);
    private static final Pattern NOT_A_CHILD_BEFORE = Pattern.compile(
            "\\b(?:i'm|i am|i was|was|were|as|being|like|me|i've been)\\s*$");
    private static final Pattern AGE_FOLLOWS = Pattern.compile("^\\s*,?\\s*(?:who is|is|'s|aged|age)\\s*\\d");

    private ChildrenRule() {}

    static void read(Message message, Map<String, Object> found) {
        pregnancy(message, found);
        Tally tally = new Tally();
        numbered(message, tally);
        agesAfterNouns(message, tally);
        agedChildren(message, tally);
        singleChildren(message, tally);
        agesAfterThey(message, tally);
        int children = tally.children();
        if (children > 0 && children <= MOST) {
            found.put("children_count", children);
            if (!tally.ages.isEmpty()) {
                found.put("children_ages", List.copyOf(tally.ages.values()));
            }
        } else if (children == 0 && message.matcher(NONE).find()) {
            found.put("children_count", 0);
        }
    }

    /** "2 kids", "mum of 3", "twins". A count followed by a comma starts an apposition: "2 kids, a 4 year old…". */
    private static void numbered(Message message, Tally tally) {
        Matcher count = message.matcher(COUNT);
        while (count.find()) {
            int n = Integer.parseInt(count.group(1));
            if (n > MOST) {
                continue;
            }
            tally.numbered += n;
            message.claim(count.start(1), count.end(1));
            if (message.after(count.end(), 2).matches("\\s*[,:(-].*")) {
                tally.appositions.add(new int[] {count.end(), count.end() + message.after(count.end(), 200).length()});
            }
        }
        Matcher parent = message.matcher(PARENT_OF);
        while (parent.find()) {
            tally.numbered += Integer.parseInt(parent.group(1));
            message.claim(parent.start(1), parent.end(1));
        }
        Matcher multiples = message.matcher(MULTIPLES);
        while (multiples.find()) {
            tally.numbered += multiples.group(1).equals("twins") ? 2 : 3;
        }
    }

    /** "kids aged 3 and 6", "my son is 12", "children (2, 5 and 8)". */
    private static void agesAfterNouns(Message message, Tally tally) {
        Matcher after = message.matcher(AGES_AFTER);
        while (after.find()) {
            tally.addAges(after, 1, after.group(3) != null);
            message.claim(after.start(1), after.end());
        }
    }

    /** "a 4 year old", "a 3 and 5 year old", "my 16 year old", "a 6 month old baby". */
    private static void agedChildren(Message message, Tally tally) {
        Matcher aged = message.matcher(AGED_CHILD);
        while (aged.find()) {
            boolean months = aged.group(4) != null;
            List<Integer> listed = NON_DIGITS.splitAsStream(aged.group(3)).map(Integer::valueOf).toList();
            boolean adult = !months && listed.stream().anyMatch(age -> age > OLDEST);
            if (adult || NOT_A_CHILD_BEFORE.matcher(message.before(aged.start(), 15)).find()) {
                continue;
            }
            tally.addAges(aged, 3, months);
            boolean mine = "my".equals(aged.group(1)) || "our".equals(aged.group(1));
            if (!mine && !tally.inApposition(aged.start())) {
                tally.indefinite += listed.size();
            }
            message.claim(aged.start(3), aged.end());
        }
    }

    /** "a son", "a baby" (0), and "my son", "my daughter", counted once each. */
    private static void singleChildren(Message message, Tally tally) {
        Matcher single = message.matcher(INDEFINITE);
        while (single.find()) {
            if (NOT_A_CHILD_BEFORE.matcher(message.before(single.start(), 15)).find()) {
                continue;
            }
            if (!tally.inApposition(single.start())) {
                tally.indefinite++;
            }
            babyAge(message, single, tally);
            message.claim(single);
        }
        Matcher mine = message.matcher(DEFINITE);
        while (mine.find()) {
            tally.definite.add(mine.group().replaceAll("\\s+", " "));
            babyAge(message, mine, tally);
        }
    }

    /** "they are 3 and 6", once the message has named children. */
    private static void agesAfterThey(Message message, Tally tally) {
        Matcher they = message.matcher(THEY);
        if (they.find() && ANY_CHILD.matcher(message.normalised()).find()) {
            tally.addAges(they, 1, they.group(3) != null);
            message.claim(they);
        }
    }

    private static void pregnancy(Message message, Map<String, Object> found) {
        Matcher pregnant = message.matcher(PREGNANT);
        while (pregnant.find()) {
            if (!SOMEONE_ELSE_PREGNANT.matcher(message.before(pregnant.start(), 40)).find()) {
                found.putIfAbsent("pregnant", !message.negatedBefore(pregnant.start()));
            }
            message.claim(pregnant);
        }
    }

    /** "a baby" and "my newborn" are 0, unless an age follows ("my baby is 2"). */
    private static void babyAge(Message message, Matcher m, Tally tally) {
        boolean baby = m.group().matches(".*\\b(?:baby|newborn)\\b.*");
        if (baby && !AGE_FOLLOWS.matcher(message.after(m.end(), 20)).find()) {
            tally.ages.put(m.start(), 0);
        }
    }

    /** What has been counted so far. Ages are kept by position, so they come out in the order written. */
    private static final class Tally {

        final TreeMap<Integer, Integer> ages = new TreeMap<>();
        final Set<String> definite = new HashSet<>();
        final List<int[]> appositions = new ArrayList<>();
        int numbered;
        int indefinite;

        /**
         * Numbers and new mentions ("2 kids and a baby") add up; "my son… my daughter" count only when nothing
         * else does, since they may be the same children again. Never fewer than the ages given.
         */
        int children() {
            int counted = numbered + indefinite > 0 ? numbered + indefinite : definite.size();
            return Math.max(counted, ages.size());
        }

        void addAges(Matcher list, int group, boolean inMonths) {
            Matcher number = DIGITS.matcher(list.group(group));
            while (number.find()) {
                int age = Integer.parseInt(number.group());
                int years = inMonths ? age / 12 : age;
                if (years <= OLDEST) {
                    ages.put(list.start(group) + number.start(), years);
                }
            }
        }

        boolean inApposition(int index) {
            return appositions.stream().anyMatch(r -> index >= r[0] && index < r[1]);
        }
    }
}
