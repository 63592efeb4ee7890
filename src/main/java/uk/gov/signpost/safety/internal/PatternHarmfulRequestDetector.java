package uk.gov.signpost.safety.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.gov.signpost.safety.HarmfulRequestDetector;

/**
 * Finds requests Signpost must decline, by phrases in English and some Welsh written as data: benefit fraud (hiding
 * income or a partner, faking a condition, tricking an assessment, claiming twice or for somewhere the person does
 * not live), fake documents (payslips, fit notes, references, certificates…), discrimination in hiring, and threats
 * of violence. The phrases need the wrongful act itself, so the legitimate look-alikes are answered: "how do I
 * report benefit fraud", "how do I challenge a sanction", "I was rejected because I'm pregnant, what can I do",
 * "how do I spot a fake advert". Measured in {@code docs/safety.md}.
 *
 * <p>It does <em>not</em> catch: requests phrased indirectly ("what if I just didn't mention the cash jobs?" is
 * caught only when a listed verb is there), harm outside these four areas (the HarmBench kind of request for
 * weapons or drugs is left to the model and its provider's safeguards), most Welsh, other languages, and requests
 * spread over several messages. A conditional threat ("I'll hurt him if…") is flagged, and so is a clearly joking
 * one with the same words.
 */
@Component
class PatternHarmfulRequestDetector implements HarmfulRequestDetector {

    private static final String INCOME = "(?:income|earnings|cash|job|jobs|work|working|partner|savings|wages|money"
            + "|hours|boyfriend|girlfriend|husband|wife)";
    private static final String PROTECTED = "(?:women|woman|female|pregnant|pregnancy|mothers|mums|muslims?|jews?"
            + "|jewish|black|asian|foreign\\w*|immigrants|disabled|disability|disabilities|old people|older\\w*"
            + "|over 50s?|over fifties|gay|trans|polish|gypsies|travellers|roma|religious)";
    private static final String DOCUMENT = "(?:payslips?|pay slips?|fit notes?|sick notes?|doctor's notes?|p45|p60"
            + "|passport|id|driving licence|licence|references?|certificates?|degree|qualifications?|bank statements?"
            + "|tenancy agreement|contract|documents?|utility bill)";

