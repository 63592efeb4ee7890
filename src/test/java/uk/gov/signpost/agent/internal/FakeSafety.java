package uk.gov.signpost.agent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.signpost.safety.InjectionAssessment;
import uk.gov.signpost.safety.InjectionDetector;
import uk.gov.signpost.safety.PersonalDataSpan;
import uk.gov.signpost.safety.PersonalDataType;
import uk.gov.signpost.safety.Placeholders;
import uk.gov.signpost.safety.Pseudonymised;
import uk.gov.signpost.safety.Pseudonymiser;
import uk.gov.signpost.safety.TextChannel;

/**
 * Stand-ins for the safety module's detectors, so that the guardrails are tested against the interfaces only
 * (whatever implementation is behind them).
 */
final class FakeSafety {

    private FakeSafety() {}

    /** Finds NINOs, full postcodes and 07 mobile numbers; nothing else. */
    static final class Scanner implements Pseudonymiser {

        private static final Pattern NINO = Pattern.compile("\\b[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b");
        private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b");
        private static final Pattern PHONE = Pattern.compile("\\b07\\d{3} ?\\d{6}\\b");

        @Override
        public List<PersonalDataSpan> scan(String text) {
            List<PersonalDataSpan> spans = new ArrayList<>();
            find(NINO, PersonalDataType.NATIONAL_INSURANCE_NUMBER, text, spans);
            find(POSTCODE, PersonalDataType.POSTCODE, text, spans);
            find(PHONE, PersonalDataType.PHONE_NUMBER, text, spans);
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return spans;
        }

        @Override
        public Pseudonymised pseudonymise(String text, Placeholders placeholders) {
            List<PersonalDataSpan> spans = scan(text);
            StringBuilder out = new StringBuilder();
            int at = 0;
            for (PersonalDataSpan span : spans) {
                out.append(text, at, span.start())
                        .append(placeholders.placeholderFor(span.type(), text.substring(span.start(), span.end())));
                at = span.end();
            }
            out.append(text.substring(at));
            return new Pseudonymised(out.toString(), spans, placeholders);
        }

        private static void find(Pattern pattern, PersonalDataType type, String text, List<PersonalDataSpan> into) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                PersonalDataSpan span = new PersonalDataSpan(type, m.start(), m.end());
                if (into.stream().noneMatch(span::overlaps)) {
                    into.add(span);
                }
            }
        }
    }

    /** Flags any text containing "ignore your instructions" or "send your bank details". */
    static final class Injections implements InjectionDetector {

        final List<TextChannel> channels = new ArrayList<>();

        @Override
        public InjectionAssessment assess(String text, TextChannel channel) {
            channels.add(channel);
            String plain = text.toLowerCase(Locale.ROOT);
            boolean flagged = plain.contains("ignore your instructions") || plain.contains("send your bank details");
            return flagged ? new InjectionAssessment(0.9, true, "override") : new InjectionAssessment(0.1, false, "none");
        }
    }
}
