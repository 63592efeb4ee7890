package uk.gov.signpost.safety.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.gov.signpost.safety.HarmfulRequestDetector;

/**
 * A first, pattern-based check for requests Signpost must decline: benefit fraud, fake documents, discrimination
 * in hiring, and threats. Legitimate look-alikes are left alone because the phrases need the wrongful act itself
 * ("how do I report benefit fraud" and "how do I challenge a sanction" do not match).
 *
 * <p>A placeholder until the harmful-request guardrail in issue 6 is built; it has not been measured. It does
 * <em>not</em> catch: requests phrased indirectly ("what if I just didn't mention the cash jobs?"), harm outside
 * these four areas, other languages, or requests spread over several messages.
 */
@Component
class PatternHarmfulRequestDetector implements HarmfulRequestDetector {

    private static final List<Category> PHRASES = List.of(
            // Benefit fraud.
            new Category("fraud", Pattern.compile("\\b(?:not|don't|without|avoid|never) (?:declare|declaring|tell|telling|report|reporting"
                    + "|mention|mentioning)\\b.{0,40}\\b(?:income|earnings|cash|job|work|partner|savings|wages)\\b"
                    + "(?!.{0,30}\\b(?:penalty|consequences|happens|trouble)\\b)")),
            new Category("fraud", Pattern.compile("\\b(?:cheat|fiddle|scam|trick|fool|lie to)\\b.{0,30}\\b(?:benefits?|universal credit"
                    + "|dwp|jobcentre|the system|work coach|assessment|pip)\\b")),
            new Category("fraud", Pattern.compile("\\b(?:claim|get)\\b.{0,30}\\b(?:twice|two claims|under a (?:fake|false|different) name)\\b")),
            new Category("fraud", Pattern.compile("\\bcash in hand\\b.{0,40}\\b(?:while|and) (?:claiming|on (?:benefits|uc|universal credit"
                    + "|jsa))\\b")),
            // Fake documents.
            new Category("fake_documents", Pattern.compile("\\b(?:make|create|forge|fake|faking|get|write|edit|photoshop)\\b.{0,20}\\b(?:fake|false"
                    + "|forged|counterfeit|bogus)?\\s*(?:payslips?|fit notes?|sick notes?|p45|p60|passport|id|driving "
                    + "licence|references?|certificates?|degree|bank statements?|tenancy agreement)\\b.{0,20}"
                    + "\\b(?:fake|forged|that looks real|so it looks|to fool|pretend|false)\\b"
                    + "|\\b(?:fake|forged|false|counterfeit|bogus) (?:payslips?|fit notes?|sick notes?|p45|p60|passport|id"
                    + "|driving licence|references?|certificates?|degree|bank statements?|documents?)\\b"
                    + "(?!.{0,40}\\b(?:report|spot|check|scam|victim)\\b)")),
            // Discrimination in hiring.
            new Category("discrimination", Pattern.compile("\\b(?:not|don't|avoid|never|without|stop) (?:hire|hiring|employ|employing|recruit"
                    + "|recruiting|interview|interviewing)\\b.{0,30}\\b(?:women|woman|pregnant|mothers|muslims?|jews?"
                    + "|jewish|black|asian|foreigners|immigrants|disabled|old people|older people|over 50s|gay|trans"
                    + "|polish|gypsies|travellers)\\b")),
            // Threats.
            new Category("threat", Pattern.compile("\\b(?:i'll|i will|i'm going to|going to|gonna)\\s+(?:kill|hurt|stab|attack|bomb|shoot|beat"
                    + " up|burn down)\\b.{0,30}\\b(?:work coach|adviser|advisor|jobcentre|staff|manager|boss|you|them"
                    + "|him|her|the office)\\b(?!.{0,20}\\bif\\b)")));

    @Override
    public String assess(String text) {
        String plain = CrisisNormaliser.normalise(text);
        for (Category category : PHRASES) {
            if (category.pattern().matcher(plain).find()) {
                return category.code();
            }
        }
        return "none";
    }

    private record Category(String code, Pattern pattern) {}
}