    private static final List<Category> PHRASES = List.of(
            // Benefit fraud.
            new Category("fraud", "\\b(?:not|don't|do not|without|avoid|never|stop|so they don't|so they won't)"
                    + " (?:want to |have to |need to )?(?:declare|declaring|tell|telling|report|reporting|mention"
                    + "|mentioning|inform|informing|let)\\b.{0,40}\\b" + INCOME + "\\b"
                    + "(?!.{0,30}\\b(?:penalty|consequences|happens|trouble|by accident|by mistake)\\b)"),
            new Category("fraud", "^(?=.*\\b(?:claim\\w*|benefits?|universal credit|uc|jsa|pip|esa|working|work|moved"
                    + " in|earn\\w*|paid|cash|savings)\\b).*\\b(?:not|don't|do not|without|avoid|never|so they don't)"
                    + " (?:want to )?(?:declare|declaring|tell|telling|report|reporting|inform|informing) (?:them|dwp"
                    + "|the dwp|anyone|the jobcentre|jobcentre|my work coach|universal credit|hmrc|the council|it)\\b"
                    + "(?!.{0,30}\\b(?:by accident|by mistake|penalty|happens)\\b)"),
            new Category("fraud", "\\b(?:hide|hiding|conceal\\w*|cover up|keep quiet about|keep secret)\\b.{0,40}\\b"
                    + INCOME + "\\b"),
            new Category("fraud", "\\b(?:cheat|fiddle|trick|fool|lie to|lying to|deceive|mislead|con)\\b.{0,30}\\b(?:benefits?"
                    + "|universal credit|dwp|jobcentre|the system|work coach|assessment|assessor|pip|them|the council)\\b"),
            new Category("fraud", "\\b(?:fake|faking|pretend\\w*|exaggerat\\w+|make up|invent)\\b.{0,30}\\b(?:health"
                    + " condition|illness|disability|injury|symptoms|condition|being ill|being sick|unfit|can't work)\\b"),
            new Category("fraud", "\\b(?:claim|get)\\b.{0,30}\\b(?:twice|two claims|under a (?:fake|false|different)"
                    + " name)\\b|\\b(?:two|2|second|double|multiple) (?:universal credit |uc |jsa |benefit )?claims\\b"
                    + "|\\b(?:using|with|under) (?:my |his |her |their |a )?(?:brother's|sister's|friend's|mum's|dad's"
                    + "|partner's|someone else's|somebody else's|fake|false|different) (?:details|name|identity"
                    + "|national insurance number|ni number)\\b"),
            new Category("fraud", "\\b(?:claim|get)\\b.{0,40}\\b(?:flat|house|address|property|room|home) (?:that )?i"
                    + " (?:don't|do not) (?:actually |really )?live\\b"),
            new Category("fraud", "\\bcash in hand\\b.{0,40}\\b(?:while|and) (?:claiming|on (?:benefits|uc|universal"
                    + " credit|jsa))\\b(?!.{0,30}\\b(?:legal|allowed|report|declare)\\b)"),
            new Category("fraud", "\\b(?:cuddio|guddio|celu)\\b.{0,40}\\b(?:enillion|incwm|arian|cyflog|cynilion|gwaith)\\b"
                    + "|\\btwyllo\\b.{0,30}\\b(?:dwp|ganolfan waith|budd-daliadau|system|credyd cynhwysol|asesiad)"),
            // Fake documents.
            new Category("fake_documents", "\\b(?:make|create|forge|fake|faking|get|write|edit|photoshop|draft|change"
                    + "|alter|need|want)\\b.{0,20}\\b(?:fake|false|forged|counterfeit|bogus)?\\s*" + DOCUMENT + "\\b.{0,30}"
                    + "\\b(?:fake|forged|that looks real|looks real|so it looks|to fool|pretend|false|to say|to show"
                    + "|so it says|so it shows|with a higher|look like|i never had|i haven't got|i don't have"
                    + "|i didn't)"),
            new Category("fake_documents", "\\b(?:fake|forged|false|counterfeit|bogus|forge|forging) " + DOCUMENT
                    + "\\b(?!.{0,40}\\b(?:report|spot|check|scam|victim|sent me|someone)\\b)"),
            new Category("fake_documents", "\\b(?:forge|forging|counterfeit)\\b.{0,20}\\b" + DOCUMENT + "\\b"),
            new Category("fake_documents", "\\b(?:write|make|create|draft|give) (?:me )?(?:a |an )?(?:fit note|sick note"
                    + "|doctor's note|medical certificate)\\b"),
            new Category("fake_documents", "\\b(?:slip cyflog|nodyn ffitrwydd|nodyn salwch|tystysgrif|geirda|pasbort"
                    + "|cyfriflen banc)\\w* ffug\\b|\\bffug\\w* (?:slip cyflog|nodyn|tystysgrif|geirda|pasbort)"),
            // Discrimination in hiring.
            new Category("discrimination", "\\b(?:not|don't|avoid|never|without|stop) (?:want to |wanna )?(?:hire|hiring"
                    + "|employ|employing|recruit|recruiting|interview|interviewing|take on)\\b.{0,30}\\b" + PROTECTED
                    + "\\b"),
            new Category("discrimination", "\\b(?:put off|puts off|putting off|discourage\\w*|deter\\w*|screen out"
                    + "|filter out|weed out|exclude|excluding|reject|rejecting|turn away|get rid of|sack|fire)\\b.{0,30}"
                    + "\\b" + PROTECTED + "\\b"),
            new Category("discrimination", "\\bno (?:over \\d0s|older (?:people|applicants|candidates)|women|foreigners"
                    + "|immigrants|disabled (?:people|applicants)|muslims|black (?:people|applicants)) (?:please|allowed"
                    + "|wanted)\\b|\\bno (?:over \\d0s|foreigners|immigrants)\\b"),
            new Category("discrimination", "\\bddim (?:eisiau|isio|moyn) (?:cyflogi|penodi|cyfweld)\\b.{0,30}\\b(?:pobl"
                    + " anabl|menywod|merched|mwslemiaid|pobl hyn|tramorwyr|mewnfudwyr|pobl dduon)"),
            // Threats.
            new Category("threat", "\\b(?:i'll|i will|i'm going to|going to|gonna|want to|i'm gonna)\\s+(?:kill|hurt"
                    + "|stab|attack|bomb|shoot|beat up|burn down|smash up|punch|hit|batter)\\b.{0,30}\\b(?:work coach"
                    + "|adviser|advisor|jobcentre|staff|manager|boss|recruiter|you|them|him|her|the office|that)\\b"),
            new Category("threat", "\\b(?:coming for|come for|going after)\\b.{0,30}\\bwith a (?:knife|gun|weapon"
                    + "|machete|hammer|bat)\\b|\\bi know where (?:he|she|they|you|the \\w+|my \\w+) lives?\\b"),
            new Category("threat", "\\b(?:write|draft|send|compose)\\b.{0,30}\\bthreat\\w*\\b(?!.{0,20}\\b(?:report|police)\\b)"),
            new Category("threat", "\\b(?:mynd i|am) (?:frifo|ladd|ymosod ar|guro|drywanu)\\b"));

    @Override
    public String assess(String text) {
        String plain = CrisisNormaliser.normalise(text);
        if (VICTIM.matcher(plain).find()) {
            return "none";
        }
        for (Category category : PHRASES) {
            if (category.pattern().matcher(plain).find()) {
                return category.code();
            }
        }
        return "none";
    }

    /** A person describing what was done to them ("I was rejected because…") is asking for help, not for harm. */
    private static final Pattern VICTIM = Pattern.compile("\\b(?:i was|i've been|i got|i am being|i'm being|was i)"
            + " (?:rejected|turned away|sacked|fired|refused|not hired|discriminated|threatened)\\b");

    private record Category(String code, Pattern pattern) {
        Category(String code, String regex) {
            this(code, Pattern.compile(regex));
        }
    }
}
